// The single wrapper around deep-diff: normalised records in, the project's FieldChange out.
import deepDiff from 'deep-diff';
import type { FieldChange } from '../generated/plan.js';
import { isSensitivePath } from '../model/sensitive.js';

const { diff } = deepDiff;

/** out[k] = v, also for a key "__proto__" (JSON.parse makes it an own key; assigning it sets the prototype). */
function setOwn(out: Record<string, unknown>, k: string, v: unknown): void {
  if (k === '__proto__') Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  else out[k] = v;
}

/** Removes undefined values so that {a: undefined} equals {}. */
function stripUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripUndefined);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) setOwn(out, k, stripUndefined(v));
    return out;
  }
  return value;
}

function isPlain(o: object): boolean {
  const proto = Object.getPrototypeOf(o) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * True when the two values are certainly equal as fieldChanges sees them (undefined members as absent, NaN as
 * NaN): most records have no change, and copying them for deep-diff was most of a plan's diffing time.
 * Anything but plain JSON-like data answers false and is left to deep-diff.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || !isPlain(a) || !isPlain(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let defined = 0;
  for (const k in x) {
    if (x[k] === undefined) continue;
    defined++;
    if (!Object.hasOwn(y, k) || !sameData(x[k], y[k])) return false;
  }
  for (const k in y) if (y[k] !== undefined) defined--;
  return defined === 0;
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
  if (sameData(before, after)) return [];
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

/** Marks the changes whose before or after is one of the person's ${NAME} values: they print as (sensitive). */
export function markSensitiveValues(fields: FieldChange[], values: readonly string[]): FieldChange[] {
  if (values.length === 0) return fields;
  const secret = new Set(values);
  return fields.map((f) => (secret.has(String(f.after)) || secret.has(String(f.before)) ? { ...f, sensitive: true } : f));
}
