// Pure helpers shared by the Papershift planners: change ids, the user-id reference, field diffs with
// ignore rules and sensitive values.
import type { Change, FieldChange, IgnoredDifference, ResourceKind } from '../../generated/plan.js';
import type { Person } from '../../model/declarations.js';
import type { PlanInput } from '../../model/provider.js';
import { fieldChanges, markSensitiveValues } from '../../plan/diff.js';
import { applyIgnoreRules } from '../../plan/ignore.js';

/** Capture name of a user created by the plan; later requests use it as {{papershift:<key>}}. */
export const userRef = (key: string) => `papershift:${key}`;
export const modelRef = (key: string, start: string) => `papershift:${key}:working-time-model:${start}`;

export const changeId = {
  user: (key: string) => `papershift:${key}:user`,
  payroll: (key: string) => `papershift:${key}:payroll`,
  model: (key: string, start: string) => `papershift:${key}:working-time-model:${start}`,
};

export interface PersonContext {
  input: PlanInput;
  person: Person;
  /** The user's id, or the {{ref}} placeholder of the user the plan creates. */
  userId: string;
  /** Id of the user-create change when the user is new (later changes depend on it). */
  createsUser: string | null;
  ignored: IgnoredDifference[];
}

/**
 * Field differences with the person's ${NAME} values marked sensitive, minus what policy.ignore covers
 * (those are recorded in ctx.ignored).
 */
export function diffFields(ctx: PersonContext, resource: ResourceKind, before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const fields = markSensitiveValues(fieldChanges(before, after), ctx.person.sensitiveValues);
  const { kept, ignored } = applyIgnoreRules(fields, {
    rules: ctx.input.decl.policy.ignore,
    provider: 'papershift',
    person: ctx.person.key,
    resource,
    date: ctx.input.date,
  });
  ctx.ignored.push(...ignored);
  return kept;
}

/** A change with the fields every Papershift change shares. */
export function change(c: Omit<Change, 'provider' | 'warnings' | 'dependsOn'> & Partial<Pick<Change, 'warnings' | 'dependsOn'>>): Change {
  return { provider: 'papershift', warnings: [], dependsOn: [], ...c };
}
