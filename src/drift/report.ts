// The drift report: what differs between the declarations and the systems, and, where the apply journal
// allows, who moved. Pure: computed from a plan and the journal's digests of the values last written.
import type {
  Change,
  ChangeAction,
  Plan,
  ProviderName,
  ResourceKind,
  UnmanagedUser,
} from '../generated/plan.js';
import { canonicalJson, sha256 } from '../plan/digest.js';
import { isSensitivePath } from '../model/sensitive.js';

/**
 * system-changed: the system no longer holds what the last apply wrote (someone edited it there);
 * declaration-changed: the system still holds it, the YAML moved on since; unknown: no journal evidence.
 */
export type DriftCause = 'system-changed' | 'declaration-changed' | 'unknown';
export const DRIFT_CAUSES: readonly DriftCause[] = ['system-changed', 'declaration-changed', 'unknown'];

export interface DriftEntry {
  provider: ProviderName;
  person: string;
  resource: ResourceKind;
  resourceKey?: string;
  /** Id of the plan change the difference came from (the journal's key). */
  change: string;
  action: Exclude<ChangeAction, 'create'>;
  field: string;
  /** What the declarations want (the change's `after`; null when absent). */
  declared: unknown;
  /** What the system holds (the change's `before`; null when absent). */
  actual: unknown;
  sensitive: boolean;
  cause: DriftCause;
}

/** A declared record the system does not have: a whole person (resource user) or one of their records. */
export interface MissingRecord {
  provider: ProviderName;
  person: string;
  resource: ResourceKind;
  resourceKey?: string;
  label?: string;
  change: string;
}

export interface SystemCounts {
  /** Fields that differ. */
  fields: number;
  /** Declared people with at least one differing field or missing record. */
  people: number;
  missing: number;
  unmanaged: number;
}

export interface DriftReport {
  env: string;
  date: string;
  providers: ProviderName[];
  entries: DriftEntry[];
  missing: MissingRecord[];
  unmanaged: UnmanagedUser[];
  /** One entry per system that was read, in the plan's provider order. */
  counts: Partial<Record<ProviderName, SystemCounts>>;
  hasDrift: boolean;
}

export interface DriftOptions {
  /** Values taken from ${NAME} references: an entry showing one of them is masked too. */
  sensitiveValues?: readonly string[];
}

const PROVIDER_ORDER: readonly ProviderName[] = ['kimai', 'papershift', 'mctime'];

/** The digest the executor journals for a written value (it digests canonical JSON of `after`). */
export function valueDigest(value: unknown): string {
  return sha256(canonicalJson(value ?? null));
}

export function attributeCause(
  declared: unknown,
  actual: unknown,
  appliedDigest: string | undefined,
): DriftCause {
  if (appliedDigest === undefined) return 'unknown';
  if (valueDigest(declared) === appliedDigest) return 'system-changed';
  if (valueDigest(actual) === appliedDigest) return 'declaration-changed';
  return 'unknown';
}

function containsValue(value: unknown, secrets: ReadonlySet<string>): boolean {
  if (secrets.size === 0) return false;
  if (typeof value === 'string')
    return secrets.has(value) || [...secrets].some((s) => s.length >= 4 && value.includes(s));
  if (Array.isArray(value)) return value.some((v) => containsValue(v, secrets));
  if (value && typeof value === 'object') return Object.values(value).some((v) => containsValue(v, secrets));
  return false;
}

function compareBy<T>(...keys: Array<(t: T) => string | number>): (a: T, b: T) => number {
  return (a, b) => {
    for (const key of keys) {
      const x = key(a);
      const y = key(b);
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  };
}

const providerRank = (p: ProviderName): number => PROVIDER_ORDER.indexOf(p);

function entriesOf(
  change: Change,
  applied: Record<string, string> | undefined,
  secrets: ReadonlySet<string>,
): DriftEntry[] {
  if (change.action === 'create') return [];
  const action = change.action;
  return change.fields.map((f) => ({
    provider: change.provider,
    person: change.person,
    resource: change.resource,
    ...(change.resourceKey !== undefined ? { resourceKey: change.resourceKey } : {}),
    change: change.id,
    action,
    field: f.path,
    declared: f.after ?? null,
    actual: f.before ?? null,
    sensitive:
      f.sensitive === true ||
      isSensitivePath(f.path) ||
      containsValue(f.after, secrets) ||
      containsValue(f.before, secrets),
    cause: attributeCause(f.after, f.before, applied?.[f.path]),
  }));
}

export function buildDriftReport(
  plan: Plan,
  applied: ReadonlyMap<string, Record<string, string>>,
  options: DriftOptions = {},
): DriftReport {
  const secrets = new Set(options.sensitiveValues ?? []);
  // Changes to unmanaged users (deactivation by policy) are reported once, under unmanaged users.
  const unmanagedIds = new Set(plan.unmanaged.map((u) => `${u.provider}\u0000${u.id}`));
  const managed = plan.changes.filter((c) => !unmanagedIds.has(`${c.provider}\u0000${c.person}`));

  const entries = managed
    .flatMap((c) => entriesOf(c, applied.get(c.id), secrets))
    .sort(
      compareBy<DriftEntry>(
        (e) => e.person,
        (e) => providerRank(e.provider),
        (e) => e.change,
        (e) => e.field,
      ),
    );
  const missing: MissingRecord[] = managed
    .filter((c) => c.action === 'create')
    .map((c) => ({
      provider: c.provider,
      person: c.person,
      resource: c.resource,
      ...(c.resourceKey !== undefined ? { resourceKey: c.resourceKey } : {}),
      ...(c.label !== undefined ? { label: c.label } : {}),
      change: c.id,
    }))
    // A missing user first: the person's other missing records follow from it.
    .sort(
      compareBy<MissingRecord>(
        (m) => m.person,
        (m) => providerRank(m.provider),
        (m) => (m.resource === 'user' ? 0 : 1),
        (m) => m.change,
      ),
    );
  const unmanaged = [...plan.unmanaged].sort(
    compareBy<UnmanagedUser>(
      (u) => providerRank(u.provider),
      (u) => u.name,
      (u) => u.id,
    ),
  );

  const counts: Partial<Record<ProviderName, SystemCounts>> = {};
  for (const p of plan.providers) {
    const people = new Set([...entries, ...missing].filter((x) => x.provider === p).map((x) => x.person));
    counts[p] = {
      fields: entries.filter((e) => e.provider === p).length,
      people: people.size,
      missing: missing.filter((m) => m.provider === p).length,
      unmanaged: unmanaged.filter((u) => u.provider === p).length,
    };
  }
  return {
    env: plan.env,
    date: plan.date,
    providers: [...plan.providers],
    entries,
    missing,
    unmanaged,
    counts,
    // The tool's own API accounts are necessarily undeclared users: listed, but no reason to fail a drift run.
    hasDrift: entries.length > 0 || missing.length > 0 || unmanaged.some((u) => !u.serviceAccount),
  };
}
