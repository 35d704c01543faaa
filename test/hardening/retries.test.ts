// providers.*.retries: how often a failed request is sent again before the run gives up with the API's answer.
import { afterEach, describe, expect, it } from 'vitest';
import type { Fault } from '../../src/sim/common/server.js';
import { DATE, hardenedSandbox, stackLines, type Hardened } from './harness.js';

let ext: Hardened | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

/** Kimai answers every look-up of the token's own user with 503: a read that never succeeds. */
const unavailable = (): Fault => ({ kind: 'status', status: 503, method: 'GET', pathPrefix: '/api/users/me' });

describe('retries (providers.*.retries)', () => {
  it.each([
    { retries: 0, sent: 1 },
    { retries: 2, sent: 3 },
  ])('retries: $retries → the failing request is sent $sent times, then a clear error', async ({ retries, sent }) => {
    const fault = unavailable();
    ext = await hardenedSandbox({ kimai: { faults: [fault] } }, { retries });
    const r = await ext.cli('plan', ...DATE);
    expect(r.code).toBe(1);
    expect(fault.fired).toBe(sent);
    expect(r.stderr).toMatch(/kimai: GET \/api\/users\/me .*503/);
    expect(stackLines(r.stderr + r.stdout)).toEqual([]);
  });

  it('is refused outside 0..10, at its line and column', async () => {
    ext = await hardenedSandbox({}, { retries: 11 });
    const r = await ext.cli('validate');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/environments\/ext\/environment\.yaml:\d+:\d+ providers\.kimai\.retries/);
  });
});
