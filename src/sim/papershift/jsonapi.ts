// JSON:API plumbing of the Papershift simulator: documents, error objects, request bodies, and the generic
// query engine (filter / sort / include / paging) that every Pulse index endpoint shares (papershift.md §2.3–2.7).
import type { SimRequest, SimResponse } from '../common/server.js';

export const MEDIA_TYPE = 'application/vnd.api+json';

export interface Linkage {
  id: string;
  type: string;
}

export interface Resource {
  id: string;
  type: string;
  attributes: Record<string, unknown>;
  relationships?: Record<string, { data: Linkage[] }>;
}

export interface ErrorObject {
  status: string;
  title: string;
  detail?: string;
  source?: { pointer?: string; parameter?: string };
}

/** Thrown by handlers; the route wrapper turns it into a JSON:API errors document. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly errors: ErrorObject[],
  ) {
    super(errors.map((e) => e.detail ?? e.title).join('; '));
  }
}

export function errorObject(status: number, title: string, detail?: string, source?: ErrorObject['source']): ErrorObject {
  return { status: String(status), title, ...(detail ? { detail } : {}), ...(source ? { source } : {}) };
}

export function fail(status: number, title: string, detail?: string, source?: ErrorObject['source']): never {
  throw new ApiFailure(status, [errorObject(status, title, detail, source)]);
}

/** One 422 error object for an attribute (papershift.md §2.4: one error per failing field, with a pointer). */
export function invalid(pointer: string, title: string, detail?: string): ErrorObject {
  return errorObject(422, title, detail ?? title, { pointer });
}

export function throwIfAny(errors: ErrorObject[]): void {
  if (errors.length) throw new ApiFailure(422, errors);
}

export function respond(status: number, body?: unknown, headers: Record<string, string> = {}): SimResponse {
  if (body === undefined) return { status, headers };
  // papershift.md §5: answer with application/vnd.api+json (the real server's type is undocumented).
  return { status, body, headers: { 'content-type': MEDIA_TYPE, ...headers } };
}

export function errorResponse(status: number, errors: ErrorObject[]): SimResponse {
  return respond(status, { errors });
}

/**
 * True for `application/vnd.api+json`, optionally with the JSON:API `ext`/`profile` parameters. JSON:API
 * answers 415 for any other media type parameter (e.g. `charset`), and so does the simulator.
 */
export function isJsonApiContentType(header: string | undefined): boolean {
  if (!header) return false;
  const [type, ...params] = header.split(';').map((p) => p.trim());
  if (type?.toLowerCase() !== MEDIA_TYPE) return false;
  return params.every((p) => p === '' || /^(ext|profile)=/i.test(p));
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface ParsedBody {
  attributes: Record<string, unknown>;
}

/** Reads `{data: {type, id?, attributes}}`; wrong type or id → 409 (JSON:API convention, papershift.md §5). */
export function parseBody(req: SimRequest, type: string, urlId?: string): ParsedBody {
  if (req.rawBody.trim() === '') fail(400, 'Bad Request', 'The request needs a JSON:API document body');
  let doc: unknown;
  try {
    doc = JSON.parse(req.rawBody);
  } catch {
    fail(400, 'Bad Request', 'The body is not valid JSON');
  }
  if (!isRecord(doc) || !isRecord(doc.data)) fail(400, 'Bad Request', 'The document needs a `data` object', { pointer: '/data' });
  const data = doc.data;
  if (typeof data.type !== 'string') fail(400, 'Bad Request', '`data.type` is required', { pointer: '/data/type' });
  if (data.type !== type) fail(409, 'Conflict', `Expected type ${type}, got ${data.type}`, { pointer: '/data/type' });
  if (data.id !== undefined && data.id !== urlId) fail(409, 'Conflict', '`data.id` does not match the URL', { pointer: '/data/id' });
  if (data.attributes !== undefined && !isRecord(data.attributes)) fail(400, 'Bad Request', '`data.attributes` must be an object', { pointer: '/data/attributes' });
  return { attributes: data.attributes ?? {} };
}

/**
 * Rejects attributes the endpoint does not know (422), and drops known read-only ones silently. Rejecting
 * unknown names is the stricter choice: Rails would drop them quietly, but a client that sends e.g.
 * `staff_number` on a user (classic-API habit, papershift.md §6) should learn it at once.
 */
export function checkAttributes(attrs: Record<string, unknown>, writable: readonly string[], readOnly: readonly string[]): Record<string, unknown> {
  const errors: ErrorObject[] = [];
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (writable.includes(k)) out[k] = v;
    else if (!readOnly.includes(k)) errors.push(invalid(`/data/attributes/${k}`, 'is not a permitted attribute', `Unknown attribute ${k}`));
  }
  throwIfAny(errors);
  return out;
}

