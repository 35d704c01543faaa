// The audit log of one POST: every leaf removed, changed or added, so that tests can prove "no data lost".
import { isObject, type LeafChange } from './state.js';

/** Array elements are keyed by their id (or role name), so that a reordering is not reported as a change. */
function elementKey(el: unknown, i: number): string {
  if (isObject(el) && typeof el.id === 'string') return el.id;
  if (isObject(el) && typeof el.role === 'string') return el.role;
  return String(i);
}

export function flattenLeaves(
  value: unknown,
  path = '',
  out = new Map<string, unknown>(),
): Map<string, unknown> {
  if (Array.isArray(value)) {
    if (value.every((v) => !isObject(v) && !Array.isArray(v))) out.set(path, value);
    else value.forEach((v, i) => flattenLeaves(v, `${path}[${elementKey(v, i)}]`, out));
  } else if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) flattenLeaves(v, path ? `${path}.${k}` : k, out);
  } else out.set(path, value);
  return out;
}

const empty = (v: unknown) => v === null || v === undefined || v === '';

export function auditDiff(
  before: unknown,
  after: unknown,
): { removed: LeafChange[]; changed: LeafChange[]; added: LeafChange[] } {
  const a = flattenLeaves(before);
  const b = flattenLeaves(after);
  const removed: LeafChange[] = [];
  const changed: LeafChange[] = [];
  const added: LeafChange[] = [];
  for (const [path, old] of a) {
    const now = b.has(path) ? b.get(path) : null;
    if (JSON.stringify(old) === JSON.stringify(now)) continue;
    if (!empty(old) && empty(now)) removed.push({ path, before: old, after: now ?? null });
    else changed.push({ path, before: old, after: now });
  }
  for (const [path, now] of b)
    if (!a.has(path) && !empty(now)) added.push({ path, before: null, after: now });
  return { removed, changed, added };
}
