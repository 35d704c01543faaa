import { createHash, hash } from 'node:crypto';

/**
 * JSON text of `value` with object keys sorted, so equal values give equal text whatever the key order.
 * Exactly what JSON.stringify gives for the sorted value (undefined members dropped, NaN as null, toJSON used),
 * written directly: a replacer that copies every object was a tenth of a 10,000-person plan's CPU.
 * Keys in `omit` are left out at any depth (source positions in the declarations digest).
 * An own `__proto__` key (JSON.parse makes one) is kept as a key; the replacer this replaced dropped it.
 */
export function canonicalJson(value: unknown, omit?: ReadonlySet<string>): string {
  const out = new TextSink();
  // Like JSON.stringify, a bare undefined (or function) gives undefined despite the type.
  return (write(jsonValue(value), omit, out) ? out.text : undefined) as string;
}

/**
 * sha256 of canonicalJson(value, omit), written into the hash in pieces: the declarations of 10,000 people are
 * 20 MB of text, which as one string cost more to build and flatten than to hash.
 */
export function canonicalDigest(value: unknown, omit?: ReadonlySet<string>): string {
  const out = new HashSink();
  if (!write(jsonValue(value), omit, out)) throw new Error('canonicalDigest: the value has no JSON text');
  return out.digest();
}

interface Sink {
  add(text: string): void;
}

class TextSink implements Sink {
  text = '';
  add(text: string): void {
    this.text += text;
  }
}

class HashSink implements Sink {
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

// Keys repeat in every record: each is quoted once.
const quotedKeys = new Map<string, string>();
function quoted(key: string): string {
  let q = quotedKeys.get(key);
  if (q === undefined) {
    q = JSON.stringify(key);
    if (quotedKeys.size < 10_000) quotedKeys.set(key, q);
  }
  return q;
}

/** What JSON.stringify serialises for `v`: its toJSON() result when it has one (called once, as there). */
function jsonValue(v: unknown): unknown {
  return typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON === 'function'
    ? (v as { toJSON: () => unknown }).toJSON()
    : v;
}

/** Writes `v` (already through jsonValue); false, writing nothing, for what JSON leaves out. */
function write(v: unknown, omit: ReadonlySet<string> | undefined, out: Sink): boolean {
  switch (typeof v) {
    case 'string':
      out.add(JSON.stringify(v));
      return true;
    case 'number':
      out.add(Number.isFinite(v) ? String(v) : 'null');
      return true;
    case 'boolean':
      out.add(v ? 'true' : 'false');
      return true;
    case 'bigint':
      return JSON.stringify(v) !== undefined; // throws, as JSON.stringify does
    case 'object': {
      if (v === null) {
        out.add('null');
        return true;
      }
      if (Array.isArray(v)) {
        out.add('[');
        for (let i = 0; i < v.length; i++) {
          if (i) out.add(',');
          if (!write(jsonValue(v[i]), omit, out)) out.add('null');
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
        if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
        out.add(first ? `${quoted(k)}:` : `,${quoted(k)}:`);
        first = false;
        write(x, omit, out);
      }
      out.add('}');
      return true;
    }
    default:
      return false; // undefined, functions and symbols, which JSON.stringify leaves out
  }
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
