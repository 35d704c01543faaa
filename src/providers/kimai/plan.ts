// Pure diff: desired (declarations on the plan date) versus actual (one list read) → ordered Kimai changes.
import type { Change, FieldChange, IgnoredDifference, PlannedRequest, UnmanagedUser } from '../../generated/plan.js';
import type { Person } from '../../model/declarations.js';
import type { PlanInput, ProviderPlan } from '../../model/provider.js';
import { fieldChanges, markSensitiveValues } from '../../plan/diff.js';
import { digestOf } from '../../plan/digest.js';
import { applyIgnoreRules } from '../../plan/ignore.js';
import { contractInForce, desiredPreferences, desiredUser, MANAGED_PREFS, prefDefault } from './desired.js';
import { matchPeople } from './match.js';
import type { DesiredUser, KimaiActual, KimaiUserRecord, PrefValues } from './types.js';

const SUPER = 'ROLE_SUPER_ADMIN';
export const refOf = (key: string): string => `kimai:${key}`;

/** The actual user reduced to the desired keys (roles sorted), so fieldChanges compares like with like. */
function actualUserView(u: KimaiUserRecord, d: DesiredUser): Record<string, unknown> {
  const out: Record<string, unknown> = {
    email: u.email,
    alias: u.alias,
    language: u.language,
    locale: u.locale,
    timezone: u.timezone,
    roles: [...u.roles].sort(),
    enabled: u.enabled,
  };
  if (d.title !== undefined) out.title = u.title;
  if (d.accountNumber !== undefined) out.accountNumber = u.accountNumber;
  return out;
}

/** Stored rows, with a missing row read as the value Kimai would create it with. */
function actualPrefView(stored: PrefValues, desired: PrefValues): PrefValues {
  const out: PrefValues = {};
  for (const name of Object.keys(desired)) out[name] = Object.hasOwn(stored, name) ? stored[name]! : prefDefault(name);
  return out;
}

/** Fields the API would refuse or that would lock the tool out, dropped with a warning (kimai.md §3.4). */
function protectSelf(fields: FieldChange[], d: DesiredUser, isOwner: boolean, warnings: string[]): FieldChange[] {
  if (!isOwner) return fields;
  return fields.filter((f) => {
    if (f.path === 'enabled') {
      warnings.push(`${d.username} owns the API token: Kimai does not let a user disable themselves; left enabled`);
      return false;
    }
    if (f.path === 'roles' && !d.roles.includes(SUPER)) {
      warnings.push(`${d.username} owns the API token: removing ROLE_SUPER_ADMIN would lock the tool out; roles left unchanged`);
      return false;
    }
    return true;
  });
}

function prefRequests(path: string, kept: FieldChange[], desired: PrefValues): PlannedRequest[] {
  const order = (name: string) => {
    const i = MANAGED_PREFS.indexOf(name);
    return i < 0 ? MANAGED_PREFS.length : i;
  };
  // false clears a value (JSON null would be stored as "", kimai.md §7.6).
  const items = kept
    .map((f) => ({ name: f.path, value: desired[f.path] ?? false }))
    .sort((a, b) => order(a.name) - order(b.name) || (a.name < b.name ? -1 : 1));
  const type = items.filter((i) => i.name === 'work_contract_type');
  const rest = items.filter((i) => i.name !== 'work_contract_type');
  // The plugin may register week/month names only once the mode is stored: the mode goes first, alone.
  return [type, rest].filter((b) => b.length > 0).map((body) => ({ method: 'PATCH', path, body, idempotent: true }));
}

interface Ctx {
  input: PlanInput;
  changes: Change[];
  ignored: IgnoredDifference[];
  warnings: string[];
  errors: string[];
  /** Enabled super admins still enabled after the changes planned so far. */
  supers: Set<number>;
  ownerId: number;
  contractPlugin: boolean | undefined;
}

