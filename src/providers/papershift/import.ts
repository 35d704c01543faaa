// people import: the Papershift users no declaration claims, with what plan() compares for a person: live
// models with their workdays and the payroll information (staff number).
import type { PapershiftImportRecord } from '../../import/records.js';
import { fanOut } from '../../http/fan-out.js';
import type { HttpClient } from '../../http/types.js';
import type { PlanInput, Progress } from '../../model/provider.js';
import { getPayroll, listLiveModels } from './api.js';
import { unclaimedUsers } from './match.js';
import type { PapershiftActual } from './types.js';

export async function readPapershiftUnmanaged(
  http: HttpClient,
  input: PlanInput,
  actual: PapershiftActual,
  progress: Progress,
): Promise<PapershiftImportRecord[]> {
  // The users plan() lists as unmanaged.
  const own = new Set(actual.ownUserIds);
  const users = unclaimedUsers(input.decl.people, actual.users);
  let done = 0;
  const out = await fanOut(http, users, async (user): Promise<PapershiftImportRecord> => {
    // The service account's details are not needed: it is never imported.
    const [models, payroll] = own.has(user.id)
      ? [[], null]
      : await Promise.all([listLiveModels(http, user.id), getPayroll(http, user.id)]);
    progress.update('papershift', `read ${++done}/${users.length} unmanaged users`);
    return {
      system: 'papershift',
      id: user.id,
      email: user.email,
      active: user.status !== 'deactivated',
      serviceAccount: own.has(user.id),
      user,
      models,
      payroll,
    };
  });
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
