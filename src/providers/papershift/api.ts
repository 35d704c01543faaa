// Pulse paths and JSON:API parsing in one place. The nested model paths are inferred (papershift.md §7): if
// the live server uses shallow /api/v1/working_time_models/:id, only this file changes.
import type { HttpClient } from '../../http/types.js';
import type { PsModel, PsPayroll, PsUser, PsWorkday } from './types.js';

/**
 * What every Papershift request carries besides auth (papershift.md §2.1): the JSON:API media type, GET and DELETE
 * included, and Accept-Language (English messages, as the tool's own).
 */
export const PAPERSHIFT_WIRE = {
  contentType: 'application/vnd.api+json',
  headers: { 'accept-language': 'en' },
};

export const paths = {
  users: '/api/v1/users',
  /** The live users: the server filter (papershift.md §2.8 "always send it"), plus the client-side check in match. */
  liveUsers: `/api/v1/users?${new URLSearchParams({ 'filter[discarded_at_blank]': '1' }).toString()}`,
  user: (id: string) => `/api/v1/users/${id}`,
  deactivate: (id: string) => `/api/v1/users/${id}/deactivate`,
  payroll: (userId: string) => `/api/v1/users/${userId}/payroll_information`,
  models: (userId: string) => `/api/v1/users/${userId}/working_time_models`,
  model: (userId: string, id: string) => `/api/v1/users/${userId}/working_time_models/${id}`,
  /** Live models with their workdays: the server filter plus a client-side check (papershift.md §2.8). */
  liveModels: (userId: string) =>
    `/api/v1/users/${userId}/working_time_models?${new URLSearchParams({ 'filter[discarded_at_blank]': '1', include: 'weekly_workdays' }).toString()}`,
};

interface Linkage {
  id: string;
  type: string;
}
interface Resource {
  id: string;
  type: string;
  attributes: Record<string, unknown>;
  relationships: Record<string, { data?: Linkage[] | Linkage | null }>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

class FormatError extends Error {
  constructor(
    readonly what: string,
    request?: string,
  ) {
    super(`papershift: unexpected answer ${request ? `to ${request} ` : ''}(${what})`);
  }
}

/** Parses an answer; a format problem names the request it came from, so the user can reproduce it. */
function parseAnswer<T>(request: string, parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    if (err instanceof FormatError) throw new FormatError(err.what, request);
    throw err;
  }
}

function resource(v: unknown): Resource {
  if (!isRecord(v) || typeof v.id !== 'string' || typeof v.type !== 'string') throw new FormatError('resource without id/type');
  return {
    id: v.id,
    type: v.type,
    attributes: isRecord(v.attributes) ? v.attributes : {},
    relationships: isRecord(v.relationships) ? (v.relationships as Resource['relationships']) : {},
  };
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);

function toUser(r: Resource): PsUser {
  const a = r.attributes;
  return { id: r.id, name: str(a.name) ?? '', email: str(a.email), status: str(a.status) ?? 'created', discarded_at: str(a.discarded_at) };
}

export function toPayroll(body: unknown): PsPayroll | null {
  if (!isRecord(body) || !('data' in body)) throw new FormatError('payroll answer without data');
  if (body.data === null) return null;
  const r = resource(body.data);
  const staff = str(r.attributes.staff_number);
  // papershift.md §6: staff_number is an integer serialised as a string; compare trimmed strings.
  return { id: r.id, staff_number: staff === null || staff.trim() === '' ? null : staff.trim(), employment_start_date: str(r.attributes.employment_start_date) };
}

interface Page {
  data: Resource[];
  included: Resource[];
  next: string | null;
}

function page(body: unknown): Page {
  if (!isRecord(body) || !Array.isArray(body.data)) throw new FormatError('collection without a data array');
  const links = isRecord(body.links) ? body.links : {};
  return {
    data: body.data.map(resource),
    included: Array.isArray(body.included) ? body.included.map(resource) : [],
    next: typeof links.next === 'string' && links.next !== '' ? links.next : null,
  };
}

