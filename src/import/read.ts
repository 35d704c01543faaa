// I/O: reads every system of a session (read(), then readUnmanaged()) into import records.
import type { PlanInput, Progress } from '../model/provider.js';
import { UserError } from '../cli/io.js';
import { describeError } from '../runtime/errors.js';
import type { Session } from '../runtime/session.js';
import type { ImportRecord } from './records.js';

export async function readUnmanagedRecords(session: Session, date: string, progress: Progress): Promise<ImportRecord[]> {
  const { decl } = session;
  // Every declaration counts for "declared already", whatever --provider says: readUnmanaged() claims by
  // decl.people. No one is planned, so read() fetches no declared person's details (models, payroll, McTime
  // documents) only to throw them away; it still reads the user lists readUnmanaged() works from.
  const input: PlanInput = { decl, people: [], targeted: false, date };
  const failures: string[] = [];
  const records: ImportRecord[][] = await Promise.all(
    session.systems.map(async (name) => {
      const provider = session.providers.get(name)!;
      const http = session.clients.get(name)!;
      if (!provider.readUnmanaged) {
        failures.push(`${name}: this provider cannot import users`);
        return [];
      }
      try {
        const actual = await provider.read(http, input, progress);
        return await provider.readUnmanaged(http, input, actual, progress);
      } catch (err) {
        failures.push(describeError(err, name, decl.secrets));
        return [];
      }
    }),
  );
  if (failures.length) throw new UserError(failures.sort().join('\n'));
  return records.flat();
}
