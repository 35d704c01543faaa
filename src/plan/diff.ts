// The single wrapper around deep-diff: normalised records in, the project's FieldChange out.
import deepDiff from 'deep-diff';
import type { FieldChange } from '../generated/plan.js';
import { isSensitivePath } from '../model/sensitive.js';

const { diff } = deepDiff;

/** Removes undefined values so that {a: undefined} equals {}. */
function stripUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripUndefined);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = stripUndefined(v);
    return out;
  }
  return value;
}

function pathText(path: ReadonlyArray<string | number>): string {
  let text = '';
  for (const part of path) text += typeof part === 'number' ? `[${part}]` : text ? `.${part}` : part;
  return text;
}

/**
 * Field-level differences between two normalised records. Arrays should be keyed into maps by a stable
 * identity before calling (deep-diff compares arrays by position); arrays of scalars are compared whole.
 * `sensitive` paths (plus the built-in list of personal fields) are marked for masking.
 */
export function fieldChanges(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  sensitive: (path: string) => boolean = () => false,
): FieldChange[] {
  const a = stripUndefined(before);
  const b = stripUndefined(after);
  const found = diff(a, b);
  if (!found) return [];
  const seen = new Map<string, FieldChange>();
  for (const d of found) {
    // An array of scalars is reported as one field with whole before/after values.
    const path: Array<string | number> = (d.path as Array<string | number> | undefined) ?? [];
    const arrayAt = path.findIndex((p) => typeof p === 'number');
    const keyPath = arrayAt >= 0 ? path.slice(0, arrayAt) : path;
    const text = pathText(keyPath);
    if (seen.has(text)) continue;
    const get = (root: unknown): unknown =>
      keyPath.reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), root);
    const change: FieldChange = { path: text, before: get(a) ?? null, after: get(b) ?? null };
    if (sensitive(text) || isSensitivePath(text)) change.sensitive = true;
    seen.set(text, change);
  }
  return [...seen.values()].sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
}
