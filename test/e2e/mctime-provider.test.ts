// The McTime provider against the strict simulator: plan -> prepare -> send must not lose any stored value.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Change } from '../../src/generated/plan.js';
import { createHttpClient } from '../../src/http/client.js';
import type { HttpClient } from '../../src/http/types.js';
import { StaleError, type PlanInput } from '../../src/model/provider.js';
import { mctimeAuth, mctimeProvider } from '../../src/providers/mctime/index.js';
import { startMcTimeSim, type McTimeSeed } from '../../src/sim/mctime/index.js';
import type { Simulator } from '../../src/sim/common/types.js';
import { at, call } from '../helpers/mctime-fetch.js';
import { anna, newcomer, planInput } from '../helpers/mctime-people.js';
import { ADMIN_KEY, ANNA, baseSeed } from '../helpers/mctime-seed.js';

const NOW = new Date('2026-06-15T12:00:00Z');
const progress = { update: () => {} };
let sim: Simulator<McTimeSeed>;
let http: HttpClient;

beforeEach(async () => {
  sim = await startMcTimeSim({ seed: baseSeed(), now: () => NOW });
  http = createHttpClient({
    system: 'mctime',
    baseUrl: sim.url,
    auth: mctimeAuth(sim.credentials.apiKey!),
    maxRetries: 0,
  });
});
afterEach(async () => {
  await http.close();
  await sim.close();
});

async function plan(input: PlanInput) {
  return mctimeProvider.plan(input, await mctimeProvider.read(http, input, progress));
}

async function apply(changes: Change[]): Promise<void> {
  const refs = new Map<string, string>();
  for (const change of changes)
    for (const planned of change.requests) {
      const req = await mctimeProvider.prepare!(change, planned, { http, refs });
      const res = await http.send({
        method: req.method,
        path: req.path,
        body: req.body,
        idempotent: req.idempotent,
      });
      for (const c of req.capture ?? [])
        refs.set(c.ref, String(at(res.body, c.pointer.split('/').filter(Boolean).join('.'))));
    }
}

const storedAnna = () => sim.snapshot().users.find((u) => u.id === ANNA)!;

