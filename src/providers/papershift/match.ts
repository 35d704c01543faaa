// Pure: which Papershift user is which declared person. By the pinned `systems.papershift.id`, else by
// e-mail ignoring case (DESIGN.md "Matching"). Two candidates are an error, never a guess. Soft-deleted users
// are gone for matching; deactivated ones still match (they may be reactivated, or stay deactivated).
import type { Person } from '../../model/declarations.js';
import type { PsUser } from './types.js';

export type Match =
  { kind: 'matched'; user: PsUser } | { kind: 'none' } | { kind: 'conflict'; message: string };

/** Live users indexed by id and by lower-cased e-mail, built once per match run (not once per person). */
interface UserIndex {
  byId: Map<string, PsUser>;
  /** Lower-cased e-mail to the live users holding it, in list order. */
  byEmail: Map<string, PsUser[]>;
}

function indexUsers(users: readonly PsUser[]): UserIndex {
  const byId = new Map<string, PsUser>();
  const byEmail = new Map<string, PsUser[]>();
  for (const u of users) {
    if (u.discarded_at !== null) continue;
    // First wins, as Array.find did over the list.
    if (!byId.has(u.id)) byId.set(u.id, u);
    if (u.email === null) continue;
    const email = u.email.toLowerCase();
    const list = byEmail.get(email);
    if (list) list.push(u);
    else byEmail.set(email, [u]);
  }
  return { byId, byEmail };
}

function matchIndexed(person: Person, index: UserIndex): Match {
  const pinned = person.systems.papershift?.id;
  if (pinned !== undefined) {
    const user = index.byId.get(pinned);
    if (!user)
      return {
        kind: 'conflict',
        message: `${person.key}: systems.papershift.id ${pinned} names no Papershift user`,
      };
    return { kind: 'matched', user };
  }
  const found = index.byEmail.get(person.email.toLowerCase()) ?? [];
  if (found.length > 1) {
    return {
      kind: 'conflict',
      message: `${person.key}: ${found.length} Papershift users have the e-mail ${person.email} (${found.map((u) => u.id).join(', ')}); pin one with systems.papershift.id`,
    };
  }
  return found[0] ? { kind: 'matched', user: found[0] } : { kind: 'none' };
}

/** People managed in Papershift: the ones whose declaration names the system. */
export function managedInPapershift(people: readonly Person[]): Person[] {
  return people.filter((p) => p.systems.papershift !== undefined);
}

/**
 * A matcher over one user list: the users are indexed once and each person is matched once, however many sets of
 * people are matched (a plan matches the managed people, then every declared person for the unclaimed users).
 * Each call matches the given people and reports a user claimed by two of them as a conflict for both; returns
 * the matches by person key.
 */
export function matcherFor(users: readonly PsUser[]): (people: readonly Person[]) => Map<string, Match> {
  const index = indexUsers(users);
  // A person's own match does not depend on the other people; only the conflicts below do.
  const each = new Map<string, Match>();
  return (people) => {
    const out = matchEach(people, index, each);
    markDoubleClaims(out);
    return out;
  };
}

// Each loop in a function of its own: a function run once with several long loops is compiled by V8 once per loop
// (on-stack replacement), each time whole, and thrown away when the next loop starts.

function matchEach(people: readonly Person[], index: UserIndex, each: Map<string, Match>): Map<string, Match> {
  const out = new Map<string, Match>();
  for (const p of people) {
    let m = each.get(p.key);
    if (!m) each.set(p.key, (m = matchIndexed(p, index)));
    out.set(p.key, m);
  }
  return out;
}

/** A user claimed by two people is a conflict for both. */
function markDoubleClaims(out: Map<string, Match>): void {
  const claimedBy = new Map<string, string[]>();
  for (const [key, m] of out) {
    if (m.kind !== 'matched') continue;
    const keys = claimedBy.get(m.user.id);
    if (keys) keys.push(key);
    else claimedBy.set(m.user.id, [key]);
  }
  for (const [userId, keys] of claimedBy) {
    if (keys.length < 2) continue;
    for (const k of keys)
      out.set(k, {
        kind: 'conflict',
        message: `${k}: Papershift user ${userId} matches several declarations (${keys.join(', ')})`,
      });
  }
}

/** Matches every given person (see matcherFor). */
export function matchAll(people: readonly Person[], users: readonly PsUser[]): Map<string, Match> {
  return matcherFor(users)(people);
}

/**
 * Live users no declaration claims — by any declaration, also one that does not name Papershift, so a person
 * kept out of Papershift is never taken for an unmanaged user. Soft-deleted users are gone for Papershift itself.
 * `matches` may be passed when they are matchAll(people, users) already (a matcherFor(users) gives them cheaply).
 */
export function unclaimedUsers(
  people: readonly Person[],
  users: readonly PsUser[],
  matches: ReadonlyMap<string, Match> = matchAll(people, users),
): PsUser[] {
  const claimed = new Set<string>();
  for (const m of matches.values()) if (m.kind === 'matched') claimed.add(m.user.id);
  return users.filter((u) => u.discarded_at === null && !claimed.has(u.id));
}
