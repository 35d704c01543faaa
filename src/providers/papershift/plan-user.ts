// Pure: the user and payroll changes of one person, and what happens to users nobody declared.
import type { Change, UnmanagedUser } from '../../generated/plan.js';
import type { PlanInput } from '../../model/provider.js';
import { digestOf } from '../../plan/digest.js';
import { paths } from './api.js';
import type { DesiredPerson } from './desired.js';
import { change, changeId, diffFields, userRef, type PersonContext } from './plan-common.js';
import type { PsPayroll, PsUser } from './types.js';

const userBody = (attributes: Record<string, unknown>) => ({ data: { type: 'user', attributes } });

export function createUser(ctx: PersonContext, desired: DesiredPerson): Change {
  const { key } = ctx.person;
  return change({
    id: changeId.user(key),
    person: key,
    resource: 'user',
    label: `user ${desired.user.name}`,
    action: 'create',
    fields: diffFields({ ...ctx, input: noIgnore(ctx.input) }, 'user', {}, { ...desired.user }),
    requests: [
      {
        method: 'POST',
        path: paths.users,
        body: userBody({ ...desired.user }),
        capture: [{ ref: userRef(key), pointer: '/data/id' }],
        idempotent: false,
      },
    ],
    actualDigest: null,
  });
}

/** Creates are never partial: ignore rules only hold back differences of existing records. */
function noIgnore(input: PlanInput): PlanInput {
  return { ...input, decl: { ...input.decl, policy: { ...input.decl.policy, ignore: [] } } };
}

/** Name / e-mail updates, and reactivation of a declared person who is deactivated but has not left. */
export function updateUser(ctx: PersonContext, desired: DesiredPerson, user: PsUser, protectedUser: boolean): Change | null {
  const { key } = ctx.person;
  // The digest is worked out only for a change (most users have none).
  const base = () => ({ id: changeId.user(key), person: key, resource: 'user' as const, label: `user ${desired.user.name}`, actualDigest: digestOf(user), actualId: user.id });
  if (desired.leaver) {
    if (user.status === 'deactivated' || protectedUser) return null;
    return change({
      ...base(),
      action: 'deactivate',
      fields: [{ path: 'status', before: user.status, after: 'deactivated' }],
      requests: [{ method: 'POST', path: paths.deactivate(user.id), idempotent: false }],
    });
  }
  // E-mails compare without case (papershift.md §3.1): a difference in case alone is no change.
  const sameEmail = user.email?.toLowerCase() === desired.user.email.toLowerCase();
  const fields = diffFields(
    ctx,
    'user',
    { name: user.name, email: user.email, active: user.status !== 'deactivated' },
    { name: desired.user.name, email: sameEmail ? user.email : desired.user.email, active: true },
  );
  if (fields.length === 0) return null;
  const attrs = Object.fromEntries(fields.filter((f) => f.path === 'name' || f.path === 'email').map((f) => [f.path, f.after]));
  const requests: Change['requests'] = [];
  // Reactivation first: DELETE …/deactivate (papershift.md §3.1; the status becomes active or created). Whether a
  // deactivated user takes other writes is not documented, so the PUT waits until it is active again.
  if (fields.some((f) => f.path === 'active')) requests.push({ method: 'DELETE', path: paths.deactivate(user.id), idempotent: false });
  if (Object.keys(attrs).length) requests.push({ method: 'PUT', path: paths.user(user.id), body: userBody(attrs), idempotent: true });
  return change({ ...base(), action: 'update', fields, requests });
}

/** Payroll staff number, upserted with PUT (papershift.md §3.4); only when one is declared. */
export function payrollChange(ctx: PersonContext, desired: DesiredPerson, actual: PsPayroll | null | undefined): Change | null {
  if (desired.staffNumber === null || desired.leaver) return null;
  const before = actual?.staff_number ?? null;
  const fields = diffFields(ctx, 'payroll', { staff_number: before }, { staff_number: desired.staffNumber });
  if (fields.length === 0) return null;
  return change({
    id: changeId.payroll(ctx.person.key),
    person: ctx.person.key,
    resource: 'payroll',
    label: 'payroll information',
    action: actual ? 'update' : 'create',
    fields,
    requests: [
      {
        method: 'PUT',
        path: paths.payroll(ctx.userId),
        // Sent as a string, as Pulse serialises it (papershift.md §6); only staff_number, the PUT is partial.
        body: { data: { type: 'payroll_information', attributes: { staff_number: desired.staffNumber } } },
        idempotent: true,
      },
    ],
    actualDigest: digestOf(actual ?? null),
    ...(actual ? { actualId: actual.id } : {}),
    dependsOn: ctx.createsUser ? [ctx.createsUser] : [],
  });
}

export function unmanagedUser(u: PsUser): UnmanagedUser {
  return { provider: 'papershift', id: u.id, name: u.name, email: u.email, active: u.status !== 'deactivated' };
}

/** policy.unmanaged = deactivate: one deactivate change per active unmanaged user. */
export function deactivateUnmanaged(u: PsUser): Change {
  return change({
    id: changeId.user(u.id),
    person: u.id,
    resource: 'user',
    label: `unmanaged user ${u.name}`,
    action: 'deactivate',
    fields: [{ path: 'status', before: u.status, after: 'deactivated' }],
    requests: [{ method: 'POST', path: paths.deactivate(u.id), idempotent: false }],
    actualDigest: digestOf(u),
    actualId: u.id,
  });
}
