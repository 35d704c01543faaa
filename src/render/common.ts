// What text and markdown share: grouping by person, change labels, value formatting with masking, and the
// summary line. Pure; no colours here.
import type { Change, ChangeAction, FieldChange, Plan } from '../generated/plan.js';
import { isSensitivePath, maskSensitive, SENSITIVE_MASK } from '../model/sensitive.js';

export const ACTIONS: readonly ChangeAction[] = ['create', 'update', 'delete', 'deactivate'];

/**
 * `+` create, `~` update, `-` delete, `!` deactivate: a deactivation is not a delete (the user and its history
 * stay and can be re-activated), so it gets its own symbol, as it gets its own count in the summary.
 */
export const SYMBOL: Record<ChangeAction, string> = {
  create: '+',
  update: '~',
  delete: '-',
  deactivate: '!',
};

const PAST: Record<ChangeAction, string> = {
  create: 'created',
  update: 'updated',
  delete: 'deleted',
  deactivate: 'deactivated',
};

export interface PersonGroup {
  person: string;
  changes: Change[];
}

/** Changes grouped by person, people in the order they first appear in the plan (which is apply order). */
export function groupByPerson(changes: readonly Change[]): PersonGroup[] {
  const groups = new Map<string, Change[]>();
  for (const c of changes) {
    const list = groups.get(c.person);
    if (list) list.push(c);
    else groups.set(c.person, [c]);
  }
  return [...groups].map(([person, list]) => ({ person, changes: list }));
}

/** "kimai user [jdoe] (Jane Doe)": system, resource kind, the key that tells several apart, and the label. */
export function resourceLabel(c: Change): string {
  const key = c.resourceKey ? ` [${c.resourceKey}]` : '';
  const label = c.label ? ` (${c.label})` : '';
  return `${c.provider} ${c.resource}${key}${label}`;
}

export function willBe(action: ChangeAction): string {
  return `will be ${PAST[action]}`;
}

export type Counts = Record<ChangeAction, number>;

export function countActions(changes: readonly Change[]): Counts {
  const counts: Counts = { create: 0, update: 0, delete: 0, deactivate: 0 };
  for (const c of changes) counts[c.action]++;
  return counts;
}

/**
 * Terraform's line, `Plan: 2 to create, 3 to update, 1 to delete.`, so it reads as users expect; ", N to
 * deactivate" is added only when there are deactivations, to keep the familiar line otherwise.
 */
export function summaryLine(changes: readonly Change[]): string {
  if (changes.length === 0) return 'No changes. The systems match the declarations.';
  const n = countActions(changes);
  const deactivate = n.deactivate > 0 ? `, ${n.deactivate} to deactivate` : '';
  return `Plan: ${n.create} to create, ${n.update} to update, ${n.delete} to delete${deactivate}.`;
}

/** A short count for one person, e.g. "1 to create, 2 to update". */
export function shortCounts(changes: readonly Change[]): string {
  const n = countActions(changes);
  return ACTIONS.filter((a) => n[a] > 0)
    .map((a) => `${n[a]} to ${a}`)
    .join(', ');
}

export function isSensitiveField(f: FieldChange): boolean {
  return f.sensitive === true || isSensitivePath(f.path);
}

/** One value as printed: JSON (strings quoted), with sensitive fields nested inside objects masked too. */
export function formatValue(value: unknown): string {
  if (value === undefined) return 'null';
  return JSON.stringify(maskSensitive(value)) ?? 'null';
}

export type FieldKind = 'add' | 'remove' | 'change';

export interface FieldView {
  kind: FieldKind;
  path: string;
  before: string;
  after: string;
}

/**
 * How a field change reads: added (nothing before, or a create), removed (nothing after, or a delete), or
 * changed. Sensitive fields show `(sensitive)` on both sides, whatever the values.
 */
export function fieldView(f: FieldChange, action: ChangeAction): FieldView {
  const absent = (v: unknown): boolean => v === null || v === undefined;
  const kind: FieldKind =
    action === 'create' || (absent(f.before) && !absent(f.after))
      ? 'add'
      : action === 'delete' || (absent(f.after) && !absent(f.before))
        ? 'remove'
        : 'change';
  const show = (v: unknown): string => (isSensitiveField(f) && !absent(v) ? SENSITIVE_MASK : formatValue(v));
  return { kind, path: f.path, before: show(f.before), after: show(f.after) };
}

/** All warnings of a plan, plan-wide ones first, each with the change it belongs to. */
export function allWarnings(plan: Plan): Array<{ change?: Change; text: string }> {
  return [
    ...(plan.warnings ?? []).map((text) => ({ text })),
    ...plan.changes.flatMap((change) => change.warnings.map((text) => ({ change, text }))),
  ];
}
