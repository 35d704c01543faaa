// Validation and normalisation of a POST /users body into the simulator's canonical form. Only what was
// sent is returned; filling the gaps (the full-replace rule) is replace.ts's job. Unknown properties pass
// through untouched so that a client that re-sends them keeps them.
import { SimHttpError } from './envelope.js';
import {
  ADDRESS_FIELDS,
  COUNTRIES,
  EMPLOYMENT_FIELDS,
  EMPLOYMENT_OBJECTS,
  EXPORT_ID_FIELDS,
  LOGIN_METHODS,
  USER_FIELDS,
  type FieldKind,
} from './fields.js';
import { ROLES, isObject, type JsonObject } from './state.js';

export interface ValidateOptions {
  /** U2+ strictness: timestamps must end with +00:00 (mctime.md §2.6). Off: any offset, converted to UTC. */
  strictTimestamps: boolean;
}

const TS_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?\+00:00$/;
const ANY_TS_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

const bad = (path: string, why: string): never => {
  throw new SimHttpError(400, `Invalid value for ${path}: ${why}`);
};

export function validDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.getUTCDate() === Number(m[3]);
}

function toUtc(s: string): string {
  return new Date(s)
    .toISOString()
    .replace(/\.000Z$/, '+00:00')
    .replace(/Z$/, '+00:00');
}

export function normaliseValue(path: string, kind: FieldKind, v: unknown, opts: ValidateOptions): unknown {
  if (v === null || v === undefined) return null;
  switch (kind.kind) {
    case 'string':
      return typeof v === 'string' ? v : bad(path, 'expected a string');
    case 'timestamp':
      // G1 shows "" for "no end" and the vendor's own request example sends it back: accepted there only
      // (mctime.md §2.6 warns that echoing other read quirks may send invalid values).
      if (v === '' && path.endsWith('employmentEnd')) return null;
      if (typeof v !== 'string') return bad(path, 'expected an ISO-8601 date-time');
      if (TS_RE.test(v)) return v;
      if (!opts.strictTimestamps && ANY_TS_RE.test(v)) return toUtc(v);
      return bad(path, 'date-time must be UTC with an explicit +00:00 offset');
    case 'date':
      return typeof v === 'string' && validDate(v) ? v : bad(path, 'expected YYYY-MM-DD');
    case 'decimal': {
      const n =
        typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : NaN;
      return Number.isFinite(n) ? n : bad(path, 'expected a number');
    }
    case 'integer': {
      const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : NaN;
      if (!Number.isInteger(n)) return bad(path, 'expected an integer');
      return !kind.values || kind.values.includes(n)
        ? n
        : bad(path, `expected one of ${kind.values.join(', ')}`);
    }
    case 'boolean':
      if (typeof v === 'boolean') return v;
      return v === 'true' ? true : v === 'false' ? false : bad(path, 'expected true or false');
    case 'country':
      // mctime.md §3.9: exactly ISO alpha-2.
      return typeof v === 'string' && COUNTRIES.has(v)
        ? v
        : bad(path, 'expected an ISO 3166-1 alpha-2 country code');
    case 'enum':
      return typeof v === 'string' && kind.values.includes(v)
        ? v
        : bad(path, `unknown value ${JSON.stringify(v)}`);
  }
}

function normaliseObject(
  path: string,
  fields: Record<string, FieldKind>,
  v: unknown,
  opts: ValidateOptions,
): JsonObject | null {
  if (v === null || v === undefined) return null;
  if (!isObject(v)) return bad(path, 'expected an object');
  const out: JsonObject = {};
  for (const [k, val] of Object.entries(v)) {
    const kind = fields[k];
    if (k === 'id')
      out.id = val === null || typeof val === 'string' ? val : bad(`${path}.id`, 'expected a string');
    else out[k] = kind ? normaliseValue(`${path}.${k}`, kind, val, opts) : val;
  }
  return out;
}

function normaliseRoles(v: unknown): JsonObject[] | null {
  if (v === null || v === undefined) return null;
  if (!Array.isArray(v)) return bad('roles', 'expected an array');
  // Every McTime user belongs to an organization: absent roles give the default role (mctime.md §3.3), but
  // an empty list would leave a user no key can see. Undocumented; rejecting is the stricter choice.
  if (v.length === 0) return bad('roles', 'expected at least one role (omit roles for the default)');
  return v.map((r: unknown, i) => {
    if (!isObject(r) || typeof r.role !== 'string' || !(ROLES as readonly string[]).includes(r.role))
      return bad(`roles[${i}].role`, `expected one of ${ROLES.join(', ')}`);
    if (!Array.isArray(r.organizations) || r.organizations.length === 0)
      return bad(`roles[${i}].organizations`, 'expected a non-empty array');
    const organizations = r.organizations.map((o: unknown, j) => {
      if (!isObject(o) || (typeof o.id !== 'string' && typeof o.name !== 'string'))
        return bad(`roles[${i}].organizations[${j}]`, 'expected { id } or { name }');
      return o;
    });
    return { ...r, organizations };
  });
}

function normaliseEmployment(i: number, v: unknown, opts: ValidateOptions): JsonObject {
  const path = `userEmployments[${i}]`;
  if (!isObject(v)) return bad(path, 'expected an object');
  const out: JsonObject = {};
  for (const [k, val] of Object.entries(v)) {
    const objFields = EMPLOYMENT_OBJECTS[k];
    const kind = EMPLOYMENT_FIELDS[k];
    if (k === 'id')
      out.id = val === null || typeof val === 'string' ? val : bad(`${path}.id`, 'expected a string');
    else if (objFields) out[k] = normaliseObject(`${path}.${k}`, objFields, val, opts);
    else if (kind) out[k] = normaliseValue(`${path}.${k}`, kind, val, opts);
    else if (k === 'paySchedules') {
      if (val !== null && (!Array.isArray(val) || !val.every(isObject)))
        bad(`${path}.paySchedules`, 'expected an array of objects');
      out[k] = val;
    } else out[k] = val;
  }
  return out;
}

/** The body as sent, validated, with values in canonical form. */
export function normaliseBody(body: unknown, opts: ValidateOptions): JsonObject {
  if (!isObject(body)) return bad('body', 'expected a JSON object');
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(body)) {
    const kind = USER_FIELDS[k];
    if (k === 'id') out.id = typeof v === 'string' ? v : bad('id', 'expected a string');
    else if (kind) out[k] = normaliseValue(k, kind, v, opts);
    else if (k === 'availableLoginMethods') {
      if (v === null) out[k] = null;
      else if (
        !Array.isArray(v) ||
        v.length === 0 ||
        !v.every((m) => typeof m === 'number' && LOGIN_METHODS.includes(m))
      )
        bad(k, 'expected a non-empty array of -1, 0, 1, 2');
      // -1 means "no login at all" (mctime.md §5.1): it cannot stand beside a login method.
      else if (v.includes(-1) && v.length > 1) bad(k, '-1 (no login) cannot be combined with other login methods');
      else out[k] = [...(v as number[])];
    } else if (k === 'address') out[k] = normaliseObject(k, ADDRESS_FIELDS, v, opts);
    else if (k === 'exportIds') out[k] = normaliseObject(k, EXPORT_ID_FIELDS, v, opts);
    else if (k === 'roles') out[k] = normaliseRoles(v);
    else if (k === 'userEmployments') {
      if (v === null) out[k] = null;
      else if (!Array.isArray(v)) bad(k, 'expected an array');
      else out[k] = v.map((e: unknown, i) => normaliseEmployment(i, e, opts));
    } else out[k] = v;
  }
  return out;
}