/** May this user be disabled? Never the token owner, never the last enabled super admin. */
function mayDisable(ctx: Ctx, u: KimaiUserRecord, why: string[]): boolean {
  if (u.id === ctx.ownerId) {
    why.push(`Kimai user ${u.username} owns the API token and cannot disable itself; left enabled`);
    return false;
  }
  if (ctx.supers.has(u.id) && ctx.supers.size <= 1) {
    why.push(`Kimai user ${u.username} is the last enabled ROLE_SUPER_ADMIN; left enabled`);
    return false;
  }
  ctx.supers.delete(u.id);
  return true;
}

function planPerson(ctx: Ctx, person: Person, user: KimaiUserRecord | undefined): void {
  const { input } = ctx;
  const key = person.key;
  const d = desiredUser(person, input.decl, input.date);
  // Only a change carries the digest (hashing every unchanged user cost a tenth of a large plan); worked out once
  // when both the user and its preferences change.
  let known: string | null | undefined;
  const digest = (): string | null => (known === undefined ? (known = user ? digestOf(user) : null) : known);
  const userId = `kimai:${key}:user`;
  const warnings: string[] = [];
  // Values taken from ${NAME} print as (sensitive), whatever field they went into.
  const ignore = (fields: FieldChange[], resource: string) => {
    const r = applyIgnoreRules(markSensitiveValues(fields, person.sensitiveValues), { rules: input.decl.policy.ignore, provider: 'kimai', person: key, resource, date: input.date });
    ctx.ignored.push(...r.ignored);
    return r.kept;
  };

  if (!user && !d.enabled) {
    ctx.warnings.push(`kimai: ${key} left on ${person.leaveDate} and has no Kimai user; nothing to create`);
    return;
  }
  if (!user) {
    const { enabled: _enabled, ...fields } = d;
    const body: Record<string, unknown> = { ...fields, enabled: true, plainPassword: '{{password}}' };
    ctx.changes.push({
      id: userId, provider: 'kimai', person: key, resource: 'user', label: `user ${d.username}`, action: 'create',
      fields: markSensitiveValues(fieldChanges({}, { ...fields, enabled: true }), person.sensitiveValues), warnings: [], actualDigest: null, dependsOn: [],
      // The executor fills {{password}} with a random initial password that is never printed or saved.
      requests: [{ method: 'POST', path: '/api/users', body, capture: [{ ref: refOf(key), pointer: '/id' }] }],
    });
  } else {
    let kept = ignore(fieldChanges(actualUserView(user, d), { ...d, username: undefined }), 'user');
    kept = protectSelf(kept, d, user.id === ctx.ownerId, warnings);
    const disabling = kept.some((f) => f.path === 'enabled' && f.after === false);
    if (disabling && !mayDisable(ctx, user, warnings)) kept = kept.filter((f) => f.path !== 'enabled');
    const deactivate = kept.some((f) => f.path === 'enabled' && f.after === false);
    if (kept.length > 0) {
      const body = Object.fromEntries(kept.map((f) => [f.path, (d as unknown as Record<string, unknown>)[f.path] ?? null]));
      ctx.changes.push({
        id: userId, provider: 'kimai', person: key, resource: 'user', label: `user ${user.username}`, action: deactivate ? 'deactivate' : 'update',
        fields: kept, warnings, actualDigest: digest(), actualId: String(user.id), dependsOn: [],
        requests: [{ method: 'PATCH', path: `/api/users/${user.id}`, body, idempotent: true }],
      });
    } else if (warnings.length > 0) ctx.warnings.push(...warnings.map((w) => `kimai: ${key}: ${w}`));
  }
  planPreferences(ctx, person, user, d, digest, ignore);
}

