// Pure: declared people versus the RAW McTime records -> changes. An edit always carries the FULL stored
// record with the declared leaves merged in (POST /users with an id replaces the whole user, mctime.md §4).
import type { Change, FieldChange, UnmanagedUser } from '../../generated/plan.js';
import type { Person } from '../../model/declarations.js';
import type { PlanInput, ProviderPlan } from '../../model/provider.js';
import { isSensitivePath } from '../../model/sensitive.js';
import { applyIgnoreRules } from '../../plan/ignore.js';
import { digestOf } from '../../plan/digest.js';
import { desiredUser, toTimestamp, weeklyHoursWarnings, type Leaf } from './desired.js';
import { managedInMcTime, matchPeople, type McTimeListedUser } from './match.js';
import {
  desiredRoleStrings,
  differingLeaves,
  erasedLeaves,
  keptWarnings,
  mergeRecord,
  rolesDiffer,
} from './merge.js';
import { getAt, roleStrings, text, type JsonObject } from './paths.js';
import { overlappingEmployments } from './overlap.js';
import { unmanagedUsers, type McTimeActual } from './read.js';

/** A ${NAME} value of the person's, as text or as the number it was read as (see coerceSubstituted). */
const fromReference = (person: Person | null, v: unknown): boolean =>
  (typeof v === 'string' || typeof v === 'number') && (person?.sensitiveValues ?? []).includes(String(v));

const show = (person: Person | null, path: string, v: unknown): string =>
  isSensitivePath(path) || fromReference(person, v) ? '(sensitive)' : JSON.stringify(v);

function fieldChange(person: Person | null, path: string, before: unknown, after: unknown): FieldChange {
  const f: FieldChange = { path, before: before ?? null, after: after ?? null };
  if (isSensitivePath(path) || fromReference(person, before) || fromReference(person, after)) f.sensitive = true;
  return f;
}

const labelOf = (first: unknown, last: unknown, email: unknown) =>
  `${text(first)} ${text(last)} <${text(email)}>`.trim();

/** An edit: fields, the merged full body, and the erase / keep warnings; null when nothing differs. */
export function editChange(opts: {
  key: string;
  person: Person | null;
  record: JsonObject;
  leaves: Leaf[];
  roles?: Parameters<typeof rolesDiffer>[1];
  keptFrom: Parameters<typeof keptWarnings>[1];
  action: Change['action'];
  extraWarnings: string[];
}): { change: Change | null; errors: string[] } {
  const { record, leaves, roles } = opts;
  const fields = leaves.map((l) => fieldChange(opts.person, l.path, getAt(record, l.path), l.value));
  if (roles && rolesDiffer(record.roles, roles))
    fields.push({
      path: 'roles',
      before: roleStrings(record.roles),
      after: desiredRoleStrings(record.roles, roles),
    });
  if (fields.length === 0) return { change: null, errors: [] };
  const body = mergeRecord(record, leaves, fields.some((f) => f.path === 'roles') ? roles : undefined);
  const overlaps = overlappingEmployments(body);
  if (overlaps.length > 0)
    return {
      change: null,
      errors: overlaps.map(
        (o) => `mctime: ${opts.key}: ${o}; McTime refuses overlapping employments (end the stored one, or declare it)`,
      ),
    };
  const erased = erasedLeaves(record, body);
  const changed = new Set(fields.map((f) => f.path));
  // Fail closed (mctime.md §4.3 step 4): only leaves the declaration changes may disappear.
  const unexplained = erased.filter(
    (e) => !changed.has(e.path) && !(e.path.startsWith('roles[') && changed.has('roles')),
  );
  if (unexplained.length > 0)
    return {
      change: null,
      errors: [
        `mctime: ${opts.key}: refusing to plan an edit that would erase ${unexplained.map((e) => e.path).join(', ')}`,
      ],
    };
  const warnings = [
    ...erased.map(
      (e) =>
        `the POST erases ${e.path} (was ${show(opts.person, e.path, e.before)}) because the declaration removes it`,
    ),
    ...keptWarnings(record, opts.keptFrom),
    ...opts.extraWarnings,
  ];
  const id = String(record.id);
  return {
    change: {
      id: `mctime:${opts.key}:user`,
      provider: 'mctime',
      person: opts.key,
      resource: 'user',
      label: labelOf(record.firstName, record.lastName, record.email),
      action: opts.action,
      fields: fields.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
      // A full replace with an id is repeatable: sending the same body twice gives the same user.
      requests: [{ method: 'POST', path: '/users', body, idempotent: true }],
      warnings,
      actualDigest: digestOf(record),
      actualId: id,
      dependsOn: [],
    },
    errors: [],
  };
}

