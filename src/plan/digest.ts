import { createHash } from 'node:crypto';

/**
 * JSON text of `value` with object keys sorted, so equal values give equal text whatever the key order.
 * Exactly what JSON.stringify gives for the sorted value (undefined members dropped, NaN as null, toJSON used),
 * written directly: a replacer that copies every object was a tenth of a 10,000-person plan's CPU.
 * Keys in `omit` are left out at any depth (source positions in the declarations digest).
 * An own `__proto__` key (JSON.parse makes one) is kept as a key; the replacer this replaced dropped it.
 */
export function canonicalJson(value: unknown, omit?: ReadonlySet<string>): string {
  // Like JSON.stringify, a bare undefined (or function) gives undefined despite the type.
  return write(value, omit) as string;
}

function write(v: unknown, omit: ReadonlySet<string> | undefined): string | undefined {
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v);
    case 'number':
      return Number.isFinite(v) ? String(v) : 'null';
    case 'boolean':
      return v ? 'true' : 'false';
    case 'bigint':
      return JSON.stringify(v); // throws, as JSON.stringify does
    case 'object': {
      if (v === null) return 'null';
      const withJson = v as { toJSON?: () => unknown };
      if (typeof withJson.toJSON === 'function') return write(withJson.toJSON(), omit);
      if (Array.isArray(v)) {
        let out = '[';
        for (let i = 0; i < v.length; i++) out += (i ? ',' : '') + (write(v[i], omit) ?? 'null');
        return `${out}]`;
      }
      const record = v as Record<string, unknown>;
      let out = '{';
      let first = true;
      for (const k of sortedKeys(record)) {
        if (omit?.has(k)) continue;
        const text = write(record[k], omit);
        if (text === undefined) continue;
        out += `${first ? '' : ','}${JSON.stringify(k)}:${text}`;
        first = false;
      }
      return `${out}}`;
    }
    default:
      return undefined; // undefined, functions and symbols, which JSON.stringify leaves out
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

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Digest of a record as read from a system (null when the record does not exist). */
export function digestOf(value: unknown): string | null {
  return value === undefined || value === null ? null : sha256(canonicalJson(value));
}
