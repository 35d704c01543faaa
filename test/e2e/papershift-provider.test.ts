// The Papershift provider against the strict simulator: read → plan → send the planned requests → plan again
// gives no changes, and workdays that did not change keep their ids.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pointerGet, resolveRequest } from '../../src/apply/refs.js';
import type { Change } from '../../src/generated/plan.js';
import { createHttpClient } from '../../src/http/client.js';
import { PAPERSHIFT_WIRE } from '../../src/providers/papershift/api.js';
import type { HttpClient } from '../../src/http/types.js';
import type { PlanInput } from '../../src/model/provider.js';
import { papershiftAuth, papershiftProvider } from '../../src/providers/papershift/index.js';
import { startPapershiftSim, type PapershiftSeed, type PapershiftSimulator } from '../../src/sim/papershift/index.js';
import { dayContract, person, planInput, weekContract } from '../helpers/papershift-people.js';

const H = 3600;
const JANE = '7d1c2a3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const STRAY = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const MODEL = '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e';
const OLD_MODEL = '3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f';
const wd = (i: number) => `4d5e6f7a-8b9c-4d0e-9f1a-${String(i).padStart(12, '0')}`;

function seed(): PapershiftSeed {
  return {
    account: { id: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b', name: 'Acme GmbH' },
    identities: [],
    users: [
      { id: JANE, name: 'Jane Smith', email: 'Jane.Doe@acme.example', status: 'active' },
      { id: STRAY, name: 'Stray Cat', email: 'stray@acme.example', status: 'active' },
    ],
    payroll: {},
    models: [
      {
        id: MODEL,
        user_id: JANE,
        pattern: 'weekly',
        start_date: '2025-01-01',
        discarded_at: null,
        workdays: [0, 1, 2, 3, 4].map((d) => ({ id: wd(d), day_of_week: d, seconds: 8 * H })),
      },
      { id: OLD_MODEL, user_id: JANE, pattern: 'weekly', start_date: '2024-01-01', discarded_at: null, workdays: [{ id: wd(9), day_of_week: 0, seconds: H }] },
    ],
  };
}

let sim: PapershiftSimulator;
let http: HttpClient;
const progress = { update: () => {} };

beforeEach(async () => {
  sim = await startPapershiftSim({ seed: seed() });
  http = createHttpClient({
    system: 'papershift',
    baseUrl: sim.url,
    ...PAPERSHIFT_WIRE,
    auth: papershiftAuth({ email: sim.credentials.email!, password: sim.credentials.password! }),
    maxRetries: 0,
  });
});
afterEach(async () => {
  await http.close();
  await sim.close();
});

async function plan(input: PlanInput) {
  return papershiftProvider.plan(input, await papershiftProvider.read(http, input, progress));
}

/** Sends every planned request in plan order, filling {{refs}} from earlier captures, as apply does. */
async function apply(changes: Change[]): Promise<void> {
  const refs = new Map<string, string>();
  for (const change of changes)
    for (const planned of change.requests) {
      const req = resolveRequest(planned, refs);
      const res = await http.send({ method: req.method, path: req.path, body: req.body, idempotent: req.idempotent });
      for (const c of req.capture ?? []) refs.set(c.ref, String(pointerGet(res.body, c.pointer)));
    }
}

const workdaysOf = (modelId: string) => sim.snapshot().models.find((m) => m.id === modelId)!.workdays;

describe('papershift provider end to end', () => {
  it('creates, updates and soft-deletes until a second plan has no changes; unchanged workdays keep their ids', async () => {
    const jane = person('jane.doe', {
      contracts: [dayContract('2025-01-01', { mon: 8 * H, tue: 8 * H, wed: 8 * H, thu: 8 * H, sat: 4 * H }), weekContract('2026-03-01', 38 * H + 30 * 60)],
      systems: { papershift: { staffNumber: 1042 } },
    });
    const newbie = person('nina.neu', { contracts: [weekContract('2026-01-01', 40 * H, ['mon', 'wed', 'fri'])], systems: { papershift: { staffNumber: 7 } } });
    const input = planInput([jane, newbie], { unmanaged: 'deactivate' });
    const first = await plan(input);
    expect(first.errors).toEqual([]);
    expect(first.changes.map((c) => `${c.action} ${c.id}`).sort()).toEqual([
      'create papershift:jane.doe:payroll',
      'create papershift:jane.doe:working-time-model:2026-03-01',
      'create papershift:nina.neu:payroll',
      'create papershift:nina.neu:user',
      'create papershift:nina.neu:working-time-model:2026-01-01',
      `deactivate papershift:${STRAY}:user`,
      'delete papershift:jane.doe:working-time-model:2024-01-01',
      'update papershift:jane.doe:user',
      'update papershift:jane.doe:working-time-model:2025-01-01',
    ]);
    // The API identity's own user is listed as unmanaged, but never deactivated.
    const bot = sim.snapshot().identities[0]!.userId;
    expect(first.unmanaged.map((u) => u.id).sort()).toEqual([STRAY, bot].sort());

    await apply(first.changes);

    const second = await plan(input);
    expect(second.errors).toEqual([]);
    expect(second.changes).toEqual([]);

    const days = workdaysOf(MODEL);
    expect(days.map((w) => [w.id, w.day_of_week, w.seconds])).toEqual([
      [wd(0), 0, 8 * H],
      [wd(1), 1, 8 * H],
      [wd(2), 2, 8 * H],
      [wd(3), 3, 8 * H],
      [expect.any(String), 5, 4 * H],
    ]);
    const state = sim.snapshot();
    const nina = state.users.find((u) => u.email === 'nina.neu@acme.example')!;
    const ninaModel = state.models.find((m) => m.user_id === nina.id)!;
    expect(ninaModel.workdays.map((w) => w.seconds)).toEqual([48000, 48000, 48000]);
    const spread = state.models.find((m) => m.user_id === JANE && m.start_date === '2026-03-01')!;
    expect(spread.workdays.map((w) => w.seconds)).toEqual([27720, 27720, 27720, 27720, 27720]);
    expect(state.models.find((m) => m.id === OLD_MODEL)!.discarded_at).not.toBeNull();
    expect(state.payroll[nina.id]!.staff_number).toBe('7');
    expect(state.users.find((u) => u.id === STRAY)!.status).toBe('deactivated');
    expect(state.users.find((u) => u.id === bot)!.status).toBe('active');
  });

  it('reads every page when the server pages, and finds a user whose create answer was lost', async () => {
    sim.settings.pageSize = 1;
    const newbie = person('nina.neu');
    const input = planInput([newbie, person('jane.doe', { contracts: [] })]);
    const first = await plan(input);
    expect(first.unmanaged.map((u) => u.name).sort()).toEqual(['HR Bot', 'Stray Cat']);
    const create = first.changes.find((c) => c.id === 'papershift:nina.neu:user')!;
    await http.send({ method: 'POST', path: create.requests[0]!.path, body: create.requests[0]!.body });
    const found = await papershiftProvider.findCreated!(create, create.requests[0]!, { http, refs: new Map() });
    const nina = sim.snapshot().users.find((u) => u.email === 'nina.neu@acme.example')!;
    expect(found).toEqual({ 'papershift:nina.neu': nina.id });

    const model = first.changes.find((c) => c.resource === 'working-time-model' && c.person === 'nina.neu')!;
    const req = resolveRequest(model.requests[0]!, new Map([['papershift:nina.neu', nina.id]]));
    expect(await papershiftProvider.findCreated!(model, req, { http, refs: new Map() })).toBeNull();
    const res = await http.send({ method: 'POST', path: req.path, body: req.body });
    expect(await papershiftProvider.findCreated!(model, req, { http, refs: new Map() })).toEqual({
      'papershift:nina.neu:working-time-model:2025-01-01': pointerGet(res.body, '/data/id'),
    });
  });

  it('warns when one page without links.next holds exactly a round number of users (papershift.md §6)', async () => {
    const input = planInput([person('jane.doe', { contracts: [] })]);
    const count = async () => (await http.send({ method: 'GET', path: '/api/v1/users' })).body as { data: unknown[] };
    const add = async (n: number) => {
      for (let i = 0; i < n; i++)
        await http.send({ method: 'POST', path: '/api/v1/users', body: { data: { type: 'user', attributes: { name: `Extra ${i}` } } } });
    };
    await add(25 - (await count()).data.length);
    const silent = await plan(input);
    expect(silent.warnings).toEqual([expect.stringMatching(/^papershift: GET \/api\/v1\/users returned exactly 25 users on one page without links\.next/)]);
    sim.settings.pageSize = 10; // the server says it pages: three pages, followed, no warning
    expect((await plan(input)).warnings).toEqual([]);
    sim.settings.pageSize = null;
    await add(1);
    expect((await plan(input)).warnings).toEqual([]);
  });

  it('signs in once for a whole read and remembers its own user', async () => {
    const auth = papershiftAuth({ email: sim.credentials.email!, password: sim.credentials.password! });
    const client = createHttpClient({ system: 'papershift', baseUrl: sim.url, ...PAPERSHIFT_WIRE, auth, maxRetries: 0 });
    try {
      await papershiftProvider.read(client, planInput([person('jane.doe')]), progress);
      expect(sim.server.log.filter((l) => l.path === '/auth/signin')).toHaveLength(1);
      expect(auth.ownUserId()).toBe(sim.snapshot().identities[0]!.userId);
      expect(auth.secrets()).toContain(sim.credentials.password);
    } finally {
      await client.close();
    }
  });
});
