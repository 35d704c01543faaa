// Pure matching of declared people to Kimai users: pinned id first, else the username (case-sensitive, as
// Kimai's username lookup); conflicts Kimai would reject become plan errors instead of failed applies.
import type { Person } from '../../model/declarations.js';
import type { KimaiUserRecord } from './types.js';

export interface Matched {
  person: Person;
  /** Undefined when the user does not exist yet (a create). */
  user: KimaiUserRecord | undefined;
}

export interface MatchResult {
  matched: Matched[];
  /** Ids of users some declaration claims. */
  claimed: Set<number>;
  errors: string[];
  warnings: string[];
}

const lower = (s: string) => s.toLowerCase();

/**
 * Kimai's unique checks (kimai.md §3.3) compare case-insensitively (database collation) and cross-check username
 * against e-mail. Returns the other user a username/e-mail would collide with.
 */
function collision(users: readonly KimaiUserRecord[], selfId: number | null, username: string | null, email: string): KimaiUserRecord | undefined {
  const names = [username, email].filter((x): x is string => x !== null).map(lower);
  return users.find((u) => u.id !== selfId && (names.includes(lower(u.username)) || names.includes(lower(u.email))));
}

export function matchPeople(people: readonly Person[], users: readonly KimaiUserRecord[]): MatchResult {
  const byId = new Map(users.map((u) => [u.id, u]));
  const byUsername = new Map(users.map((u) => [u.username, u]));
  const claimedBy = new Map<number, string>();
  const out: MatchResult = { matched: [], claimed: new Set(), errors: [], warnings: [] };
  for (const person of people) {
    const k = person.systems.kimai;
    if (!k) continue;
    let user: KimaiUserRecord | undefined;
    if (k.id !== undefined) {
      user = byId.get(k.id);
      if (!user) {
        out.errors.push(`kimai: ${person.key}: systems.kimai.id ${k.id} does not exist in Kimai`);
        continue;
      }
      if (user.username !== k.username) {
        out.warnings.push(`kimai: ${person.key}: user ${k.id} is named "${user.username}", not "${k.username}"; Kimai's API cannot rename users`);
      }
    } else user = byUsername.get(k.username);
    if (user) {
      const other = claimedBy.get(user.id);
      if (other !== undefined) {
        out.errors.push(`kimai: ${other} and ${person.key} both match Kimai user ${user.id} (${user.username})`);
        continue;
      }
      claimedBy.set(user.id, person.key);
      out.claimed.add(user.id);
      const clash = user.email !== person.email ? collision(users, user.id, null, person.email) : undefined;
      if (clash) {
        out.errors.push(`kimai: ${person.key}: e-mail ${person.email} belongs to another Kimai user (${clash.username}, id ${clash.id}); Kimai would reject the update`);
        continue;
      }
    } else {
      const clash = collision(users, null, k.username, person.email);
      if (clash) {
        out.errors.push(
          `kimai: ${person.key}: username ${k.username} / e-mail ${person.email} collides with Kimai user ${clash.username} (id ${clash.id}, ${clash.email}); Kimai would reject the create`,
        );
        continue;
      }
    }
    out.matched.push({ person, user });
  }
  return out;
}
