// Pure: the full POST /users body for an edit = the stored RAW record with the declared leaves merged in
// (mctime.md §4.3). Every property, known or not, and every id survives because we start from the record.
//
// Read quirks are normalised before sending (mctime.md §7.4, §7.5):
// - birthDate is zero-padded ("1985-2-1" is rejected by the write side);
// - a Z timestamp is rewritten with +00:00;
// - address.relId is also sent as relID (the documented write spelling), keeping relId;
// - "" dates (employmentEnd) are sent back as read: the vendor's own full request example sends
//   "employmentEnd": "", so "" is known to be accepted, while null on edit is unverified;
// - decimals read as strings ("23.5") are sent back as strings, as in the vendor's example.
import type { McTimeRole } from '../../model/declarations.js';
import type { DesiredUser, Leaf } from './desired.js';
import {
  blank,
  employmentKey,
  employmentsOf,
  getAt,
  isObject,
  leaves,
  offsetTimestamp,
  padDateText,
  roleStrings,
  same,
  setAt,
  text,
  utcDay,
  type JsonObject,
} from './paths.js';

/** "1985-2-1" → "1985-02-01"; anything else as it is. */
export function padDate(v: unknown): unknown {
  return typeof v === 'string' ? padDateText(v) : v;
}

/** A deep copy with every Z timestamp in the +00:00 form. */
function fixTimestamps(v: unknown): unknown {
  if (typeof v === 'string') return offsetTimestamp(v);
  if (Array.isArray(v)) return v.map(fixTimestamps);
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fixTimestamps(x)]));
  return v;
}

/** A deep copy of a read record, made safe to send back. */
export function normaliseForWrite(record: JsonObject): JsonObject {
  const body = fixTimestamps(record) as JsonObject;
  if (body.birthDate !== undefined) body.birthDate = padDate(body.birthDate);
  if (isObject(body.address) && body.address.relId !== undefined && body.address.relID === undefined)
    body.address.relID = body.address.relId;
  return body;
}

interface StoredAssignment {
  role: string;
  org: JsonObject;
}

/** Every stored (role, organization) pair; loops, not filter/flatMap/map: this runs for every managed user. */
function assignments(roles: unknown): StoredAssignment[] {
  const out: StoredAssignment[] = [];
  if (!Array.isArray(roles)) return out;
  for (const r of roles) {
    if (!isObject(r) || !Array.isArray(r.organizations)) continue;
    const role = String(r.role);
    for (const org of r.organizations) if (isObject(org)) out.push({ role, org });
  }
  return out;
}

function findAssignment(
  stored: StoredAssignment[],
  role: string,
  o: { id?: string; name?: string },
): StoredAssignment | undefined {
  // The id wins over the name, as in McTime itself (mctime.md §5.4).
  return stored.find(
    (s) => s.role === role && (o.id !== undefined ? s.org.id === o.id : s.org.name === o.name),
  );
}

/** Declared roles as display strings, named like the stored ones when they match. */
export function desiredRoleStrings(storedRoles: unknown, declared: McTimeRole[]): string[] {
  const stored = assignments(storedRoles);
  return declared
    .flatMap((r) =>
      r.organizations.map(
        (o) => `${r.role}@${text(findAssignment(stored, r.role, o)?.org.name ?? o.name ?? o.id)}`,
      ),
    )
    .sort();
}

export function rolesDiffer(storedRoles: unknown, declared: McTimeRole[]): boolean {
  const stored = assignments(storedRoles);
  const wanted = new Set<StoredAssignment>();
  for (const r of declared)
    for (const o of r.organizations) {
      const found = findAssignment(stored, r.role, o);
      if (found === undefined) return true;
      wanted.add(found);
    }
  return wanted.size !== stored.length;
}

/** The declared roles, reusing the stored organization objects (with their relId) where they match. */
export function mergeRoles(storedRoles: unknown, declared: McTimeRole[]): JsonObject[] {
  const stored = assignments(storedRoles);
  return declared.map((r) => ({
    role: r.role,
    organizations: r.organizations.map((o) => {
      const found = findAssignment(stored, r.role, o);
      return found ? structuredClone(found.org) : o.id !== undefined ? { id: o.id } : { name: o.name };
    }),
  }));
}

/** Stored record + the leaves to change (+ declared roles when they change) -> the full body. */
export function mergeRecord(stored: JsonObject, changes: Leaf[], roles?: McTimeRole[]): JsonObject {
  const body = normaliseForWrite(stored);
  for (const c of changes) if (c.path !== 'roles') setAt(body, c.path, c.value);
  if (roles) body.roles = mergeRoles(stored.roles, roles);
  return body;
}

