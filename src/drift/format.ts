// Helpers shared by the human-readable drift renderers (text, markdown, html): value display with masking,
// cause labels, grouping by person.
import type { ProviderName } from '../generated/plan.js';
import { maskSensitive, SENSITIVE_MASK } from '../model/sensitive.js';
import { canonicalJson } from '../plan/digest.js';
import type { DriftCause, DriftEntry, DriftReport, MissingRecord, SystemCounts } from './report.js';

export const ABSENT = '(absent)';

/** A value as a human reads it; sensitive values never leave as themselves (nested sensitive keys included). */
export function displayValue(value: unknown, sensitive: boolean): string {
  if (value === null || value === undefined) return ABSENT;
  if (sensitive) return SENSITIVE_MASK;
  if (typeof value === 'string') return JSON.stringify(value);
  return canonicalJson(maskSensitive(value));
}

export const CAUSE_LABEL: Record<DriftCause, string> = {
  'system-changed': 'system changed',
  'declaration-changed': 'declaration changed',
  unknown: 'unknown',
};

export const CAUSE_HELP: Record<DriftCause, string> = {
  'system-changed': 'the system no longer holds what the last apply wrote',
  'declaration-changed': 'the system holds what the last apply wrote; the YAML changed since',
  unknown: 'no record of this value in the apply journal',
};

export function resourceName(x: Pick<DriftEntry | MissingRecord, 'resource' | 'resourceKey'>): string {
  return x.resourceKey ? `${x.resource} ${x.resourceKey}` : x.resource;
}

export interface PersonDrift {
  person: string;
  entries: DriftEntry[];
  missing: MissingRecord[];
}

/** Declared people with drift, sorted by key (entries and missing keep the report's order). */
export function groupByPerson(report: DriftReport): PersonDrift[] {
  const groups = new Map<string, PersonDrift>();
  const group = (person: string): PersonDrift => {
    let g = groups.get(person);
    if (!g) groups.set(person, (g = { person, entries: [], missing: [] }));
    return g;
  };
  for (const e of report.entries) group(e.person).entries.push(e);
  for (const m of report.missing) group(m.person).missing.push(m);
  return [...groups.values()].sort((a, b) => (a.person < b.person ? -1 : a.person > b.person ? 1 : 0));
}

export function countsOf(report: DriftReport): Array<[ProviderName, SystemCounts]> {
  return report.providers.flatMap((p) => {
    const c = report.counts[p];
    return c ? [[p, c] as [ProviderName, SystemCounts]] : [];
  });
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** One line for the end of a report: "Drift: 3 fields differ, 1 record missing, 2 unmanaged users." */
export function summaryLine(report: DriftReport): string {
  if (!report.hasDrift) return 'No drift: the systems match the declarations.';
  const n = report.entries.length;
  return (
    `Drift: ${plural(n, 'field')} ${n === 1 ? 'differs' : 'differ'}, ` +
    `${plural(report.missing.length, 'record')} missing, ${plural(report.unmanaged.length, 'unmanaged user')}.`
  );
}
