import { createHash, hash } from 'node:crypto';

/**
 * JSON text of `value` with object keys sorted, so equal values give equal text whatever the key order.
 * Exactly what JSON.stringify gives for the sorted value (undefined members dropped, NaN as null, toJSON used once):
 * it is JSON.stringify, of a copy with its keys inserted in order. A copy and one native call cost less than
 * writing the text piece by piece in JavaScript (the declarations digest of 10,000 people: 254-403 -> 199-310 ms of
 * CPU in a fresh process) and far less than a replacer, which JSON.stringify calls for every value.
 * Keys in `omit` are left out at any depth (source positions in the declarations digest).
 * An own `__proto__` key (JSON.parse makes one) is kept as a key.
 */
export function canonicalJson(value: unknown, omit?: ReadonlySet<string>): string {
  // Like JSON.stringify, a bare undefined (or function) gives undefined despite the type.
  return JSON.stringify(sortedCopy(jsonValue(value), omit));
}

/**
 * sha256 of canonicalJson(value, omit), written into the hash an array element at a time: the declarations of
 * 10,000 people are 20 MB of text, which as one string cost more to build and hold than to hash.
 */
export function canonicalDigest(value: unknown, omit?: ReadonlySet<string>): string {
  const out = new HashSink();
  if (!stream(jsonValue(value), omit, out)) throw new Error('canonicalDigest: the value has no JSON text');
  return out.digest();
}

class HashSink {
  private pending = '';
  private readonly hash = createHash('sha256');
  add(text: string): void {
    this.pending += text;
    if (this.pending.length > 65_536) {
      this.hash.update(this.pending);
      this.pending = '';
    }
  }
  digest(): string {
    return this.hash.update(this.pending).digest('hex');
  }
}

/** What JSON.stringify serialises for `v`: its toJSON() result when it has one (called once, as there). */
function jsonValue(v: unknown): unknown {
  return typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON === 'function'
    ? (v as { toJSON: () => unknown }).toJSON()
    : v;
}

/** Members JSON.stringify leaves out of an object. */
const leftOut = (x: unknown): boolean => x === undefined || typeof x === 'function' || typeof x === 'symbol';

/**
 * `v` (already through jsonValue) with every object rebuilt with its keys in canonical order, toJSON applied and
 * the members JSON leaves out dropped (so no toJSON is left for JSON.stringify to call a second time).
 */
function sortedCopy(v: unknown, omit: ReadonlySet<string> | undefined): unknown {
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) {
    const out: unknown[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = sortedCopy(jsonValue(v[i]), omit);
    return out;
  }
  const record = v as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of sortedKeys(record)) {
    if (omit?.has(k)) continue;
    const x = jsonValue(record[k]);
    if (leftOut(x)) continue;
    if (k === '__proto__')
      Object.defineProperty(out, k, {
        value: sortedCopy(x, omit),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else out[k] = sortedCopy(x, omit);
  }
  return out;
}

/** The canonical text of `v` (through jsonValue) into `out`, each array element by one JSON.stringify; false,
 * writing nothing, for what JSON leaves out. */
function stream(v: unknown, omit: ReadonlySet<string> | undefined, out: HashSink): boolean {
  if (typeof v !== 'object' || v === null) {
    const text = JSON.stringify(v) as string | undefined;
    if (text !== undefined) out.add(text);
    return text !== undefined;
  }
  if (Array.isArray(v)) {
    out.add('[');
    for (let i = 0; i < v.length; i++) {
      if (i) out.add(',');
      out.add(JSON.stringify(sortedCopy(jsonValue(v[i]), omit)) ?? 'null');
    }
    out.add(']');
    return true;
  }
  const record = v as Record<string, unknown>;
  out.add('{');
  let first = true;
  for (const k of sortedKeys(record)) {
    if (omit?.has(k)) continue;
    const x = jsonValue(record[k]);
    if (leftOut(x)) continue;
    out.add(`${first ? '' : ','}${JSON.stringify(k)}:`);
    first = false;
    stream(x, omit, out);
  }
  out.add('}');
  return true;
}

const INDEX = /^(?:0|[1-9][0-9]{0,9})$/;
const isIndex = (k: string) => INDEX.test(k) && Number(k) < 4294967295;

/**
 * The key order JSON.stringify gives an object built with sorted keys: JavaScript lists integer-like keys first,
 * ascending, whatever the insertion order (Object.keys already does; the rest are sorted). Digests stored in
 * journals and saved plans depend on this order.
 */
function sortedKeys(record: Record<string, unknown>): string[] {
  const keys = Object.keys(record);
  let indexes = 0;
  while (indexes < keys.length && isIndex(keys[indexes] as string)) indexes++;
  return indexes === 0 ? keys.sort() : [...keys.slice(0, indexes), ...keys.slice(indexes).sort()];
}

/** One-shot: half the cost of a Hash object for the short texts of records (Node ≥ 20.12, engines says 20.19). */
export function sha256(text: string): string {
  return hash('sha256', text, 'hex');
}

/** Digest of a record as read from a system (null when the record does not exist). */
export function digestOf(value: unknown): string | null {
  return value === undefined || value === null ? null : sha256(canonicalJson(value));
}
