// A saved plan is applied only if every record it touches is still as it was when the plan was made.
import type { Plan } from '../generated/plan.js';

export interface Moved {
  id: string;
  why: string;
}

/** Compares a saved plan with a fresh plan made from the same declarations and date. */
export function movedSince(saved: Plan, fresh: Plan): Moved[] {
  const freshById = new Map(fresh.changes.map((c) => [c.id, c]));
  const savedIds = new Set(saved.changes.map((c) => c.id));
  const moved: Moved[] = [];
  for (const c of saved.changes) {
    const now = freshById.get(c.id);
    if (!now) moved.push({ id: c.id, why: 'no longer needed: the system already changed' });
    else if (now.actualDigest !== c.actualDigest) {
      moved.push({ id: c.id, why: c.actualDigest === null ? 'the record now exists' : 'the record changed since the plan was made' });
    }
  }
  for (const c of fresh.changes) {
    if (!savedIds.has(c.id)) moved.push({ id: c.id, why: 'a new difference appeared since the plan was made' });
  }
  return moved;
}
