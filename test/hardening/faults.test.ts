// Fault matrix (a)–(d), end to end against the simulators: the first apply meets the fault; re-runs (with the
// fault still active) must converge to exactly the state of a clean run, with nothing created twice.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Fault } from '../../src/sim/common/server.js';
import { expectConverged } from './converge.js';
import {
  cleanReference,
  DATE,
  hardenedSandbox,
  stackLines,
  type Connection,
  type Hardened,
  type SimKnobs,
} from './harness.js';
import { allState, mctimeState, repeatedCreates } from './state.js';

let reference: ReturnType<typeof allState>;
let ext: Hardened | undefined;
beforeAll(async () => {
  reference = await cleanReference();
});
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

const everywhere = (faults: Fault[]): SimKnobs => ({
  kimai: { faults: faults.map((f) => ({ ...f })) },
  papershift: { faults: faults.map((f) => ({ ...f })) },
  mctime: { faults: faults.map((f) => ({ ...f })) },
});

/** Applies until it reports success (at most `runs` times), waiting `settleMs` between runs for slow requests. */
async function applyUntilDone(runs: number, settleMs = 0): Promise<number[]> {
  const codes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await ext!.cli('apply', '--auto-approve', ...DATE);
    expect(stackLines(r.stderr + r.stdout)).toEqual([]);
    // A failure is reported per change, with the system and the request.
    for (const line of r.stdout.split('\n').filter((l) => l.startsWith('Failed: ')))
      expect(line).toMatch(/^Failed: (kimai|papershift|mctime):/);
    codes.push(r.code);
    if (settleMs) await sleep(settleMs);
    if (r.code === 0) break;
  }
  return codes;
}

/** Exit codes of the applies, and how often the injected faults fired. */
async function runCase(
  knobs: SimKnobs,
  conn: Connection,
  runs: number,
  settleMs = 0,
): Promise<{ codes: number[]; fired: number }> {
  ext = await hardenedSandbox(knobs, conn);
  const injected = Object.values(ext.sims).flatMap((s) => s.server.knobs.faults);
  const before = mctimeState(ext.sims.mctime);
  const codes = await applyUntilDone(runs, settleMs);
  // Re-runs with the faults still on usually finish the job; whether they do within `runs` is chance (each
  // can lose a create to a fault). With the systems healthy again, one more run must finish it.
  if (codes.at(-1) !== 0) {
    ext.heal();
    codes.push(...(await applyUntilDone(1)));
  }
  expect(codes.at(-1)).toBe(0);
  await expectConverged(ext, reference, before);
  return { codes, fired: injected.reduce((n, f) => n + (f.fired ?? 0), 0) };
}

describe('fault matrix', () => {
  it('(a) a 429 storm with Retry-After: one apply converges', async () => {
    const storm = { requests: 5, windowMs: 1000, retryAfterSec: 1 };
    const { codes } = await runCase(
      { kimai: { rateLimit: storm }, papershift: { rateLimit: storm }, mctime: { rateLimit: storm } },
      {},
      1,
    );
    expect(codes).toEqual([0]);
    // The storm really happened: every system answered 429 at least once.
    for (const s of Object.values(ext!.sims))
      expect(
        s.server.log.some((l) => l.status === 429),
        s.name,
      ).toBe(true);
  });

  it('(b) 5xx on 20% of all requests (before and after the write): re-runs converge', async () => {
    const faults: Fault[] = [
      { kind: 'status', status: 503, probability: 0.15 },
      { kind: 'status', status: 500, probability: 0.05, after: true },
    ];
    const { fired } = await runCase(everywhere(faults), {}, 3);
    expect(fired).toBeGreaterThan(0);
    for (const s of Object.values(ext!.sims))
      expect(
        s.server.log.some((l) => l.status >= 500),
        s.name,
      ).toBe(true);
  });

  it('(c) connection resets (before and after the write): re-runs converge', async () => {
    const faults: Fault[] = [
      { kind: 'reset', probability: 0.15 },
      { kind: 'reset', probability: 0.05, after: true },
    ];
    const { fired } = await runCase(everywhere(faults), {}, 3);
    expect(fired).toBeGreaterThan(0);
    for (const s of Object.values(ext!.sims))
      expect(
        s.server.log.some((l) => l.status === 0),
        s.name,
      ).toBe(true);
  });

  it('(d) timeouts mid-apply (answers slower than timeoutMs): re-runs converge', async () => {
    // Only writes are slowed, so the plan's reads pass and the timeouts hit apply. "after": the write happened
    // and only its answer is late; "before": the server acts after the client gave up.
    const slow = (method: string, after: boolean): Fault => ({
      kind: 'slow',
      delayMs: 900,
      method,
      probability: 0.4,
      times: 3,
      after,
    });
    const faults = ['POST', 'PATCH', 'PUT', 'DELETE'].flatMap((m) => [slow(m, true), slow(m, false)]);
    const { fired } = await runCase(everywhere(faults), { timeoutMs: 500 }, 3, 1000);
    expect(fired).toBeGreaterThan(0);
  });

  it('(d) a create that times out while the server is still working on it is not sent again', async () => {
    // Creates are held 2.5 s before the server acts; the client gives up after 0.5 s and looks the record up
    // (not there yet). Sending the create again would make a second user once the first one completes.
    const slowCreate = (pathPrefix: string): Fault => ({
      kind: 'slow',
      delayMs: 2500,
      method: 'POST',
      pathPrefix,
    });
    ext = await hardenedSandbox(
      {
        kimai: { faults: [slowCreate('/api/users')] },
        mctime: { faults: [slowCreate('/api/v2/auth/users')] },
      },
      { timeoutMs: 500 },
    );
    const before = mctimeState(ext.sims.mctime);
    // tobias.hofer is missing everywhere: his changes are the Kimai and McTime creates (and what depends on them).
    const first = await ext.cli('apply', '--auto-approve', '--target', 'tobias.hofer', ...DATE);
    expect(first.code).toBe(1);
    expect(stackLines(first.stderr + first.stdout)).toEqual([]);
    expect(first.stdout).toMatch(/Failed: kimai:tobias\.hofer:user: .*timed out.*not sent again/);
    expect(first.stdout).toMatch(/Failed: mctime:tobias\.hofer:user: .*timed out.*not sent again/);
    await sleep(2800); // the held creates complete now
    expect(repeatedCreates(ext.sims)).toEqual([]);
    ext.heal();
    expect((await ext.cli('apply', '--auto-approve', ...DATE)).code).toBe(0);
    expect(repeatedCreates(ext.sims)).toEqual([]);
    await expectConverged(ext, reference, before);
  });
});