/** A `links.next` URL (absolute, or relative to the page it came from) as a path below the base URL. */
function nextPath(next: string, current: string): string {
  if (next.startsWith('/')) return next;
  try {
    const u = new URL(next, `http://base.invalid${current}`);
    return `${u.pathname}${u.search}`;
  } catch {
    throw new FormatError(`links.next is not a URL: ${JSON.stringify(next)}`);
  }
}

/**
 * All pages of a collection: follows `links.next` when present and stops when it is absent or null
 * (papershift.md §2.7: paging is undocumented; never send page[] parameters blindly).
 */
async function listAll(http: HttpClient, path: string): Promise<{ data: Resource[]; included: Resource[]; pages: number }> {
  const data: Resource[] = [];
  const included: Resource[] = [];
  const seen = new Set<string>();
  for (let next: string | null = path; next !== null; ) {
    if (seen.has(next)) throw new FormatError(`links.next repeats ${next}`);
    seen.add(next);
    const res = await http.send({ method: 'GET', path: next });
    const p: Page = parseAnswer(`GET ${next}`, () => page(res.body));
    data.push(...p.data);
    included.push(...p.included);
    next = p.next === null ? null : nextPath(p.next, next);
  }
  return { data, included, pages: seen.size };
}

export async function listUsers(http: HttpClient): Promise<PsUser[]> {
  return (await listUsersPaged(http)).users;
}

/** Page sizes a server that pages without saying so would cut a list at (papershift.md §6). */
const ROUND_PAGE_SIZES: readonly number[] = [25, 50, 100];

/**
 * The user list, and a warning when one page without `links.next` holds exactly a round number of users: a server
 * that pages silently would look just like that (papershift.md §6), and the users beyond it would be created again.
 */
export async function listUsersPaged(http: HttpClient): Promise<{ users: PsUser[]; warning: string | null }> {
  const { data, pages } = await listAll(http, paths.liveUsers);
  const warning =
    pages === 1 && ROUND_PAGE_SIZES.includes(data.length)
      ? `papershift: GET /api/v1/users returned exactly ${data.length} users on one page without links.next; if the server pages without saying so, users beyond them are missing (check the count in Papershift)`
      : null;
  return { users: data.map(toUser), warning };
}

/**
 * Live models of a user with their workdays. Included records are found through the relationship linkage
 * by (type, id), without hard-coding the workday type name (unverified, papershift.md §3.2).
 */
export async function listLiveModels(http: HttpClient, userId: string): Promise<PsModel[]> {
  const { data, included } = await listAll(http, paths.liveModels(userId));
  const byKey = new Map(included.map((r) => [`${r.type}/${r.id}`, r]));
  return parseAnswer(`GET ${paths.liveModels(userId)}`, () => data
    .map((r): PsModel => {
      const rel = r.relationships.weekly_workdays?.data;
      const links = Array.isArray(rel) ? rel : [];
      const workdays = links.flatMap((l): PsWorkday[] => {
        const w = byKey.get(`${l.type}/${l.id}`);
        const day = w?.attributes.day_of_week;
        const seconds = w?.attributes.seconds;
        if (typeof day !== 'number' || typeof seconds !== 'number') throw new FormatError(`workday ${l.id} missing from included`);
        return [{ id: l.id, day_of_week: day, seconds }];
      });
      const a = r.attributes;
      return { id: r.id, pattern: str(a.pattern) ?? '', start_date: str(a.start_date) ?? '', discarded_at: str(a.discarded_at), workdays };
    })
    .filter((m) => m.discarded_at === null));
}

export async function getPayroll(http: HttpClient, userId: string): Promise<PsPayroll | null> {
  const res = await http.send({ method: 'GET', path: paths.payroll(userId) });
  return parseAnswer(`GET ${paths.payroll(userId)}`, () => toPayroll(res.body));
}
