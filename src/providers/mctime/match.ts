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
  const matched = new Map<string, McTimeListedUser>();
  const errors: string[] = [];
  const failed = new Set<string>();
  const fail = (key: string, message: string) => {
    failed.add(key);
    errors.push(`mctime: ${key}: ${message}`);
  };
  // Indexed once: a scan of every user for every person was quadratic (10,000 people: seconds).
  const byId = new Map<string, McTimeListedUser>();
  const byEmail = new Map<string, McTimeListedUser[]>();
  for (const u of users) {
    if (!byId.has(u.id)) byId.set(u.id, u);
    if (u.email === null) continue;
    const list = byEmail.get(u.email.toLowerCase());
    if (list) list.push(u);
    else byEmail.set(u.email.toLowerCase(), [u]);
  }
  for (const p of people) {
    const pinned = p.systems.mctime?.id;
    if (pinned) {
      const user = byId.get(pinned);
      if (user) matched.set(p.key, user);
      else fail(p.key, `no McTime user with the pinned id ${pinned}`);
      continue;
    }
    const candidates = byEmail.get(p.email.toLowerCase()) ?? [];
    if (candidates.length > 1)
      fail(
        p.key,
        `${candidates.length} McTime users have the e-mail ${p.email} (${candidates.map((u) => u.id).join(', ')}); pin one with systems.mctime.id`,
      );
    else if (candidates[0]) matched.set(p.key, candidates[0]);
  }
  // One McTime user claimed by two declarations (a pinned id and another's e-mail) would be edited twice.
  const claims = new Map<string, string[]>();
  for (const [key, u] of matched) claims.set(u.id, [...(claims.get(u.id) ?? []), key]);
  for (const [id, keys] of claims)
    if (keys.length > 1)
      for (const k of keys) {
        matched.delete(k);
        fail(k, `McTime user ${id} matches several declarations (${keys.join(', ')})`);
      }
  return { matched, errors, failed };
}
