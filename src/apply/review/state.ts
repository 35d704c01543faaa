// Pure selection/cursor state of the review screen, so every key's effect is unit-testable without Ink.
import { withDependencies, type ReviewModel, type Row } from './model.js';

export type ReviewPhase = 'review' | 'confirmed' | 'quit';

export interface ReviewState {
  /** Index into model.rows. */
  cursor: number;
  approved: ReadonlySet<string>;
  /** Changes whose field diff is shown. */
  expanded: ReadonlySet<string>;
  /** One-line message under the list (e.g. why `y` did nothing); cleared by the next key. */
  notice: string | null;
  /** 'confirmed' hands the approved set to the executor; 'quit' ends with nothing sent. */
  phase: ReviewPhase;
}

export type ReviewAction =
  | { type: 'up' }
  | { type: 'down' }
  | { type: 'toggleExpand' }
  | { type: 'toggleApprove' }
  | { type: 'approveAll' }
  | { type: 'confirm' }
  | { type: 'quit' };

// Explicit approval is the safe default: nothing is sent unless the reviewer picked it.
export function initialState(): ReviewState {
  return { cursor: 0, approved: new Set(), expanded: new Set(), notice: null, phase: 'review' };
}

/** Ids of the changes a row stands for: the change itself, or all of a person's changes. */
export function rowChangeIds(model: ReviewModel, row: Row | undefined): string[] {
  if (!row) return [];
  if (row.kind === 'change') return [row.id];
  return model.groups.find((g) => g.person === row.person)?.changes.map((c) => c.id) ?? [];
}

function toggleApprove(model: ReviewModel, state: ReviewState): ReadonlySet<string> {
  const ids = rowChangeIds(model, model.rows[state.cursor]);
  if (ids.length === 0) return state.approved;
  const next = new Set(state.approved);
  if (ids.every((id) => next.has(id))) {
    // Skipping leaves dependents approved; the view marks them blocked instead of silently changing them.
    for (const id of ids) next.delete(id);
  } else {
    // A change can only run after its dependencies, so approving it approves them too.
    for (const id of ids) for (const dep of withDependencies(model, id)) next.add(dep);
  }
  return next;
}

function toggleExpand(model: ReviewModel, state: ReviewState): ReadonlySet<string> {
  const ids = rowChangeIds(model, model.rows[state.cursor]);
  const next = new Set(state.expanded);
  // On a person row: expand all when any is collapsed, else collapse all.
  const open = !ids.every((id) => next.has(id));
  for (const id of ids) {
    if (open) next.add(id);
    else next.delete(id);
  }
  return next;
}

export function reviewReducer(model: ReviewModel, state: ReviewState, action: ReviewAction): ReviewState {
  // Once confirmed or quit, the review is over: late keys must not change what was sent.
  if (state.phase !== 'review') return state;
  const base = { ...state, notice: null };
  const last = Math.max(0, model.rows.length - 1);
  switch (action.type) {
    case 'up':
      return { ...base, cursor: Math.max(0, state.cursor - 1) };
    case 'down':
      return { ...base, cursor: Math.min(last, state.cursor + 1) };
    case 'toggleExpand':
      return { ...base, expanded: toggleExpand(model, state) };
    case 'toggleApprove':
      return { ...base, approved: toggleApprove(model, state) };
    case 'approveAll':
      return { ...base, approved: new Set(model.ids) };
    case 'confirm':
      if (state.approved.size === 0)
        return { ...base, notice: 'Nothing is approved. Press space to approve a change, or a for all.' };
      return { ...base, phase: 'confirmed' };
    case 'quit':
      return { ...base, phase: 'quit' };
  }
}

/**
 * First visible row index so that the cursor row (with its detail lines) fits in `height` lines,
 * moving as little as possible from `prevTop` so the list does not jump on every key.
 */
export function scrollTop(
  heights: readonly number[],
  cursor: number,
  height: number,
  prevTop: number,
): number {
  if (cursor < prevTop) return cursor;
  let top = Math.min(prevTop, cursor);
  const linesFrom = (from: number) => heights.slice(from, cursor + 1).reduce((a, b) => a + b, 0);
  while (top < cursor && linesFrom(top) > height) top++;
  return top;
}