// ---- query engine -------------------------------------------------------------------------------------

const OPERATORS = ['eq', '!eq', 'gt', 'gte', 'lt', 'lte', 'pre', 'suf', 'ct', '!ct', 'in', '!in', 'blank', 'present'] as const;
type Operator = (typeof OPERATORS)[number];

const badParam = (parameter: string, detail: string): never => fail(400, 'Bad Request', detail, { parameter });

function text(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function isBlank(v: unknown): boolean {
  const t = text(v);
  return t === null || t.trim() === '';
}

function compare(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (a.trim() !== '' && b.trim() !== '' && !Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * One filter test. Choices where the docs are silent (papershift.md §2.6, §7): `eq`/`in` compare exactly
 * (case-sensitive), the pattern operators `pre`/`suf`/`ct` ignore case (like SQL ILIKE), values of
 * `in`/`!in` are comma-separated, numbers compare as numbers and everything else (ISO dates) as text,
 * and a null attribute fails every comparison except `blank` (SQL semantics).
 */
function test(op: Operator, value: unknown, arg: string): boolean {
  if (op === 'blank') return isBlank(value);
  if (op === 'present') return !isBlank(value);
  const t = text(value);
  if (t === null) return false;
  const lower = t.toLowerCase();
  const argLower = arg.toLowerCase();
  switch (op) {
    case 'eq':
      return t === arg;
    case '!eq':
      return t !== arg;
    case 'gt':
      return compare(t, arg) > 0;
    case 'gte':
      return compare(t, arg) >= 0;
    case 'lt':
      return compare(t, arg) < 0;
    case 'lte':
      return compare(t, arg) <= 0;
    case 'pre':
      return lower.startsWith(argLower);
    case 'suf':
      return lower.endsWith(argLower);
    case 'ct':
      return lower.includes(argLower);
    case '!ct':
      return !lower.includes(argLower);
    case 'in':
      return arg.split(',').includes(t);
    case '!in':
      return !arg.split(',').includes(t);
  }
}

type Predicate = (r: Resource) => boolean;

function fieldValue(r: Resource, field: string): unknown {
  return field === 'id' ? r.id : r.attributes[field];
}

/** `filter[attr]=op:value` and `filter[attr_blank]=1`, ANDed (papershift.md §2.6). Unknown names → 400. */
export function parseFilters(query: URLSearchParams, filterable: readonly string[]): Predicate[] {
  const preds: Predicate[] = [];
  for (const [key, raw] of query) {
    if (!key.startsWith('filter')) continue;
    const m = /^filter\[([^\]]+)\]$/.exec(key);
    if (!m) badParam(key, `Unsupported filter parameter ${key}`);
    const name = m![1]!;
    if (name.endsWith('_blank') && filterable.includes(name.slice(0, -'_blank'.length))) {
      const field = name.slice(0, -'_blank'.length);
      if (!['1', 'true', '0', 'false'].includes(raw)) badParam(key, `${key} takes 1/true or 0/false`);
      const wantBlank = raw === '1' || raw === 'true';
      preds.push((r) => isBlank(fieldValue(r, field)) === wantBlank);
      continue;
    }
    if (!filterable.includes(name)) badParam(key, `Cannot filter by ${name}`);
    const colon = raw.indexOf(':');
    const op = (colon < 0 ? raw : raw.slice(0, colon)) as Operator;
    const arg = colon < 0 ? '' : raw.slice(colon + 1);
    if (!OPERATORS.includes(op)) badParam(key, `Unknown filter operator in ${raw}; expected <op>:<value>`);
    if (colon < 0 && op !== 'blank' && op !== 'present') badParam(key, `Filter ${raw} needs a value (<op>:<value>)`);
    preds.push((r) => test(op, fieldValue(r, name), arg));
  }
  return preds;
}

/** `sort=attr,-attr` (JSON:API; the Pulse text on sorting is cut off, papershift.md §2.6). Nulls sort last. */
export function applySort(items: Resource[], query: URLSearchParams, sortable: readonly string[]): Resource[] {
  const spec = query.get('sort');
  if (spec === null) return items;
  const keys = spec.split(',').map((s) => ({ desc: s.startsWith('-'), field: s.replace(/^-/, '') }));
  for (const k of keys) if (!sortable.includes(k.field)) badParam('sort', `Cannot sort by ${k.field}`);
  return [...items].sort((a, b) => {
    for (const k of keys) {
      const va = text(fieldValue(a, k.field));
      const vb = text(fieldValue(b, k.field));
      if (va === vb) continue;
      if (va === null) return 1;
      if (vb === null) return -1;
      const c = compare(va, vb);
      if (c !== 0) return k.desc ? -c : c;
    }
    return 0;
  });
}

/** `include=a,b`; a relationship the resource does not have → 400 (JSON:API). */
export function parseInclude(query: URLSearchParams, allowed: readonly string[]): string[] {
  const raw = query.get('include');
  if (raw === null || raw === '') return [];
  const names = raw.split(',');
  for (const n of names) if (!allowed.includes(n)) badParam('include', `Cannot include ${n}`);
  return names;
}

export interface PagingSettings {
  /** null: no pagination (the default; the real behaviour is unknown, papershift.md §2.7). */
  pageSize: number | null;
}

function positiveInt(query: URLSearchParams, name: string, fallback: number): number {
  const raw = query.get(name);
  if (raw === null) return fallback;
  if (!/^[1-9]\d*$/.test(raw)) badParam(name, `${name} must be a positive integer`);
  return Number(raw);
}

/** Collection document, paged JSON:API-style (`page[number]`, `page[size]`, `links`) when paging is on. */
export function collection(items: Resource[], included: Resource[], req: SimRequest, origin: string, paging: PagingSettings): Record<string, unknown> {
  if (paging.pageSize === null) return { data: items, ...(included.length ? { included } : {}) };
  const size = positiveInt(req.query, 'page[size]', paging.pageSize);
  const number = positiveInt(req.query, 'page[number]', 1);
  const last = Math.max(1, Math.ceil(items.length / size));
  const page = items.slice((number - 1) * size, number * size);
  const link = (n: number) => {
    const q = new URLSearchParams(req.query);
    q.set('page[number]', String(n));
    q.set('page[size]', String(size));
    return `${origin}${req.path}?${q.toString()}`;
  };
  const pageIds = new Set(page.flatMap((r) => Object.values(r.relationships ?? {}).flatMap((rel) => rel.data.map((l) => `${l.type}/${l.id}`))));
  const pageIncluded = included.filter((r) => pageIds.has(`${r.type}/${r.id}`));
  return {
    data: page,
    ...(pageIncluded.length ? { included: pageIncluded } : {}),
    links: { self: link(number), first: link(1), prev: number > 1 ? link(number - 1) : null, next: number < last ? link(number + 1) : null, last: link(last) },
  };
}

/** Applies filters then sort: the common path of every index endpoint. */
export function queryCollection(items: Resource[], query: URLSearchParams, fields: readonly string[]): Resource[] {
  const preds = parseFilters(query, fields);
  return applySort(
    items.filter((r) => preds.every((p) => p(r))),
    query,
    fields,
  );
}
