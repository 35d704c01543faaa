// The convergence check every fault case ends with: healthy systems, an empty plan, the state of a clean run
// (McTime compared field by field, so nothing undeclared changed), and no user or model created twice.
import { expect } from 'vitest';
import { DATE, type Hardened } from './harness.js';
import { allState, changedMcTimeFields, diffLeaves, duplicates, mctimeState } from './state.js';

type State = ReturnType<typeof allState>;

export async function expectConverged(
  ext: Hardened,
  reference: State,
  mctimeBefore: ReturnType<typeof mctimeState>,
): Promise<void> {
  ext.heal();
  const plan = await ext.cli('plan', '--detailed-exitcode', ...DATE);
  expect(plan.stderr).not.toMatch(/^\s+at /m);
  expect(plan.stdout).toContain('No changes.');
  expect(plan.code).toBe(0);
  expect(duplicates(ext.sims)).toEqual([]);
  const after = allState(ext.sims);
  // McTime gives a new user a random accountId: compare it only for users that existed before.
  const known = new Set(mctimeBefore.map((u) => u.email));
  for (const state of [after, reference]) {
    state.mctime = (state.mctime as ReturnType<typeof mctimeState>).map((u) =>
      known.has(u.email) ? u : { ...u, accountId: '(new)' },
    );
  }
  // Same fields changed as in a clean run: declared ones only.
  expect(changedMcTimeFields(mctimeBefore, after.mctime as ReturnType<typeof mctimeState>)).toEqual(
    changedMcTimeFields(mctimeBefore, reference.mctime as ReturnType<typeof mctimeState>),
  );
  for (const system of ['mctime', 'kimai', 'papershift'] as const) {
    expect(diffLeaves(reference[system], after[system]), system).toEqual([]);
  }
}
