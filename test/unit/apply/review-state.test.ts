import { describe, expect, it } from 'vitest';
import { blockedBy, buildModel, withDependencies } from '../../../src/apply/review/model.js';
import {
  initialState,
  reviewReducer,
  scrollTop,
  type ReviewAction,
  type ReviewState,
} from '../../../src/apply/review/state.js';
import { ALICE_PAYROLL, ALICE_PREFS, ALICE_USER, BOB_USER, reviewPlan } from './review-fixture.js';

const model = buildModel(reviewPlan());
const run = (...actions: ReviewAction[]): ReviewState =>
  actions.reduce((s, a) => reviewReducer(model, s, a), initialState());
const down = (n: number): ReviewAction[] => Array.from({ length: n }, () => ({ type: 'down' }));

describe('review model', () => {
  it('groups changes by person in plan order, person row first', () => {
    expect(model.rows).toEqual([
      { kind: 'person', person: 'alice' },
      { kind: 'change', person: 'alice', id: ALICE_USER },
      { kind: 'change', person: 'alice', id: ALICE_PREFS },
      { kind: 'change', person: 'alice', id: ALICE_PAYROLL },
      { kind: 'person', person: 'bob' },
      { kind: 'change', person: 'bob', id: BOB_USER },
    ]);
  });

  it('follows dependencies transitively and reports the unapproved one as the blocker', () => {
    expect([...withDependencies(model, ALICE_PREFS)]).toEqual([ALICE_PREFS, ALICE_USER]);
    expect(blockedBy(model, ALICE_PREFS, new Set([ALICE_PREFS]))).toBe(ALICE_USER);
    expect(blockedBy(model, ALICE_PREFS, new Set([ALICE_PREFS, ALICE_USER]))).toBeNull();
  });
});

describe('reviewReducer', () => {
  it('starts with nothing approved, cursor on the first row', () => {
    expect(initialState()).toMatchObject({ cursor: 0, phase: 'review', notice: null });
    expect(initialState().approved.size).toBe(0);
  });

  it('clamps the cursor at both ends', () => {
    expect(run({ type: 'up' }).cursor).toBe(0);
    expect(run(...down(20)).cursor).toBe(model.rows.length - 1);
  });

  it('space on a change toggles only that change (plus dependencies when approving)', () => {
    const s = run(...down(3), { type: 'toggleApprove' });
    expect([...s.approved]).toEqual([ALICE_PAYROLL]);
    expect(reviewReducer(model, s, { type: 'toggleApprove' }).approved.size).toBe(0);
  });

  it('approving a dependent approves its dependency; skipping the dependency leaves the dependent blocked', () => {
    const s = run(...down(2), { type: 'toggleApprove' });
    expect(new Set(s.approved)).toEqual(new Set([ALICE_PREFS, ALICE_USER]));
    const skipped = run(...down(2), { type: 'toggleApprove' }, { type: 'up' }, { type: 'toggleApprove' });
    expect([...skipped.approved]).toEqual([ALICE_PREFS]);
    expect(blockedBy(model, ALICE_PREFS, skipped.approved)).toBe(ALICE_USER);
  });

  it('space on a person row approves all their changes, and again skips them all', () => {
    const s = run({ type: 'toggleApprove' });
    expect(new Set(s.approved)).toEqual(new Set([ALICE_USER, ALICE_PREFS, ALICE_PAYROLL]));
    // Partly approved counts as "not all": space completes the approval rather than clearing it.
    const partial = run(
      ...down(3),
      { type: 'toggleApprove' },
      ...Array.from({ length: 3 }, () => ({ type: 'up' }) as const),
      { type: 'toggleApprove' },
    );
    expect(partial.approved.size).toBe(3);
    expect(reviewReducer(model, s, { type: 'toggleApprove' }).approved.size).toBe(0);
  });

  it('a approves every change', () => {
    expect(run({ type: 'approveAll' }).approved.size).toBe(4);
  });

  it('enter expands and collapses a change, or all of a person', () => {
    const one = run({ type: 'down' }, { type: 'toggleExpand' });
    expect([...one.expanded]).toEqual([ALICE_USER]);
    expect(reviewReducer(model, one, { type: 'toggleExpand' }).expanded.size).toBe(0);
    expect(run({ type: 'toggleExpand' }).expanded.size).toBe(3);
  });

  it('confirm with nothing approved stays in review with a notice, which the next key clears', () => {
    const s = run({ type: 'confirm' });
    expect(s.phase).toBe('review');
    expect(s.notice).toMatch(/Nothing is approved/);
    expect(reviewReducer(model, s, { type: 'down' }).notice).toBeNull();
  });

  it('confirm with approvals ends the review; later keys change nothing', () => {
    const s = run({ type: 'approveAll' }, { type: 'confirm' });
    expect(s.phase).toBe('confirmed');
    expect(reviewReducer(model, s, { type: 'toggleApprove' })).toBe(s);
  });

  it('quit ends the review', () => {
    expect(run({ type: 'approveAll' }, { type: 'quit' }).phase).toBe('quit');
  });
});

describe('scrollTop', () => {
  const heights = [1, 1, 3, 1, 1, 1];
  it('keeps the window while the cursor is inside it', () => {
    expect(scrollTop(heights, 1, 4, 0)).toBe(0);
  });
  it('scrolls down just enough to show the cursor row with its detail', () => {
    expect(scrollTop(heights, 2, 4, 0)).toBe(1);
    expect(scrollTop(heights, 5, 4, 0)).toBe(3);
  });
  it('scrolls up to the cursor', () => {
    expect(scrollTop(heights, 1, 4, 3)).toBe(1);
  });
});
