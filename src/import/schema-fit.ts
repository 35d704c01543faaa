// Pure: a value read from a system, fitted to the declaration schema (schema/person.schema.json), field by
// field. What fits is kept (numbers read as strings become numbers, as the schema wants); what does not is
// left out with a note. Leaving a McTime field out is always safe: the tool re-sends what it does not declare.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaDir } from '../config/schema-validate.js';

type Schema = Record<string, unknown>;

const files = new Map<string, Schema>();
function schemaFile(name: string): Schema {
  let s = files.get(name);
  if (!s) {
    s = JSON.parse(readFileSync(join(schemaDir, name), 'utf8')) as Schema;
    files.set(name, s);
  }
  return s;
}

export interface SchemaAt {
  file: string;
  node: Schema;
}

/** `#/$defs/x` inside the current file or `other.schema.json#/$defs/x`. */
function resolve(at: SchemaAt): SchemaAt {
  const ref = at.node.$ref;
  if (typeof ref !== 'string') return at;
  const [fileName, pointer = ''] = ref.split('#');
  const file = fileName ? fileName : at.file;
  let node: unknown = schemaFile(file);
  for (const seg of pointer.split('/').filter(Boolean)) node = (node as Schema)[seg];
  return resolve({ file, node: node as Schema });
}

export function personDef(name: string): SchemaAt {
  return resolve({ file: 'person.schema.json', node: { $ref: `#/$defs/${name}` } });
}

/** The schema of one property of an object schema, or null when the schema does not have it. */
export function propertySchema(at: SchemaAt, name: string): SchemaAt | null {
  const props = at.node.properties as Record<string, Schema> | undefined;
  const p = props?.[name];
  return p ? resolve({ file: at.file, node: p }) : null;
}

export const isBlank = (v: unknown): boolean => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Ids and relation ids the system assigns: never declared, never worth a note. */
const SYSTEM_KEYS = new Set(['id', 'relId', 'relID']);

function validDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

function fitString(v: unknown, s: Schema): string | undefined {
  const text = typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
  if (text === undefined) return undefined;
  if (Array.isArray(s.enum) && !s.enum.includes(text)) return undefined;
  if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(text)) return undefined;
  if (typeof s.minLength === 'number' && text.length < s.minLength) return undefined;
  if (typeof s.maxLength === 'number' && text.length > s.maxLength) return undefined;
  if (s.format === 'date' && !validDate(text)) return undefined;
  return text;
}

function fitNumber(v: unknown, s: Schema, integer: boolean): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : undefined;
  if (n === undefined || !Number.isFinite(n) || (integer && !Number.isInteger(n))) return undefined;
  if (Array.isArray(s.enum) && !s.enum.includes(n)) return undefined;
  if (typeof s.minimum === 'number' && n < s.minimum) return undefined;
  if (typeof s.maximum === 'number' && n > s.maximum) return undefined;
  if (typeof s.multipleOf === 'number' && !Number.isInteger(n / s.multipleOf)) return undefined;
  return n;
}

export interface Fitted {
  value: unknown;
  /** Paths (below the given one) of non-blank values that were left out. */
  dropped: string[];
}

/** Fits `v` to the schema; undefined value when it is blank or does not fit (then `dropped` names it). */
export function fit(v: unknown, at: SchemaAt, path: string): Fitted {
  if (isBlank(v)) return { value: undefined, dropped: [] };
  const s = at.node;
  const none = { value: undefined, dropped: [path] };
  switch (s.type) {
    case 'string': {
      const x = fitString(v, s);
      return x === undefined ? none : { value: x, dropped: [] };
    }
    case 'integer':
    case 'number': {
      const x = fitNumber(v, s, s.type === 'integer');
      return x === undefined ? none : { value: x, dropped: [] };
    }
    case 'boolean':
      if (typeof v === 'boolean') return { value: v, dropped: [] };
      return v === 'true' || v === 'false' ? { value: v === 'true', dropped: [] } : none;
    case 'array': {
      if (!Array.isArray(v)) return none;
      const items = v.map((x, i) => fit(x, resolve({ file: at.file, node: s.items as Schema }), `${path}[${i}]`));
      // A partial array would be a different array: all items or none.
      if (items.some((i) => i.value === undefined || i.dropped.length > 0)) return none;
      const values = items.map((i) => i.value);
      if (s.uniqueItems === true && new Set(values.map((x) => JSON.stringify(x))).size !== values.length) return none;
      return { value: values, dropped: [] };
    }
    case 'object':
      return fitObject(v, at, path);
    default:
      return none;
  }
}

function fitObject(v: unknown, at: SchemaAt, path: string): Fitted {
  if (!isRecord(v)) return { value: undefined, dropped: [path] };
  const out: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const [k, x] of Object.entries(v)) {
    if (isBlank(x)) continue;
    const child = propertySchema(at, k);
    if (!child) {
      if (!SYSTEM_KEYS.has(k)) dropped.push(`${path}.${k}`);
      continue;
    }
    const f = fit(x, child, `${path}.${k}`);
    dropped.push(...f.dropped);
    if (f.value !== undefined) out[k] = f.value;
  }
  const min = at.node.minProperties;
  const max = at.node.maxProperties;
  if (typeof min === 'number' && Object.keys(out).length < Math.max(min, 1) && Object.keys(out).length > 0) return { value: undefined, dropped: [path] };
  if (typeof max === 'number' && Object.keys(out).length > max) return { value: undefined, dropped: [path] };
  return { value: Object.keys(out).length > 0 ? out : undefined, dropped };
}
