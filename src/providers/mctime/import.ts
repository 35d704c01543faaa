// people import: the full RAW documents of the McTime users no declaration claims.
import type { McTimeImportRecord } from '../../import/records.js';
import { fanOut } from '../../http/fan-out.js';
import type { HttpClient } from '../../http/types.js';
import type { PlanInput, Progress } from '../../model/provider.js';
import { getUser } from './api.js';
import { unmanagedUsers, type McTimeActual } from './read.js';

export async function readMcTimeUnmanaged(
  http: HttpClient,
  input: PlanInput,
  actual: McTimeActual,
  progress: Progress,
): Promise<McTimeImportRecord[]> {
  const users = unmanagedUsers(input.decl.people, actual.users);
  let done = 0;
  const out = await fanOut(http, users, async (listed): Promise<McTimeImportRecord> => {
    // read() may have fetched it already (policy.unmanaged: deactivate).
    const record = actual.records[listed.id] ?? (await getUser(http, listed.id));
    progress.update('mctime', `read ${++done}/${users.length} unmanaged users`);
    // McTime has no "who am I" endpoint (mctime.md §1): the key owner is recognised only through the join
    // with the other systems' service accounts.
    return {
      system: 'mctime',
      id: listed.id,
      email: listed.email,
      active: listed.active,
      serviceAccount: false,
      listed,
      record,
    };
  });
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
