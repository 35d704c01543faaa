// Pure: declared people <-> McTime users. By pinned systems.mctime.id, else by e-mail (case-insensitive).
// Two candidates are an error, never a guess (DESIGN.md "Matching").
import type { Person } from '../../model/declarations.js';

export interface McTimeListedUser {
  id: string;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  mobilePhoneNumber: string | null;
  organizationId: string | null;
  /** false when listed with inactive=true (validTo in the past). */
  active: boolean;
}

export interface MatchResult {
  matched: Map<string, McTimeListedUser>;
  errors: string[];
  /** Keys of people that could not be matched safely: neither edited nor created. */
  failed: Set<string>;
}

/** People managed in McTime: the ones whose declaration names the system. */
export const managedInMcTime = (people: Person[]): Person[] =>
  people.filter((p) => p.systems.mctime !== undefined);

export function matchPeople(people: Person[], users: McTimeListedUser[]): MatchResult {
  const result: MatchResult = { matched: new Map(), errors: [], failed: new Set() };
  matchEach(people, indexUsers(users), result);
  dropDoubleClaims(result);
  return result;
}

// Each loop in a function of its own: a function run once with several long loops is compiled by V8 once per loop
// (on-stack replacement), each time whole, and thrown away when the next loop starts.

interface UserIndex {
  byId: Map<string, McTimeListedUser>;
  byEmail: Map<string, McTimeListedUser[]>;
}

/** Indexed once: a scan of every user for every person was quadratic (10,000 people: seconds). */
function indexUsers(users: McTimeListedUser[]): UserIndex {
  const byId = new Map<string, McTimeListedUser>();
  const byEmail = new Map<string, McTimeListedUser[]>();
  for (const u of users) {
    if (!byId.has(u.id)) byId.set(u.id, u);
    if (u.email === null) continue;
    const list = byEmail.get(u.email.toLowerCase());
    if (list) list.push(u);
    else byEmail.set(u.email.toLowerCase(), [u]);
  }
  return { byId, byEmail };
}

function fail(result: MatchResult, key: string, message: string): void {
  result.failed.add(key);
  result.errors.push(`mctime: ${key}: ${message}`);
}

function matchEach(people: Person[], { byId, byEmail }: UserIndex, result: MatchResult): void {
  for (const p of people) {
    const pinned = p.systems.mctime?.id;
    if (pinned) {
      const user = byId.get(pinned);
      if (user) result.matched.set(p.key, user);
      else fail(result, p.key, `no McTime user with the pinned id ${pinned}`);
      continue;
    }
    const candidates = byEmail.get(p.email.toLowerCase()) ?? [];
    if (candidates.length > 1)
      fail(
        result,
        p.key,
        `${candidates.length} McTime users have the e-mail ${p.email} (${candidates.map((u) => u.id).join(', ')}); pin one with systems.mctime.id`,
      );
    else if (candidates[0]) result.matched.set(p.key, candidates[0]);
  }
}

/** One McTime user claimed by two declarations (a pinned id and another's e-mail) would be edited twice. */
function dropDoubleClaims(result: MatchResult): void {
  const claims = new Map<string, string[]>();
  for (const [key, u] of result.matched) {
    const keys = claims.get(u.id);
    if (keys) keys.push(key);
    else claims.set(u.id, [key]);
  }
  for (const [id, keys] of claims)
    if (keys.length > 1)
      for (const k of keys) {
        result.matched.delete(k);
        fail(result, k, `McTime user ${id} matches several declarations (${keys.join(', ')})`);
      }
}
