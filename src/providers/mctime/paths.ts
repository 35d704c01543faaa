// Paths into a raw McTime user record, as shown in the plan: `address.city`,
// `userEmployments[2025-01-01].employmentContract.position` (employments keyed by their start DATE, which
// is unique because McTime forbids overlapping employments). Pure helpers, no I/O.

export type JsonObject = Record<string, unknown>;

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Start date (YYYY-MM-DD) of a stored employment, or null when it has none. */
export function employmentKey(e: unknown): string | null {
  const start = isObject(e) && isObject(e.basicData) ? e.basicData.employmentStart : undefined;
  return typeof start === 'string' && start.length >= 10 ? start.slice(0, 10) : null;
}

export function employmentsOf(record: JsonObject): JsonObject[] {
  return Array.isArray(record.userEmployments) ? record.userEmployments.filter(isObject) : [];
}

interface Segment {
  name: string;
  key?: string;
}

// Every person has the same few dozen paths outside their employments: each is split once. A path into an
// employment names its start date, so it is nearly unique and is split each time instead of filling the cache.
// Segments are never modified.
const parsed = new Map<string, readonly Segment[]>();

function parse(path: string): readonly Segment[] {
  let segs = parsed.get(path);
  if (segs) return segs;
  const keyed = path.includes('[');
  // `name[key]`: a name without `[`, a key of at least one character (what /^([^[]+)\[(.+)\]$/ matched).
  segs = path.split('.').map((s) => {
    const open = s.indexOf('[');
    const key = open > 0 && s.length > open + 2 && s.endsWith(']') ? s.slice(open + 1, -1) : undefined;
    return key !== undefined && !key.includes('\n') ? { name: s.slice(0, open), key } : { name: s };
  });
  if (!keyed && parsed.size < 1000) parsed.set(path, segs);
  return segs;
}

function child(cur: JsonObject, seg: Segment, create: boolean): unknown {
  if (seg.key === undefined) return cur[seg.name];
  // Only userEmployments is keyed (by start date); other arrays are whole leaves.
  let list = cur[seg.name];
  if (!Array.isArray(list)) {
    if (!create) return undefined;
    list = cur[seg.name] = [];
  }
  const arr = list as unknown[];
  const found = arr.find((e) => employmentKey(e) === seg.key);
  if (found || !create) return found;
  const fresh: JsonObject = { basicData: { employmentStart: `${seg.key}T00:00:00+00:00` } };
  arr.push(fresh);
  return fresh;
}

export function getAt(record: JsonObject, path: string): unknown {
  let cur: unknown = record;
  for (const seg of parse(path)) {
    if (!isObject(cur)) return undefined;
    cur = child(cur, seg, false);
  }
  return cur;
}

/** Sets a leaf, creating missing objects (and a new employment for an unknown start date) on the way. */
export function setAt(record: JsonObject, path: string, value: unknown): void {
  const segs = parse(path);
  let cur = record;
  for (const seg of segs.slice(0, -1)) {
    let next = child(cur, seg, true);
    if (!isObject(next)) next = cur[seg.name] = {};
    cur = next as JsonObject;
  }
  cur[segs.at(-1)!.name] = value;
}

export const blank = (v: unknown): boolean => v === null || v === undefined || v === '';

/** "1985-2-1" → "1985-02-01" (the write side refuses the unpadded form McTime reads back); else unchanged. */
export function padDateText(s: string): string {
  const d = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  return d ? `${d[1]}-${d[2]!.padStart(2, '0')}-${d[3]!.padStart(2, '0')}` : s;
}

/** A Z timestamp in the +00:00 form the write side accepts (mctime.md §7.5); else unchanged. */
export function offsetTimestamp(s: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(s) ? s.replace(/(\.0+)?Z$/, '+00:00') : s;
}

const dateish = (s: string): string => offsetTimestamp(padDateText(s));

/** The UTC day (YYYY-MM-DD) of a stored date or timestamp, or null when it is neither. */
export function utcDay(s: string): string | null {
  const t = /^\d{4}-\d{1,2}-\d{1,2}(T|$)/.test(s) ? Date.parse(dateish(s)) : NaN;
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/**
 * Equality that ignores McTime's read quirks: "" equals null, "40" equals 40, "true" equals true,
 * "1985-2-1" equals "1985-02-01", a Z timestamp equals its +00:00 form. Two strings are otherwise compared
 * exactly ("007" is not "7").
 */
export function same(a: unknown, b: unknown): boolean {
  const x = blank(a) ? null : a;
  const y = blank(b) ? null : b;
  if (x === null || y === null) return x === y;
  if (typeof x === 'string' && typeof y === 'string') return x === y || dateish(x) === dateish(y);
  if (typeof x === 'string' && (typeof y === 'number' || typeof y === 'boolean')) return same(y, x);
  if (typeof x === 'number' && typeof y === 'string') return /^-?\d+(\.\d+)?$/.test(y) && Number(y) === x;
  if (typeof x === 'boolean' && typeof y === 'string') return String(x) === y;
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => same(v, y[i]));
  if (isObject(x) && isObject(y)) {
    const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
    return [...keys].every((k) => same(x[k], y[k]));
  }
  return x === y;
}

/** Role assignments as `role@organization name` (or id when the name is unknown), sorted. */
export function roleStrings(roles: unknown): string[] {
  if (!Array.isArray(roles)) return [];
  const out: string[] = [];
  for (const r of roles.filter(isObject))
    for (const o of Array.isArray(r.organizations) ? r.organizations.filter(isObject) : [])
      out.push(`${String(r.role)}@${String(o.name ?? o.id)}`);
  return out.sort();
}

/**
 * Every non-blank leaf of a record: employments keyed by start date, role assignments as one leaf each
 * (`roles[employee@<org id>]`), other arrays whole. The erase check compares two of these.
 */
export function leaves(value: unknown, path = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (path === 'roles' && Array.isArray(value)) {
    for (const r of value.filter(isObject))
      for (const o of Array.isArray(r.organizations) ? r.organizations.filter(isObject) : [])
        out.set(`roles[${String(r.role)}@${String(o.id ?? o.name)}]`, o.relId ?? o.id ?? o.name);
  } else if (path === 'userEmployments' && Array.isArray(value)) {
    value.forEach((e, i) => leaves(e, `userEmployments[${employmentKey(e) ?? `#${i}`}]`, out));
  } else if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) leaves(v, path ? `${path}.${k}` : k, out);
  } else if (Array.isArray(value)) {
    if (value.length > 0) out.set(path, value);
  } else if (!blank(value)) out.set(path, value);
  return out;
}

/** Display text of a JSON value (strings as they are). */
export function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
    ? String(v)
    : JSON.stringify(v);
}