describe('mctime provider end to end', () => {
  it('applies a declared change without losing bank, payroll, export ids, undeclared employments or the login block', async () => {
    const before = storedAnna();
    const input = planInput([anna(), newcomer()]);
    const first = await plan(input);
    expect(first.errors).toEqual([]);
    expect(first.changes.map((c) => `${c.action} ${c.id}`).sort()).toEqual([
      'create mctime:nina.neu:user',
      'update mctime:anna.berger:user',
    ]);
    const update = first.changes.find((c) => c.action === 'update')!;
    expect(update.warnings).toContain(
      'employment starting 2019-01-01 is not declared; kept by re-sending it',
    );
    expect(update.warnings).toContain('bankDetails of employment 2025-01-01 not declared; re-sent unchanged');

    await apply(first.changes);

    const after = storedAnna();
    // the only leaf that changed is the declared position
    const expected = structuredClone(before);
    (
      expected.userEmployments as Array<Record<string, Record<string, unknown>>>
    )[1]!.employmentContract!.position = 'Senior Engineer';
    expect(after).toEqual(expected);
    for (const path of [
      'userEmployments[0].bankDetails.iban',
      'userEmployments[1].bankDetails.iban',
      'userEmployments[1].payrollInformation.taxIdentificationNumber',
      'exportIds.hardwareTerminalChipId',
      'availableLoginMethods',
      'address.id',
      'customFlag',
    ])
      expect([path, at(after, path)]).toEqual([path, at(before, path)]);
    // the simulator's audit log of that POST: nothing removed, one leaf changed
    const origin = sim.url.replace(/\/api\/v2\/auth$/, '');
    const log = (await call(origin, 'GET', `/__sim/users/${ANNA}/history`)).body as Array<{
      removed: unknown[];
      changed: Array<{ path: string }>;
    }>;
    expect(log.at(-1)!.removed).toEqual([]);
    expect(log.at(-1)!.changed.map((c) => c.path)).toEqual([
      'userEmployments[00000000-0000-4000-8000-00000000e002].employmentContract.position',
    ]);

    const second = await plan(input);
    expect(second.errors).toEqual([]);
    expect(second.changes).toEqual([]);
  });

  it('keeps a concurrent edit of another field and refuses a stale one', async () => {
    const input = planInput([anna()]);
    const { changes } = await plan(input);
    const raw = at(
      (await call(sim.url, 'GET', `/users/${ANNA}`, { key: ADMIN_KEY })).body,
      'items[0].data',
    ) as Record<string, unknown>;
    // someone edits the phone number between plan and apply (a careful full-record edit)
    const edited = await call(sim.url, 'POST', '/users', {
      key: ADMIN_KEY,
      body: { ...raw, birthDate: '1985-02-01', mobilePhoneNumber: '+43 111' },
    });
    expect(edited.status).toBe(200);
    await apply(changes);
    expect(storedAnna().mobilePhoneNumber).toBe('+43 111');
    expect(at(storedAnna(), 'userEmployments[1].employmentContract.position')).toBe('Senior Engineer');

    // now someone changes the field the plan touches
    const again = await plan(planInput([anna({ firstName: 'Annabel' })]));
    const fresh = at(
      (await call(sim.url, 'GET', `/users/${ANNA}`, { key: ADMIN_KEY })).body,
      'items[0].data',
    ) as Record<string, unknown>;
    await call(sim.url, 'POST', '/users', {
      key: ADMIN_KEY,
      body: { ...fresh, birthDate: '1985-02-01', firstName: 'Anne' },
    });
    const change = again.changes[0]!;
    await expect(
      mctimeProvider.prepare!(change, change.requests[0]!, { http, refs: new Map() }),
    ).rejects.toBeInstanceOf(StaleError);
  });

  it('finds a created user after an unclear create', async () => {
    const input = planInput([newcomer()]);
    const create = (await plan(input)).changes[0]!;
    await apply([create]);
    const found = await mctimeProvider.findCreated!(create, create.requests[0]!, { http, refs: new Map() });
    expect(found).toEqual({ 'mctime:nina.neu': expect.stringMatching(/^[0-9a-f-]{36}$/) });
    const none = await mctimeProvider.findCreated!(
      create,
      { ...create.requests[0]!, body: { email: 'nobody@example.com' } },
      { http, refs: new Map() },
    );
    expect(none).toBeNull();
  });

  it('refuses to guess when the create happened twice', async () => {
    // Whether McTime refuses a second user with one e-mail is unknown (mctime.md §7): the lenient switch.
    await sim.close();
    sim = await startMcTimeSim({ seed: baseSeed(), now: () => NOW, duplicateEmail: 'allow' });
    await http.close();
    http = createHttpClient({
      system: 'mctime',
      baseUrl: sim.url,
      auth: mctimeAuth(sim.credentials.apiKey!),
      maxRetries: 0,
    });
    const create = (await plan(planInput([newcomer()]))).changes[0]!;
    await apply([create]);
    // The same create again, as if a lost answer had made it run twice.
    const second = await call(sim.url, 'POST', '/users', { key: ADMIN_KEY, body: create.requests[0]!.body });
    expect(second.body, JSON.stringify(second.body)).toMatchObject({ valid: true });
    await expect(
      mctimeProvider.findCreated!(create, create.requests[0]!, { http, refs: new Map() }),
    ).rejects.toThrow(/2 records match .*more than once/);
  });

  it('matches a leaver among inactive users and does not recreate them', async () => {
    const leaver = anna({ leaveDate: '2026-05-31' });
    await apply((await plan(planInput([leaver]))).changes);
    expect(storedAnna().validTo).toBe('2026-05-31T23:59:59+00:00');
    const again = await plan(planInput([leaver]));
    expect(again.changes).toEqual([]);
    expect(again.errors).toEqual([]);
  });
});
