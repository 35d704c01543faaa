// A tiny fetch-based Pulse client for the simulator's conformance tests: raw status, headers and body, no
// retries, so every assertion sees exactly what the simulator answered.
import type { PapershiftSimulator } from '../../src/sim/papershift/index.js';

export const JSONAPI = 'application/vnd.api+json';

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed JSON body (undefined when empty or not JSON); read it through one() / many() / errors(). */
  body: unknown;
}

export interface Res {
  id: string;
  type: string;
  attributes: Record<string, unknown>;
  relationships?: Record<string, { data: Array<{ id: string; type: string }> }>;
}

export interface Doc {
  data?: Res | Res[] | null;
  included?: Res[];
  links?: Record<string, string | null>;
  errors?: Array<{ status: string; title: string; detail?: string; source?: { pointer?: string; parameter?: string } }>;
}

const doc = (a: Answer): Doc => (a.body ?? {});

/** The single resource of an answer (fails the test when there is none). */
export function one(a: Answer): Res {
  const d = doc(a).data;
  if (!d || Array.isArray(d)) throw new Error(`expected one resource, got ${a.status} ${a.text}`);
  return d;
}

export function many(a: Answer): Res[] {
  const d = doc(a).data;
  if (!Array.isArray(d)) throw new Error(`expected a collection, got ${a.status} ${a.text}`);
  return d;
}

export function errors(a: Answer): NonNullable<Doc['errors']> {
  return doc(a).errors ?? [];
}

export function included(a: Answer): Res[] {
  return doc(a).included ?? [];
}

export function links(a: Answer): Record<string, string | null> | undefined {
  return doc(a).links;
}

export interface CallOptions {
  token?: string | null;
  body?: unknown;
  /** Content-Type to send; null sends none. Default: application/vnd.api+json. */
  contentType?: string | null;
  /** Accept-Language to send; null sends none. Default: en. */
  language?: string | null;
  rawBody?: string;
}

export async function call(sim: { url: string }, method: string, path: string, opts: CallOptions = {}): Promise<Answer> {
  const headers: Record<string, string> = {};
  const ct = opts.contentType === undefined ? JSONAPI : opts.contentType;
  if (ct !== null) headers['content-type'] = ct;
  const language = opts.language === undefined ? 'en' : opts.language;
  if (language !== null) headers['accept-language'] = language;
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  const res = await fetch(`${sim.url}${path}`, {
    method,
    headers,
    body: opts.rawBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
  });
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: res.status, headers: res.headers, text, body };
}

/** The documented sign-in body, with `data` nested in `data` (papershift.md §2.2). */
export function signInBody(email: string, password: string) {
  return { data: { type: 'identity', data: { attributes: { email, password } } } };
}

export async function signIn(sim: PapershiftSimulator): Promise<string> {
  const res = await call(sim, 'POST', '/auth/signin', { body: signInBody(sim.credentials.email!, sim.credentials.password!) });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${res.text}`);
  return /^Bearer (\S+)$/.exec(res.headers.get('authorization') ?? '')![1]!;
}

/** A client bound to one token. */
export function client(sim: PapershiftSimulator, token: string) {
  return {
    get: (path: string, o: CallOptions = {}) => call(sim, 'GET', path, { token, ...o }),
    post: (path: string, body?: unknown, o: CallOptions = {}) => call(sim, 'POST', path, { token, body, ...o }),
    put: (path: string, body: unknown, o: CallOptions = {}) => call(sim, 'PUT', path, { token, body, ...o }),
    del: (path: string, o: CallOptions = {}) => call(sim, 'DELETE', path, { token, ...o }),
  };
}

export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function model(start: string, workdays: Array<Record<string, unknown>> = []) {
  return { data: { type: 'working_time_model', attributes: { pattern: 'weekly', start_date: start, workdays } } };
}

export function userBody(attributes: Record<string, unknown>) {
  return { data: { type: 'user', attributes } };
}
