// The static shape of a plan as the review shows it: people in plan order, their changes, and the dependency
// graph. Built once per plan so the reducer and the views never re-derive it.
import type { Change, ChangeAction, Plan } from '../../generated/plan.js';

export interface PersonGroup {
  person: string;
  changes: Change[];
}

/** A cursor stop: a person heading or one of its changes. */
export type Row = { kind: 'person'; person: string } | { kind: 'change'; person: string; id: string };

export interface ReviewModel {
  groups: PersonGroup[];
  rows: Row[];
  byId: ReadonlyMap<string, Change>;
  /** Every change id, in plan order. */
  ids: string[];
}

export const ACTION_SYMBOL: Record<ChangeAction, string> = {
  create: '+',
  update: '~',
  delete: '-',
  deactivate: '!',
};

export function buildModel(plan: Plan): ReviewModel {
  const byPerson = new Map<string, Change[]>();
  for (const change of plan.changes) {
    const list = byPerson.get(change.person);
    if (list) list.push(change);
    else byPerson.set(change.person, [change]);
  }
  // Plan order is dependency order; grouping by first appearance keeps each person's changes in that order.
  const groups = [...byPerson].map(([person, changes]) => ({ person, changes }));
  const rows: Row[] = groups.flatMap((g) => [
    { kind: 'person' as const, person: g.person },
    ...g.changes.map((c) => ({ kind: 'change' as const, person: g.person, id: c.id })),
  ]);
  return {
    groups,
    rows,
    byId: new Map(plan.changes.map((c) => [c.id, c])),
    ids: plan.changes.map((c) => c.id),
  };
}

/** The change and everything it transitively depends on (ids outside the plan are ignored: they already exist). */
export function withDependencies(model: ReviewModel, id: string): Set<string> {
  const out = new Set<string>();
  const visit = (cur: string) => {
    if (out.has(cur) || !model.byId.has(cur)) return;
    out.add(cur);
    for (const dep of model.byId.get(cur)?.dependsOn ?? []) visit(dep);
  };
  visit(id);
  return out;
}

/** The first transitive dependency that is not approved, so the change cannot run; null when none. */
export function blockedBy(model: ReviewModel, id: string, approved: ReadonlySet<string>): string | null {
  for (const dep of withDependencies(model, id)) if (dep !== id && !approved.has(dep)) return dep;
  return null;
}

/** Counts of a person's changes by action, for the heading row. */
export function actionCounts(changes: readonly Change[]): Record<ChangeAction, number> {
  const counts: Record<ChangeAction, number> = { create: 0, update: 0, delete: 0, deactivate: 0 };
  for (const c of changes) counts[c.action]++;
  return counts;
}
