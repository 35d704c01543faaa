// I/O: the user list (active AND inactive, so a leaver still matches), then the RAW document of every
// matched person (and of unmanaged active users when the policy deactivates them).
import { fanOut } from '../../http/fan-out.js';
import type { HttpClient } from '../../http/types.js';
import type { PlanInput, Progress } from '../../model/provider.js';
import { getUser, listAllUsers } from './api.js';
import { managedInMcTime, matchPeople, type McTimeListedUser } from './match.js';
import type { JsonObject } from './paths.js';
import type { Person } from '../../model/declarations.js';

export interface McTimeActual {
  users: McTimeListedUser[];
  /** Raw GET /users/{id} documents by user id, exactly as read. */
  records: Record<string, JsonObject>;
}

/** Users no declared person claims (by pinned id or e-mail), whatever systems that person names. */
export function unmanagedUsers(people: Person[], users: McTimeListedUser[]): McTimeListedUser[] {
  const ids = new Set(people.flatMap((p) => (p.systems.mctime?.id ? [p.systems.mctime.id] : [])));
  const emails = new Set(people.map((p) => p.email.toLowerCase()));
  return users.filter((u) => !ids.has(u.id) && !(u.email && emails.has(u.email.toLowerCase())));
}

export async function readMcTime(
  http: HttpClient,
  input: PlanInput,
  progress: Progress,
): Promise<McTimeActual> {
  const users = await listAllUsers(http, (active, inactive) =>
    progress.update('mctime', inactive === null ? `listed ${active} active users` : `listed ${active} active, ${inactive} inactive users`),
  );
  const ids = new Set(
    [...matchPeople(managedInMcTime(input.people), users).matched.values()].map((u) => u.id),
  );
  if (!input.targeted && input.decl.policy.unmanaged === 'deactivate')
    for (const u of unmanagedUsers(input.decl.people, users)) if (u.active) ids.add(u.id);
  const records: Record<string, JsonObject> = {};
  let done = 0;
  await fanOut(http, ids, async (id) => {
    records[id] = await getUser(http, id);
    progress.update('mctime', `read ${++done}/${ids.size} users`);
  });
  return { users, records };
}