function createChange(person: Person, leaves: Leaf[], warnings: string[]): Change {
  const roles = person.systems.mctime?.roles;
  // Only the declared record: no id, so McTime creates the user and every nested object.
  const merged = mergeRecord({}, leaves, roles);
  const fields = leaves.map((l) => fieldChange(person, l.path, null, l.value));
  if (roles) fields.push({ path: 'roles', before: null, after: desiredRoleStrings([], roles) });
  return {
    id: `mctime:${person.key}:user`,
    provider: 'mctime',
    person: person.key,
    resource: 'user',
    label: labelOf(person.firstName, person.lastName, person.email),
    action: 'create',
    fields: fields.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    // Not idempotent: each POST without id creates another user (mctime.md §7.8); findCreated looks first.
    requests: [
      {
        method: 'POST',
        path: '/users',
        body: merged,
        capture: [{ ref: `mctime:${person.key}`, pointer: '/items/0/data/id' }],
        idempotent: false,
      },
    ],
    warnings: [
      ...warnings,
      `creating a user with an e-mail makes McTime send an invitation to ${person.email}`,
    ],
    actualDigest: null,
    dependsOn: [],
  };
}

function planPerson(
  input: PlanInput,
  person: Person,
  user: McTimeListedUser | undefined,
  actual: McTimeActual,
  out: ProviderPlan,
): void {
  const desired = desiredUser(person);
  const hoursWarnings = weeklyHoursWarnings(person, input.date);
  if (!user) {
    // A person who already left is not created just to be deactivated.
    if (person.leaveDate && person.leaveDate < input.date) return;
    out.changes.push(createChange(person, desired.leaves, hoursWarnings));
    return;
  }
  const record = actual.records[user.id];
  if (!record) {
    out.errors.push(`mctime: ${person.key}: the details of user ${user.id} were not read`);
    return;
  }
  const differing = differingLeaves(record, desired);
  const asFields = differing.map((l) => fieldChange(person, l.path, getAt(record, l.path), l.value));
  const { kept, ignored } = applyIgnoreRules(asFields, {
    rules: input.decl.policy.ignore,
    provider: 'mctime',
    person: person.key,
    resource: 'user',
    date: input.date,
  });
  out.ignored.push(...ignored);
  const keptPaths = new Set(kept.map((f) => f.path));
  const leaves = differing.filter((l) => keptPaths.has(l.path));
  const rolesIgnored = applyIgnoreRules([{ path: 'roles', before: null, after: null }], {
    rules: input.decl.policy.ignore,
    provider: 'mctime',
    person: person.key,
    resource: 'user',
    date: input.date,
  });
  const roles = rolesIgnored.kept.length > 0 ? desired.roles : undefined;
  const leaving = leaves.some((l) => l.path === 'validTo') && person.leaveDate !== null;
  const { change, errors } = editChange({
    key: person.key,
    person,
    record,
    leaves,
    roles,
    keptFrom: desired,
    action: leaving ? 'deactivate' : 'update',
    extraWarnings: hoursWarnings,
  });
  out.errors.push(...errors);
  if (change) out.changes.push(change);
  else out.warnings.push(...hoursWarnings.map((w) => `mctime: ${person.key}: ${w}`));
}

function planUnmanaged(input: PlanInput, actual: McTimeActual, out: ProviderPlan): void {
  for (const u of unmanagedUsers(input.decl.people, actual.users)) {
    const entry: UnmanagedUser = {
      provider: 'mctime',
      id: u.id,
      name: `${u.firstName ?? ''} ${u.lastName ?? ''}`.trim(),
      email: u.email,
      active: u.active,
    };
    out.unmanaged.push(entry);
    if (input.decl.policy.unmanaged !== 'deactivate' || !u.active) continue;
    const record = actual.records[u.id];
    if (!record) continue;
    // Never lock out the API key's owner, whom McTime does not name (mctime.md §1): a key that sees other users
    // belongs to an administrator, and an inactive owner's key stops working (§2.1, §3.4). Reported, not deactivated.
    const admin = roleStrings(record.roles)
      .map((r) => r.split('@')[0])
      .find((r) => r === 'main_administrator' || r === 'administrator');
    if (admin) {
      out.warnings.push(`mctime: unmanaged ${admin} ${entry.name} (${u.id}) is not deactivated automatically`);
      continue;
    }
    // From the plan date's first second: an unmanaged user's access ends now, not at the end of the day.
    const leaves = [{ path: 'validTo', value: toTimestamp(input.date) }];
    const { change, errors } = editChange({
      key: u.id,
      person: null,
      record,
      leaves,
      keptFrom: { leaves, roles: undefined },
      action: 'deactivate',
      extraWarnings: [],
    });
    out.errors.push(...errors);
    if (change) out.changes.push(change);
  }
}

export function planMcTime(input: PlanInput, actual: McTimeActual): ProviderPlan {
  const out: ProviderPlan = { changes: [], unmanaged: [], ignored: [], warnings: [], errors: [] };
  const people = managedInMcTime(input.people);
  const { matched, errors, failed } = matchPeople(people, actual.users);
  out.errors.push(...errors);
  for (const p of people) if (!failed.has(p.key)) planPerson(input, p, matched.get(p.key), actual, out);
  if (!input.targeted) planUnmanaged(input, actual, out);
  return out;
}
