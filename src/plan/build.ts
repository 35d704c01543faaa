// Pure: provider plans → one deterministic Plan (ordered, summarised, digested).
import type { Change, Plan, PlanSummary, UnmanagedUser } from '../generated/plan.js';
import type { ProviderName } from '../model/declarations.js';
import { PROVIDERS } from '../model/declarations.js';
import type { ProviderPlan } from '../model/provider.js';
import { canonicalJson, sha256 } from './digest.js';

export const PLAN_FORMAT_VERSION = '1.0';
export const PLAN_NOTICE =
  'This plan contains personal data (names, e-mails, contracts, possibly bank and tax details). Keep it private; do not commit it.';

const RESOURCE_ORDER = ['user', 'payroll', 'preferences', 'working-time-model', 'employment'];

/** Orders changes so that every change comes after the ones it depends on, otherwise by person, system, resource. */
export function orderChanges(changes: Change[]): Change[] {
  const rank = (c: Change) =>
    [c.person, PROVIDERS.indexOf(c.provider), RESOURCE_ORDER.indexOf(c.resource), c.resourceKey ?? '', c.id] as const;
  const sorted = [...changes].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! < rb[i]! ? -1 : 1;
    return 0;
  });
  // Stable topological pass: a change waits until its dependencies are placed.
  const byId = new Map(sorted.map((c) => [c.id, c]));
  const placed = new Set<string>();
  const out: Change[] = [];
  const visit = (c: Change, stack: Set<string>) => {
    if (placed.has(c.id) || stack.has(c.id)) return;
    stack.add(c.id);
    for (const d of c.dependsOn) {
      const dep = byId.get(d);
      if (dep) visit(dep, stack);
    }
    placed.add(c.id);
    out.push(c);
  };
  for (const c of sorted) visit(c, new Set());
  return out;
}

export function summarise(changes: Change[], unmanaged: UnmanagedUser[], ignored: number): PlanSummary {
  const s: PlanSummary = { create: 0, update: 0, delete: 0, deactivate: 0, warnings: 0, unmanaged: unmanaged.length, ignored };
  for (const c of changes) {
    s[c.action]++;
    s.warnings += c.warnings.length;
  }
  return s;
}

/**
 * McTime cannot say who owns an API key: a McTime user with the e-mail of a service account found in another
 * system is taken to be the same service account.
 */
function markServiceAccounts(unmanaged: UnmanagedUser[]): void {
  const emails = new Set(unmanaged.filter((u) => u.serviceAccount && u.email).map((u) => u.email!.toLowerCase()));
  for (const u of unmanaged) if (!u.serviceAccount && u.email && emails.has(u.email.toLowerCase())) u.serviceAccount = true;
}

export interface BuildPlanInput {
  env: string;
  date: string;
  declarationsDigest: string;
  targets: string[] | null;
  results: Array<{ provider: ProviderName; plan: ProviderPlan }>;
}

export function planDigest(plan: Omit<Plan, 'digest'> & { digest?: string }): string {
  const { digest: _ignored, ...rest } = plan;
  return sha256(canonicalJson(rest));
}

export function buildPlan(input: BuildPlanInput): Plan {
  const results = [...input.results].sort((a, b) => PROVIDERS.indexOf(a.provider) - PROVIDERS.indexOf(b.provider));
  const changes = orderChanges(results.flatMap((r) => r.plan.changes));
  const unmanaged = results
    .flatMap((r) => r.plan.unmanaged)
    .sort((a, b) => PROVIDERS.indexOf(a.provider) - PROVIDERS.indexOf(b.provider) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  markServiceAccounts(unmanaged);
  const ignored = results.flatMap((r) => r.plan.ignored);
  const warnings = results.flatMap((r) => r.plan.warnings);
  const plan: Omit<Plan, 'digest'> = {
    formatVersion: PLAN_FORMAT_VERSION,
    notice: PLAN_NOTICE,
    env: input.env,
    date: input.date,
    declarationsDigest: input.declarationsDigest,
    providers: results.map((r) => r.provider),
    ...(input.targets ? { targets: [...input.targets].sort() } : {}),
    changes,
    unmanaged,
    ignored,
    warnings,
    summary: summarise(changes, unmanaged, ignored.length),
  };
  return { ...plan, digest: planDigest(plan) };
}

export function hasChanges(plan: Plan): boolean {
  return plan.changes.length > 0;
}
