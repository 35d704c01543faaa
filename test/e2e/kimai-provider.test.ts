// End to end against the simulator: read → plan → send the planned requests → read + plan again = nothing to do.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pointerGet, resolveRequest } from '../../src/apply/refs.js';
import { createHttpClient } from '../../src/http/client.js';
import type { HttpClient } from '../../src/http/types.js';
import type { Progress } from '../../src/model/provider.js';
import { kimaiAuth, kimaiProvider } from '../../src/providers/kimai/index.js';
import type { Simulator } from '../../src/sim/common/types.js';
import { startKimaiSim, type KimaiSeed } from '../../src/sim/kimai/index.js';
import { contract, input, person, weekContract } from '../helpers/kimai-people.js';

const progress: Progress = { update: () => undefined };

let sim: Simulator<KimaiSeed>;
let http: HttpClient;

beforeEach(async () => {
  sim = await startKimaiSim({
    seed: {
      users: [
        { id: 1, username: 'admin', email: 'admin@example.com', roles: ['ROLE_SUPER_ADMIN'], apiToken: 'tok' },
        { id: 2, username: 'janedoe', email: 'jane.doe@example.com', alias: 'Janie', preferences: { work_contract_type: 'day', work_friday: '28800' } },
        { id: 3, username: 'stray', email: 'stray@example.com' },
        { id: 4, username: 'oldtimer', email: 'old.timer@example.com', alias: 'Old Timer' },
      ],
    },
  });
  http = createHttpClient({ system: 'kimai', baseUrl: sim.url, auth: kimaiAuth(sim.credentials as { token: string }), maxRetries: 0 });
});
afterEach(async () => {
  await http.close();
  await sim.close();
});

const people = () => [
  person('jane.doe', { contracts: [contract({ start: '2024-01-01', end: '2025-12-31' }), contract({ start: '2026-01-01', publicHolidayGroup: 2 })] }, { roles: ['ROLE_TEAMLEAD'] }),
  person('max.new', { contracts: [weekContract({ start: '2026-02-01', vacationDays: 27.5 })] }, { title: 'Engineer', timezone: 'Europe/Vienna' }),
  person('mo.nth', { contracts: [contract({ type: 'month', days: {}, monthlySeconds: 432000, workDays: ['mon', 'wed'] })] }),
  person('old.timer', { leaveDate: '2026-03-31' }),
];

/** Sends every planned request in order, filling {{refs}} from captures, as the executor does. */
async function applyAll(changes: ReturnType<typeof kimaiProvider.plan>['changes']): Promise<Map<string, string>> {
  const refs = new Map<string, string>();
  for (const change of changes) {
    for (const planned of change.requests) {
      const req = resolveRequest(planned, refs, () => 'Generated-pass-123');
      const res = await http.send({ method: req.method, path: req.path, body: req.body, idempotent: req.idempotent });
      for (const c of planned.capture ?? []) refs.set(c.ref, String(pointerGet(res.body, c.pointer)));
    }
  }
  return refs;
}

