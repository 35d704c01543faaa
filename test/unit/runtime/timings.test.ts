import { describe, expect, it } from 'vitest';
import { formatTimings, PhaseTimer } from '../../../src/runtime/timings.js';

/** Clocks that advance only when told: cpu and wall in ms. */
function fakeClocks(cpu0: number, wall0: number) {
  const now = { cpu: cpu0, wall: wall0 };
  return { now, clocks: { cpu: () => now.cpu, wall: () => now.wall } };
}

describe('PhaseTimer', () => {
  it('counts start-up, each phase, an inner phase out of its outer one, and the rest as other', async () => {
    const { now, clocks } = fakeClocks(200, 150);
    const timer = new PhaseTimer(clocks);
    await timer.timeAsync('load', async () => {
      now.cpu += 1000;
      now.wall += 900;
    });
    await timer.timeAsync('read', async () => {
      now.cpu += 3000;
      now.wall += 5000;
      timer.time('plan', () => {
        now.cpu += 400;
        now.wall += 400;
      });
      await Promise.resolve();
      timer.time('plan', () => {
        now.cpu += 100;
        now.wall += 100;
      });
    });
    timer.time('render', () => {
      now.cpu += 50;
      now.wall += 50;
    });
    now.cpu += 20;
    now.wall += 30;
    expect(timer.report()).toEqual([
      { phase: 'start-up', cpuMs: 200, wallMs: 150 },
      { phase: 'load', cpuMs: 1000, wallMs: 900 },
      { phase: 'read', cpuMs: 3000, wallMs: 5000 },
      { phase: 'plan', cpuMs: 500, wallMs: 500 },
      { phase: 'render', cpuMs: 50, wallMs: 50 },
      { phase: 'other', cpuMs: 20, wallMs: 30 },
    ]);
    expect(formatTimings(timer.report())).toBe(
      'timings (CPU s / wall s): start-up 0.20/0.15 · load 1.00/0.90 · read 3.00/5.00 · plan 0.50/0.50 · render 0.05/0.05 · other 0.02/0.03 · total 4.77/6.63',
    );
  });

  it('still counts a phase that throws', () => {
    const { now, clocks } = fakeClocks(0, 0);
    const timer = new PhaseTimer(clocks);
    expect(() =>
      timer.time('plan', () => {
        now.cpu += 10;
        throw new Error('x');
      }),
    ).toThrow('x');
    expect(timer.report().find((r) => r.phase === 'plan')?.cpuMs).toBe(10);
  });
});
