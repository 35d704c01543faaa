// octoDNS-style safety thresholds, checked before apply sends anything.
import type { Plan } from '../generated/plan.js';
import type { Policy } from '../model/declarations.js';

export interface SafetyVerdict {
  ok: boolean;
  reasons: string[];
}

/**
 * Refuses when more than maxChangesPercent of the managed users would change (only from minPopulation managed
 * users on), or when any user would be deactivated. `--force` overrides both.
 */
export function checkSafety(plan: Plan, policy: Policy, managedUsers: number): SafetyVerdict {
  const reasons: string[] = [];
  const deactivations = plan.changes.filter((c) => c.action === 'deactivate');
  if (deactivations.length > 0) {
    const who = deactivations.map((c) => `${c.provider}:${c.person}`).join(', ');
    reasons.push(`${deactivations.length} user(s) would be deactivated (${who})`);
  }
  // A user created by this plan is not an existing one, even though its follow-up changes (Kimai preferences of
  // the new user) are updates.
  const created = new Set(plan.changes.filter((c) => c.action === 'create' && c.resource === 'user').map((c) => `${c.provider}:${c.person}`));
  const touched = new Set(
    plan.changes.filter((c) => c.action !== 'create').map((c) => `${c.provider}:${c.person}`).filter((k) => !created.has(k)),
  );
  if (managedUsers >= policy.minPopulation && managedUsers > 0) {
    const percent = (touched.size / managedUsers) * 100;
    if (percent > policy.maxChangesPercent) {
      reasons.push(
        `${touched.size} of ${managedUsers} existing managed users would change (${percent.toFixed(1)}% > policy.maxChangesPercent ${policy.maxChangesPercent}%)`,
      );
    }
  }
  return { ok: reasons.length === 0, reasons };
}
