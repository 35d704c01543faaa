// I/O: what the Papershift plan needs. The user list once, then details only for matched (targeted) people:
// their live models with workdays and, when a staff number is declared, their payroll information.
import { fanOut } from '../../http/fan-out.js';
import type { HttpClient } from '../../http/types.js';
import type { PlanInput, Progress } from '../../model/provider.js';
import { getPayroll, listLiveModels, listUsersPaged } from './api.js';
import { signedInUserIds } from './auth.js';
import { managedInPapershift, matchAll } from './match.js';
import type { PapershiftActual, PsUserDetails } from './types.js';

export async function readPapershift(
  http: HttpClient,
  input: PlanInput,
  progress: Progress,
): Promise<PapershiftActual> {
  // The first request signs in (through the client's auth strategy), which also tells us our own user id.
  const { users, warning } = await listUsersPaged(http);
  progress.update('papershift', `listed ${users.length} users`);
  const own = signedInUserIds();
  const ownUserIds = users.filter((u) => own.has(u.id)).map((u) => u.id);

  const people = managedInPapershift(input.people);
  const matches = matchAll(people, users);
  const targets = people.flatMap((p) => {
    const m = matches.get(p.key);
    return m?.kind === 'matched' ? [{ person: p, userId: m.user.id }] : [];
  });
  const details: Record<string, PsUserDetails> = {};
  let done = 0;
  await fanOut(http, targets, async ({ person, userId }) => {
    const [models, payroll] = await Promise.all([
      listLiveModels(http, userId),
      person.systems.papershift?.staffNumber !== undefined
        ? getPayroll(http, userId)
        : Promise.resolve(undefined),
    ]);
    details[userId] = payroll === undefined ? { models } : { models, payroll };
    progress.update('papershift', `read ${++done}/${targets.length} users`);
  });
  // Sorted so that the actual state (and its digests) does not depend on the order answers arrived in.
  const sortedDetails = Object.fromEntries(Object.entries(details).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { users, ownUserIds, details: sortedDetails, ...(warning ? { warnings: [warning] } : {}) };
}
