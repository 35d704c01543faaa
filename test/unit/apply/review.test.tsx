import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChangeOutcome } from '../../../src/apply/executor.js';
import { Review, type Execute } from '../../../src/apply/review/Review.js';
import { ALICE_PAYROLL, ALICE_PREFS, ALICE_USER, BOB_USER, reviewPlan } from './review-fixture.js';

const UP = '\u001B[A';
const DOWN = '\u001B[B';
const ENTER = '\r';
const ESC = '\u001B';
const CTRL_C = '\u0003';

// React 19's scheduler flushes after a macrotask; setImmediate then setTimeout(0) waits for it (as Shopify's cli-kit does).
const tick = () => new Promise<void>((r) => setImmediate(() => setTimeout(r, 0)));
// eslint-disable-next-line no-control-regex
const unstyled = (s: string | undefined) => (s ?? '').replace(/\u001B\[[0-9;]*m/g, '');

/** A fake executor that records what was sent and reports every approved change as done. */
function fakeExecute(fail: ReadonlySet<string> = new Set()) {
  const sent: string[] = [];
  const execute = vi.fn<Execute>(async (approved, onStatus) => {
    const outcomes: ChangeOutcome[] = [];
    for (const c of reviewPlan().changes) {
      if (!approved.has(c.id)) {
        outcomes.push({ id: c.id, status: 'skipped', reason: 'not approved' });
        continue;
      }
      onStatus?.({ id: c.id, status: 'running' });
      sent.push(c.id);
      const o: ChangeOutcome = fail.has(c.id)
        ? { id: c.id, status: 'failed', reason: 'HTTP 422 invalid iban' }
        : { id: c.id, status: 'done' };
      onStatus?.(o);
      outcomes.push(o);
    }
    return outcomes;
  });
  return { execute, sent };
}

async function setup(execute: Execute = fakeExecute().execute) {
  const onDone = vi.fn();
  const ui = render(<Review plan={reviewPlan()} execute={execute} onDone={onDone} />);
  // useInput attaches in an effect (input written before it is lost); wait for it rather than for a fixed tick.
  await vi.waitFor(() => expect(ui.stdin.listenerCount('readable')).toBeGreaterThan(0));
  const press = async (...keys: string[]) => {
    for (const k of keys) {
      ui.stdin.write(k);
      await tick();
    }
  };
  const frame = () => unstyled(ui.lastFrame());
  // A loaded CI machine may need more than one tick for a key's render (and longer for an effect such as execute).
  const shows = (text: string) => vi.waitFor(() => expect(frame()).toContain(text));
  return { ...ui, onDone, press, frame, shows };
}

afterEach(() => cleanup());

describe('Review', () => {
  it('shows people with counts and symbols, nothing approved, and the key help', async () => {
    const { frame } = await setup();
    expect(frame()).toMatchInlineSnapshot(`
      "❯ alice +1 ~2 (0/3 approved)
          [ ] + kimai user ▸
          [ ] ~ kimai preferences blocked: needs kimai:alice:user ▸
          [ ] ~ papershift payroll bank account (1 warning) ▸
        bob !1 (0/1 approved)
          [ ] ! kimai user ▸

      0 of 4 approved
      ↑/↓ move · enter details · space approve/skip · a approve all · y apply approved · q/esc quit"
    `);
  });

  it('q quits with nothing sent', async () => {
    const { execute } = fakeExecute();
    const { press, onDone } = await setup(execute);
    await press(' ', 'q');
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith(null));
    expect(execute).not.toHaveBeenCalled();
  });

  it.each([
    ['Escape', ESC],
    ['Ctrl-C', CTRL_C],
  ])('%s quits with nothing sent', async (_name, key) => {
    const { execute } = fakeExecute();
    const { press, onDone } = await setup(execute);
    await press('a', key);
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith(null));
    expect(execute).not.toHaveBeenCalled();
  });

  it('y with nothing approved says so and stays in review', async () => {
    const { execute } = fakeExecute();
    const { press, shows, onDone } = await setup(execute);
    await press('y');
    await shows('Nothing is approved');
    expect(execute).not.toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('space on a person row approves all their changes and y sends exactly those', async () => {
    const { execute, sent } = fakeExecute();
    const { press, shows, onDone } = await setup(execute);
    await press(' ');
    await shows('3 of 4 approved');
    await press('y');
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(execute).toHaveBeenCalledTimes(1);
    expect(new Set(execute.mock.calls[0]![0])).toEqual(new Set([ALICE_USER, ALICE_PREFS, ALICE_PAYROLL]));
    expect(sent).toEqual([ALICE_USER, ALICE_PREFS, ALICE_PAYROLL]);
    expect(onDone.mock.calls[0]![0]).toContainEqual({
      id: BOB_USER,
      status: 'skipped',
      reason: 'not approved',
    });
  });

  it('approving a dependent also approves its dependency', async () => {
    const { execute } = fakeExecute();
    const { press, frame, shows } = await setup(execute);
    await press(DOWN, DOWN, ' ');
    await shows('2 of 4 approved');
    expect(frame()).not.toContain('blocked');
    await press('y');
    await vi.waitFor(() => expect(execute).toHaveBeenCalledTimes(1));
    expect(new Set(execute.mock.calls[0]![0])).toEqual(new Set([ALICE_USER, ALICE_PREFS]));
  });

  it('skipping a dependency shows its approved dependent as blocked', async () => {
    const { press, frame, shows } = await setup();
    await press(DOWN, DOWN, ' ', UP, ' ');
    await shows('[x] ~ kimai preferences blocked: needs kimai:alice:user');
    expect(frame()).toContain('1 of 4 approved (1 blocked by a skipped dependency)');
  });

  it('enter expands a change into its field diff with sensitive values masked and warnings', async () => {
    const { press, frame, shows } = await setup();
    await press(DOWN, DOWN, DOWN, ENTER);
    await shows('payroll.iban');
    const out = frame();
    expect(out).toContain('payroll.iban: (sensitive) -> (sensitive)');
    expect(out).toContain('payroll.taxClass: 1 -> 3');
    expect(out).toContain('warning: full replace: fields not declared are erased');
    expect(out).not.toContain('DE89');
    expect(out).not.toContain('DE02');
    await press(ENTER);
    await vi.waitFor(() => expect(frame()).not.toContain('payroll.iban'));
  });

  it('shows live progress, failures with their reason and the closing summary', async () => {
    const { execute } = fakeExecute(new Set([ALICE_PAYROLL]));
    const { press, frame, onDone } = await setup(execute);
    await press('a', 'y');
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    const out = frame();
    expect(out).toContain('✓ + alice: kimai user done');
    expect(out).toContain('✗ ~ alice: papershift payroll bank account failed (HTTP 422 invalid iban)');
    expect(out).toContain('██████████████████████████████ 4/4');
    expect(out).toContain('Apply complete: 3 applied, 1 failed, 0 skipped.');
  });

  it('shows running changes while the executor works', async () => {
    let finish: (o: ChangeOutcome[]) => void = () => undefined;
    const execute = vi.fn<Execute>((approved, onStatus) => {
      onStatus?.({ id: BOB_USER, status: 'running' });
      return new Promise((r) => (finish = r));
    });
    const { press, frame, onDone } = await setup(execute);
    await press(DOWN, DOWN, DOWN, DOWN, ' ', 'y');
    await vi.waitFor(() => expect(frame()).toContain('… ! bob: kimai user running'));
    expect(frame()).toContain('░ 0/1');
    expect(onDone).not.toHaveBeenCalled();
    finish([{ id: BOB_USER, status: 'done' }]);
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith([{ id: BOB_USER, status: 'done' }]));
  });

  it('reports an executor error instead of outcomes', async () => {
    const execute = vi.fn<Execute>(async () => {
      throw new Error('lock lost');
    });
    const { press, frame, onDone } = await setup(execute);
    await press('a', 'y');
    await vi.waitFor(() => expect(frame()).toContain('Apply stopped: lock lost'));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith(null, expect.objectContaining({ message: 'lock lost' })));
  });
});
