// The few McTime calls the provider makes, with the envelope checked (mctime.md §7.11: success is the HTTP
// status, top-level valid === true and no item with valid === false; never the message text).
import type { HttpClient } from '../../http/types.js';
import type { McTimeListedUser } from './match.js';
import { isObject, type JsonObject } from './paths.js';

const USERS_PAGE_SIZE = 20;

/** Why an answer is not a success by McTime's envelope (§2.2, §7.11), or null when it is one. */
export function envelopeProblem(body: unknown, what: string): string | null {
  const items = isObject(body) && Array.isArray(body.items) ? (body.items as unknown[]) : null;
  const failed = (items ?? []).filter((i) => isObject(i) && i.valid === false);
  // The server's own words, when it gives any: they name the field (never a secret: the key is not echoed).
  const said = failed.flatMap((i) => (isObject(i) && typeof i.message === 'string' && i.message ? [i.message] : []));
  if (failed.length > 0 || (isObject(body) && body.valid === false))
    return `mctime: ${what} failed${said.length ? `: ${said.join('; ')}` : ' (valid: false)'}`;
  if (!items || !isObject(body) || body.valid !== true) return `mctime: unexpected answer to ${what}: not a valid envelope`;
  return null;
}

function payload(body: unknown, what: string): unknown {
  const problem = envelopeProblem(body, what);
  if (problem) throw new Error(problem);
  const first: unknown = (body as { items: unknown[] }).items[0];
  return isObject(first) ? first.data : undefined;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** All users of one activity state, page by page until a short page (mctime.md §2.4). */
export async function listUsers(
  http: HttpClient,
  inactive: boolean,
  onPage?: (count: number) => void,
): Promise<McTimeListedUser[]> {
  const out: McTimeListedUser[] = [];
  for (let page = 1; ; page++) {
    const path = `/users?page=${page}${inactive ? '&inactive=true' : ''}`;
    const data = payload((await http.send({ method: 'GET', path, idempotent: true })).body, `GET ${path}`);
    const rows = isObject(data) && Array.isArray(data.users) ? data.users.filter(isObject) : [];
    for (const r of rows)
      out.push({
        id: String(r.id),
        firstName: str(r.firstName),
        lastName: str(r.lastName),
        email: str(r.email),
        mobilePhoneNumber: str(r.mobilePhoneNumber),
        organizationId: str(r.organizationId),
        active: !inactive,
      });
    onPage?.(out.length);
    if (rows.length < USERS_PAGE_SIZE) return out;
  }
}

/**
 * Active users, then inactive ones (a leaver must still match, mctime.md §3.1), one row per id: a validTo that
 * passes between the two listings shows a user in both, and the later (inactive) row wins.
 */
export async function listAllUsers(
  http: HttpClient,
  onPage?: (active: number, inactive: number | null) => void,
): Promise<McTimeListedUser[]> {
  const active = await listUsers(http, false, (n) => onPage?.(n, null));
  const inactive = await listUsers(http, true, (n) => onPage?.(active.length, n));
  const byId = new Map<string, McTimeListedUser>();
  for (const u of active) byId.set(u.id, u);
  for (const u of inactive) byId.set(u.id, u);
  return [...byId.values()];
}

/** One user's RAW document, exactly as read (never decoded into types: mctime.md §7.2). */
export async function getUser(http: HttpClient, id: string): Promise<JsonObject> {
  const path = `/users/${encodeURIComponent(id)}`;
  const data = payload((await http.send({ method: 'GET', path, idempotent: true })).body, `GET ${path}`);
  if (!isObject(data)) throw new Error(`mctime: GET ${path} returned no user`);
  return data;
}