function planPreferences(ctx: Ctx, person: Person, user: KimaiUserRecord | undefined, d: DesiredUser, digest: () => string | null, ignore: (f: FieldChange[], r: string) => FieldChange[]): void {
  const desired = desiredPreferences(person, ctx.input.date);
  if (!desired) return;
  const kept = ignore(fieldChanges(actualPrefView(user?.preferences ?? {}, desired), desired), 'preferences');
  if (kept.length === 0) return;
  const key = person.key;
  const warnings: string[] = [];
  const contract = contractInForce(person.contracts, ctx.input.date)!;
  if (contract.start > ctx.input.date) warnings.push(`no contract has started by ${ctx.input.date}; writing the first one (from ${contract.start})`);
  if (contract.type !== 'day' && ctx.contractPlugin === false) {
    // Kimai would take the mode and refuse the hours (404 for an unknown preference): fail before writing either.
    ctx.errors.push(`kimai: ${key}: a ${contract.type} contract needs Kimai's working-contract plugin, which GET /api/plugins does not list; Kimai would refuse hours_per_${contract.type} (install the plugin, or declare a day contract)`);
    return;
  }
  if (contract.type !== 'day' && ctx.contractPlugin === undefined) {
    warnings.push(`a ${contract.type} contract needs Kimai's working-contract plugin (or Kimai Cloud Pro); core Kimai stores it but expects no time`);
  }
  const path = user ? `/api/users/${user.id}/preferences` : `/api/users/{{${refOf(key)}}}/preferences`;
  ctx.changes.push({
    id: `kimai:${key}:preferences`, provider: 'kimai', person: key, resource: 'preferences', label: `preferences of ${d.username}`,
    action: 'update', fields: kept, warnings, actualDigest: digest(), ...(user ? { actualId: String(user.id) } : {}),
    dependsOn: user ? [] : [`kimai:${key}:user`],
    requests: prefRequests(path, kept, desired),
  });
}

function planUnmanaged(ctx: Ctx, actual: KimaiActual, claimed: Set<number>): UnmanagedUser[] {
  if (ctx.input.targeted) return [];
  const unmanaged: UnmanagedUser[] = [];
  for (const u of [...actual.users].sort((a, b) => a.id - b.id)) {
    if (claimed.has(u.id)) continue;
    unmanaged.push({
      provider: 'kimai', id: String(u.id), name: u.alias ?? u.username, email: u.email, active: u.enabled,
      ...(u.id === actual.me.id ? { serviceAccount: true } : {}),
    });
    if (ctx.input.decl.policy.unmanaged !== 'deactivate' || !u.enabled) continue;
    const why: string[] = [];
    if (!mayDisable(ctx, u, why)) {
      ctx.warnings.push(...why.map((w) => `kimai: ${w} (policy.unmanaged: deactivate)`));
      continue;
    }
    ctx.changes.push({
      id: `kimai:#${u.id}:user`, provider: 'kimai', person: String(u.id), resource: 'user', label: `unmanaged user ${u.username}`,
      action: 'deactivate', fields: [{ path: 'enabled', before: true, after: false }], warnings: [], actualDigest: digestOf(u),
      actualId: String(u.id), dependsOn: [], requests: [{ method: 'PATCH', path: `/api/users/${u.id}`, body: { enabled: false }, idempotent: true }],
    });
  }
  return unmanaged;
}

export function planKimai(input: PlanInput, actual: KimaiActual): ProviderPlan {
  const people = [...input.people].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const m = matchPeople(people, actual.users);
  const ctx: Ctx = {
    input, changes: [], ignored: [], warnings: [...m.warnings], errors: [...m.errors], ownerId: actual.me.id, contractPlugin: actual.contractPlugin,
    supers: new Set(actual.users.filter((u) => u.enabled && u.roles.includes(SUPER)).map((u) => u.id)),
  };
  for (const { person, user } of m.matched) planPerson(ctx, person, user);
  const unmanaged = planUnmanaged(ctx, actual, m.claimed);
  return { changes: ctx.changes, unmanaged, ignored: ctx.ignored, warnings: ctx.warnings, errors: ctx.errors };
}