/** The declared leaves whose stored value differs (quirk-insensitive). */
export function differingLeaves(stored: JsonObject, desired: DesiredUser): Leaf[] {
  return desired.leaves.filter((l) => {
    const before = getAt(stored, l.path);
    // A declared day matches whatever time of it McTime holds (midnight, or the last second as its docs write ends).
    if (l.day !== undefined && typeof before === 'string' && utcDay(before) === l.day) return false;
    // E-mails match case-insensitively (DESIGN.md), so a case-only difference is not a change either.
    if (l.path === 'email' && typeof before === 'string' && typeof l.value === 'string')
      return before.toLowerCase() !== l.value.toLowerCase();
    return !same(before, l.value);
  });
}

/** Non-blank leaves of the stored record that the body would erase (set blank or leave out). */
export function erasedLeaves(stored: JsonObject, body: JsonObject): Array<{ path: string; before: unknown }> {
  const after = leaves(body);
  return [...leaves(stored)].filter(([path]) => !after.has(path)).map(([path, before]) => ({ path, before }));
}

const IDS = new Set(['id', 'accountId', 'accountRelId', 'parentGroupRelId', 'historyDataId']);
const OWN = new Set([
  'roles',
  'validTo',
  'availableLoginMethods',
  'address',
  'exportIds',
  'userEmployments',
  'firstName',
  'lastName',
  'email',
]);

const hasContent = (v: unknown): boolean =>
  [...leaves(v)].some(([path]) => path !== 'id' && !path.endsWith('.id'));

/** Warning (b): stored data that survives only because the whole record is re-sent. */
export function keptWarnings(stored: JsonObject, desired: DesiredUser): string[] {
  const declared = new Set(desired.leaves.map((l) => l.path.split('.')[0]!));
  if (desired.roles) declared.add('roles');
  const out: string[] = [];
  if (!declared.has('validTo') && !blank(stored.validTo))
    out.push(
      `validTo ${String(stored.validTo)} not declared; re-sent unchanged (omitting it would reactivate the user)`,
    );
  const login = stored.availableLoginMethods;
  if (!declared.has('availableLoginMethods') && Array.isArray(login) && !same(login, [0, 1]))
    out.push(
      `login block availableLoginMethods ${JSON.stringify(login)} not declared; re-sent unchanged (omitting it would re-enable sign-in)`,
    );
  if (!declared.has('roles') && Array.isArray(stored.roles) && stored.roles.length > 0)
    out.push(
      `roles ${roleStrings(stored.roles).join(', ')} not declared; re-sent unchanged (omitting them would reset to employee in the main organization)`,
    );
  for (const name of ['address', 'exportIds'])
    if (!declared.has(name) && hasContent(stored[name])) out.push(`${name} not declared; re-sent unchanged`);
  const others = Object.keys(stored).filter(
    (k) => !IDS.has(k) && !OWN.has(k) && !declared.has(k) && hasContent({ [k]: stored[k] }),
  );
  if (others.length > 0) out.push(`undeclared fields re-sent unchanged: ${others.sort().join(', ')}`);
  const declaredEmployments = new Set(
    desired.leaves
      .map((l) => /^userEmployments\[([^\]]+)\]\.([^.]+)/.exec(l.path))
      .filter((m) => m !== null)
      .map((m) => `${m[1]}|${m[2]}`),
  );
  const declaredStarts = new Set([...declaredEmployments].map((k) => k.split('|')[0]));
  for (const e of employmentsOf(stored)) {
    const key = employmentKey(e) ?? '(no start)';
    if (!declaredStarts.has(key)) {
      out.push(`employment starting ${key} is not declared; kept by re-sending it`);
      continue;
    }
    for (const [name, sub] of Object.entries(e))
      if (
        name !== 'id' &&
        !declaredEmployments.has(`${key}|${name}`) &&
        (isObject(sub) || Array.isArray(sub)) &&
        hasContent(sub)
      )
        out.push(`${name} of employment ${key} not declared; re-sent unchanged`);
  }
  out.push(...compensationWarnings(stored, desired));
  return out;
}

/** Amounts McTime adds to (or subtracts from) a pool, by the field reference's words (seed 003). */
const COMPENSATIONS = ['overtimeSettings.timeCompensationAmount', 'vacationSettings.vacationCompensationAmount'];

/**
 * A non-zero compensation amount goes back with every full-replace edit. Whether McTime books it again on each save
 * is not documented; leaving it out would erase it. So the plan says it is re-sent, for the reviewer to check.
 */
function compensationWarnings(stored: JsonObject, desired: DesiredUser): string[] {
  const declared = new Set(desired.leaves.map((l) => l.path));
  const out: string[] = [];
  for (const e of employmentsOf(stored)) {
    const key = employmentKey(e) ?? '(no start)';
    for (const field of COMPENSATIONS) {
      const path = `userEmployments[${key}].${field}`;
      const amount = getAt(stored, path);
      if (declared.has(path) || blank(amount) || Number(amount) === 0) continue;
      out.push(
        `${path} ${String(amount)} is re-sent with this edit; McTime adds such an amount to the pool (field reference), so check that a save does not book it again`,
      );
    }
  }
  return out;
}
