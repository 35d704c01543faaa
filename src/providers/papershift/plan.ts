// Pure: declarations + what Papershift holds → changes, unmanaged users, errors. Deterministic for one input.
import type { Change, IgnoredDifference, UnmanagedUser } from '../../generated/plan.js';
import type { PlanInput, ProviderPlan } from '../../model/provider.js';
import { desiredPerson } from './desired.js';
import { managedInPapershift, matcherFor, unclaimedUsers } from './match.js';
import { userRef, type PersonContext } from './plan-common.js';
import { modelChanges } from './plan-models.js';
import { createUser, deactivateUnmanaged, payrollChange, unmanagedUser, updateUser } from './plan-user.js';
import type { PapershiftActual } from './types.js';

export function planPapershift(input: PlanInput, actual: PapershiftActual): ProviderPlan {
  const changes: Change[] = [];
  const errors: string[] = [];
  const warnings: string[] = [...(actual.warnings ?? [])];
  const ignored: IgnoredDifference[] = [];
  const own = new Set(actual.ownUserIds);
  const managed = managedInPapershift(input.people);
  const match = matcherFor(actual.users);
  const matches = match(managed);

  for (const person of managed) {
    const m = matches.get(person.key)!;
    if (m.kind === 'conflict') {
      errors.push(m.message);
      continue;
    }
    const { desired, errors: invalid } = desiredPerson(person, input.date);
    if (invalid.length) {
      errors.push(...invalid);
      continue;
    }
    const user = m.kind === 'matched' ? m.user : null;
    // A leaver who never reached Papershift is not created just to be deactivated.
    if (!user && desired.leaver) continue;
    const ctx: PersonContext = { input, person, userId: user ? user.id : `{{${userRef(person.key)}}}`, createsUser: null, ignored };
    if (user) {
      const protectedUser = own.has(user.id);
      if (desired.leaver && protectedUser) warnings.push(`papershift: ${person.key} has left, but is the API identity's own user and stays active`);
      const c = updateUser(ctx, desired, user, protectedUser);
      if (c) changes.push(c);
    } else {
      const c = createUser(ctx, desired);
      changes.push(c);
      ctx.createsUser = c.id;
    }
    // A leaver keeps the model history as it is: only the deactivation is planned.
    if (desired.leaver) continue;
    const details = user ? actual.details[user.id] : undefined;
    const payroll = payrollChange(ctx, desired, details?.payroll);
    if (payroll) changes.push(payroll);
    changes.push(...modelChanges(ctx, desired.models, details?.models ?? []));
  }

  const unmanaged: UnmanagedUser[] = [];
  if (!input.targeted) {
    for (const u of unclaimedUsers(input.decl.people, actual.users, match(input.decl.people))) {
      unmanaged.push(own.has(u.id) ? { ...unmanagedUser(u), serviceAccount: true } : unmanagedUser(u));
      if (input.decl.policy.unmanaged !== 'deactivate' || u.status === 'deactivated') continue;
      // Never the API identity's own user: deactivating it would lock the tool out (papershift.md §3.1).
      if (own.has(u.id)) continue;
      changes.push(deactivateUnmanaged(u));
    }
  }
  return { changes, unmanaged, ignored, warnings, errors };
}
