// people import: the Kimai users no declaration claims. The list read already holds everything (roles and
// stored preferences), so this sends no request.
import type { KimaiImportRecord } from '../../import/records.js';
import type { PlanInput } from '../../model/provider.js';
import { matchPeople } from './match.js';
import type { KimaiActual } from './types.js';

export function kimaiUnmanaged(input: PlanInput, actual: KimaiActual): KimaiImportRecord[] {
  // Claimed as plan() claims them: by every declaration (not only --target ones), pinned id or username.
  const { claimed } = matchPeople(input.decl.people, actual.users);
  return actual.users
    .filter((u) => !claimed.has(u.id))
    .sort((a, b) => a.id - b.id)
    .map((user) => ({
      system: 'kimai',
      id: String(user.id),
      email: user.email === '' ? null : user.email,
      active: user.enabled,
      serviceAccount: user.id === actual.me.id,
      user,
    }));
}