describe('kimai provider against the simulator', () => {
  it('converges: a second plan after apply is empty', async () => {
    const plan1Input = input(people(), {}, { unmanaged: 'deactivate' });
    const actual = await kimaiProvider.read(http, plan1Input, progress);
    const plan = kimaiProvider.plan(plan1Input, actual);
    expect(plan.errors).toEqual([]);
    expect(plan.changes.map((c) => `${c.id} ${c.action}`)).toEqual([
      'kimai:jane.doe:user update',
      'kimai:jane.doe:preferences update',
      'kimai:max.new:user create',
      'kimai:max.new:preferences update',
      'kimai:mo.nth:user create',
      'kimai:mo.nth:preferences update',
      'kimai:old.timer:user deactivate',
      'kimai:old.timer:preferences update',
      'kimai:#3:user deactivate',
    ]);
    // The token owner stays enabled: a warning, not a change.
    expect(plan.warnings.join()).toMatch(/admin owns the API token/);

    const refs = await applyAll(plan.changes);
    expect(refs.get('kimai:max.new')).toMatch(/^\d+$/);

    const again = kimaiProvider.plan(plan1Input, await kimaiProvider.read(http, plan1Input, progress));
    expect(again.errors).toEqual([]);
    expect(again.changes).toEqual([]);

    const snap = sim.snapshot();
    const max = snap.users.find((u) => u.username === 'maxnew')!;
    expect(max).toMatchObject({ enabled: true, title: 'Engineer', timezone: 'Europe/Vienna', alias: 'Max New' });
    expect(max.preferences).toMatchObject({ work_contract_type: 'week', hours_per_week: '144000', work_days_week: '1,2,3,4,5', holidays: '27.5', work_start_day: '2026-02-01' });
    expect(snap.users.find((u) => u.username === 'month')!.preferences).toMatchObject({
      work_contract_type: 'month',
      hours_per_month: '432000',
      work_days_month: '1,3',
    });
    const jane = snap.users.find((u) => u.id === 2)!;
    expect(jane).toMatchObject({ alias: 'Jane Doe', roles: ['ROLE_TEAMLEAD'] });
    expect(jane.preferences).toMatchObject({ work_friday: '14400', public_holiday_group: '2', work_start_day: '2024-01-01', work_last_day: null });
    expect(snap.users.find((u) => u.id === 3)!.enabled).toBe(false);
    expect(snap.users.find((u) => u.id === 4)!.enabled).toBe(false);
  });

  it('reads with exactly two requests', async () => {
    const before = sim.server.log.length;
    await kimaiProvider.read(http, input([]), progress);
    expect(sim.server.log.slice(before).map((l) => `${l.method} ${l.path}?${l.query}`).sort()).toEqual(['GET /api/users/me?', 'GET /api/users?visible=3&full=true']);
  });

  it('finds a user whose create answer was lost', async () => {
    const inp = input([person('max.new')]);
    const plan = kimaiProvider.plan(inp, await kimaiProvider.read(http, inp, progress));
    const create = plan.changes[0]!;
    const ctx = { http, refs: new Map<string, string>() };
    expect(await kimaiProvider.findCreated!(create, create.requests[0]!, ctx)).toBeNull();
    await applyAll([create]);
    const found = await kimaiProvider.findCreated!(create, create.requests[0]!, ctx);
    expect(found).toEqual({ 'kimai:max.new': expect.stringMatching(/^\d+$/) });
  });

  it('finds a lost create whose username the term search would misread (a colon: a preference search)', async () => {
    const inp = input([person('ops.max', {}, { username: 'ops:max' })]);
    const plan = kimaiProvider.plan(inp, await kimaiProvider.read(http, inp, progress));
    const create = plan.changes[0]!;
    const ctx = { http, refs: new Map<string, string>() };
    expect(await kimaiProvider.findCreated!(create, create.requests[0]!, ctx)).toBeNull();
    await applyAll([create]);
    expect(await kimaiProvider.findCreated!(create, create.requests[0]!, ctx)).toEqual({ 'kimai:ops.max': expect.stringMatching(/^\d+$/) });
  });

  it('asks for the plugins only when a week or month contract is declared, and refuses one Kimai cannot store', async () => {
    const days = input([person('jane.doe')]);
    await kimaiProvider.read(http, days, progress);
    expect(sim.server.log.filter((l) => l.path === '/api/plugins')).toEqual([]);

    const week = input([person('max.new', { contracts: [weekContract({ start: '2026-02-01' })] })]);
    const withPlugin = await kimaiProvider.read(http, week, progress);
    expect(withPlugin.contractPlugin).toBe(true);
    expect(kimaiProvider.plan(week, withPlugin).errors).toEqual([]);

    const core = await startKimaiSim({ plugin: false, seed: { users: [{ id: 1, username: 'admin', email: 'admin@example.com', roles: ['ROLE_SUPER_ADMIN'], apiToken: 'tok' }] } });
    const coreHttp = createHttpClient({ system: 'kimai', baseUrl: core.url, auth: kimaiAuth({ token: 'tok' }), maxRetries: 0 });
    try {
      const actual = await kimaiProvider.read(coreHttp, week, progress);
      expect(actual.contractPlugin).toBe(false);
      const plan = kimaiProvider.plan(week, actual);
      expect(plan.errors).toEqual([expect.stringMatching(/^kimai: max\.new: a week contract needs Kimai's working-contract plugin/)]);
      // The user is still planned; the preferences that would fail half-way are not.
      expect(plan.changes.map((c) => c.resource)).toEqual(['user']);
    } finally {
      await coreHttp.close();
      await core.close();
    }
  });

  it('plans with a warning when /api/plugins tells nothing (404 as JSON or as an HTML page)', async () => {
    const week = input([person('max.new', { contracts: [weekContract({ start: '2026-02-01' })] })]);
    for (const fault of [{ kind: 'status' as const, status: 404 }, { kind: 'html' as const, status: 404 }]) {
      const old = await startKimaiSim({
        seed: { users: [{ id: 1, username: 'admin', email: 'admin@example.com', roles: ['ROLE_SUPER_ADMIN'], apiToken: 'tok' }] },
        knobs: { faults: [{ ...fault, pathPrefix: '/api/plugins' }] },
      });
      const oldHttp = createHttpClient({ system: 'kimai', baseUrl: old.url, auth: kimaiAuth({ token: 'tok' }), maxRetries: 0 });
      try {
        const actual = await kimaiProvider.read(oldHttp, week, progress);
        expect(actual.contractPlugin).toBeUndefined();
        const plan = kimaiProvider.plan(week, actual);
        expect(plan.errors).toEqual([]);
        expect(plan.changes.find((c) => c.resource === 'preferences')!.warnings.join()).toMatch(/working-contract plugin/);
      } finally {
        await oldHttp.close();
        await old.close();
      }
    }
  });
});
