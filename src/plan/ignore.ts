// policy.ignore: fields a tool must leave alone per system (optionally per person, until a date).
import type { FieldChange, IgnoredDifference } from '../generated/plan.js';
import type { IgnoreRule, ProviderName } from '../model/declarations.js';

function covers(ruleField: string, path: string): boolean {
  return path === ruleField || path.startsWith(`${ruleField}.`) || path.startsWith(`${ruleField}[`);
}

/**
 * Splits field changes into the ones to plan and the ones an active rule covers. A rule matches a field by
 * its path, or by `<resource>.<path>` (so `preferences.holidays` names Kimai's holidays preference).
 * A rule with `until` lapses after that date (the field shows up again).
 */
export function applyIgnoreRules(
  fields: FieldChange[],
  ctx: { rules: IgnoreRule[]; provider: ProviderName; person: string; resource: string; date: string },
): { kept: FieldChange[]; ignored: IgnoredDifference[] } {
  const active = ctx.rules.filter(
    (r) => r.system === ctx.provider && (!r.person || r.person === ctx.person) && (!r.until || ctx.date <= r.until),
  );
  if (active.length === 0) return { kept: fields, ignored: [] };
  const kept: FieldChange[] = [];
  const ignored: IgnoredDifference[] = [];
  for (const f of fields) {
    const rule = active.find((r) => covers(r.field, f.path) || covers(r.field, `${ctx.resource}.${f.path}`));
    if (!rule) kept.push(f);
    else ignored.push({ provider: ctx.provider, person: ctx.person, field: f.path, ...(rule.until ? { until: rule.until } : {}) });
  }
  return { kept, ignored };
}
