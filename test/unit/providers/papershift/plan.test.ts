import { describe, expect, it } from 'vitest';
import type { Change } from '../../../../src/generated/plan.js';
import { papershiftProvider } from '../../../../src/providers/papershift/index.js';
import { actual, dayContract, person, planInput, psModel, psUser, weekContract } from '../../../helpers/papershift-people.js';

const H = 3600;
const plan = (...args: Parameters<typeof papershiftProvider.plan>) => papershiftProvider.plan(...args);
const summary = (changes: Change[]) => changes.map((c) => `${c.action} ${c.id}`);
const pos = { file: 'environment.yaml', line: 1, col: 1 };

describe('papershift plan: new people', () => {
  it('creates user, payroll and models, later requests using the captured user id', () => {
    const jane = person('jane.doe', { systems: { papershift: { staffNumber: 1042 } } });
    const out = plan(planInput([jane]), actual([]));
    expect(out.errors).toEqual([]);
    expect(summary(out.changes)).toEqual([
      'create papershift:jane.doe:user',
      'create papershift:jane.doe:payroll',
      'create papershift:jane.doe:working-time-model:2025-01-01',
    ]);
    const [user, payroll, model] = out.changes as [Change, Change, Change];
    expect(user.requests).toEqual([
      {
        method: 'POST',
        path: '/api/v1/users',
        body: { data: { type: 'user', attributes: { name: 'Jane Doe', email: 'jane.doe@acme.example' } } },
        capture: [{ ref: 'papershift:jane.doe', pointer: '/data/id' }],
        idempotent: false,
      },
    ]);
    expect(payroll.requests[0]).toMatchObject({
      method: 'PUT',
      path: '/api/v1/users/{{papershift:jane.doe}}/payroll_information',
      body: { data: { type: 'payroll_information', attributes: { staff_number: '1042' } } },
    });
    expect(payroll.dependsOn).toEqual([user.id]);
    expect(model.dependsOn).toEqual([user.id]);
    expect(model.requests[0]!.path).toBe('/api/v1/users/{{papershift:jane.doe}}/working_time_models');
    expect(model.requests[0]!.body).toEqual({
      data: {
        type: 'working_time_model',
        attributes: {
          pattern: 'weekly',
          start_date: '2025-01-01',
          workdays: [0, 1, 2, 3, 4].map((d) => ({ day_of_week: d, seconds: 8 * H })),
        },
      },
    });
    expect(model.fields.map((f) => f.path)).toEqual(['start_date', 'workdays.mon', 'workdays.tue', 'workdays.wed', 'workdays.thu', 'workdays.fri']);
  });

  it('does not create a leaver', () => {
    expect(plan(planInput([person('old.timer', { leaveDate: '2020-01-01' })]), actual([])).changes).toEqual([]);
  });
});

describe('papershift plan: workday operations', () => {
  it('plans nothing when user, payroll and models match (e-mail case aside)', () => {
    const u = psUser('jane.doe', { email: 'Jane.Doe@ACME.example' });
    const m = psModel('2025-01-01', { 0: 8 * H, 1: 8 * H, 2: 8 * H, 3: 8 * H, 4: 8 * H });
    const payroll = { id: 'p1', staff_number: '1042', employment_start_date: null };
    const jane = person('jane.doe', { systems: { papershift: { staffNumber: 1042 } } });
    const out = plan(planInput([jane]), actual([u], { [u.id]: { models: [m], payroll } }));
    expect(out.changes).toEqual([]);
  });

  it('patches only what differs: seconds by id, _delete by id, new days without id, never day_of_week for existing ones', () => {
    const u = psUser('jane.doe');
    const m = psModel('2025-01-01', { 0: 8 * H, 1: 8 * H, 2: 8 * H, 3: 8 * H, 4: 8 * H });
    const [mon, tue, , , fri] = m.workdays;
    const jane = person('jane.doe', { contracts: [dayContract('2025-01-01', { mon: 8 * H, wed: 8 * H, thu: 8 * H, fri: 4 * H, sat: 2 * H })] });
    jane.contracts[0]!.days.tue = 0;
    const out = plan(planInput([jane]), actual([u], { [u.id]: { models: [m] } }));
    expect(summary(out.changes)).toEqual(['update papershift:jane.doe:working-time-model:2025-01-01']);
    const c = out.changes[0]!;
    expect(c.actualId).toBe(m.id);
    expect(c.fields).toEqual([
      { path: 'workdays.fri', before: 8 * H, after: 4 * H },
      { path: 'workdays.sat', before: null, after: 2 * H },
      { path: 'workdays.tue', before: 8 * H, after: null },
    ]);
    expect(c.requests).toEqual([
      {
        method: 'PUT',
        path: `/api/v1/users/${u.id}/working_time_models/${m.id}`,
        body: {
          data: {
            type: 'working_time_model',
            attributes: { workdays: [{ id: fri!.id, seconds: 4 * H }, { day_of_week: 5, seconds: 2 * H }, { id: tue!.id, _delete: true }] },
          },
        },
        idempotent: false,
      },
    ]);
    const ops = JSON.stringify(c.requests[0]!.body);
    expect(ops).not.toContain(mon!.id); // unchanged Monday is not mentioned, so it keeps its id
    expect(c.actualDigest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('marks a seconds-only PUT idempotent', () => {
    const u = psUser('jane.doe');
    const m = psModel('2025-01-01', { 0: 8 * H, 1: 8 * H, 2: 8 * H, 3: 8 * H, 4: 7 * H });
    const out = plan(planInput([person('jane.doe')]), actual([u], { [u.id]: { models: [m] } }));
    expect(out.changes[0]!.requests[0]!.idempotent).toBe(true);
  });

  it('soft-deletes live models whose start date is no longer declared, and creates new ones', () => {
    const u = psUser('jane.doe');
    const old = psModel('2024-01-01', { 0: 4 * H });
    const kept = psModel('2025-01-01', { 0: 8 * H, 1: 8 * H, 2: 8 * H, 3: 8 * H, 4: 8 * H });
    const jane = person('jane.doe', { contracts: [weekContract('2025-01-01', 40 * H), weekContract('2026-01-01', 20 * H)] });
    const out = plan(planInput([jane]), actual([u], { [u.id]: { models: [old, kept] } }));
    expect(summary(out.changes)).toEqual(['create papershift:jane.doe:working-time-model:2026-01-01', 'delete papershift:jane.doe:working-time-model:2024-01-01']);
    const del = out.changes[1]!;
    expect(del.requests).toEqual([{ method: 'DELETE', path: `/api/v1/users/${u.id}/working_time_models/${old.id}`, idempotent: true }]);
    expect(del.fields).toEqual([
      { path: 'start_date', before: '2024-01-01', after: null },
      { path: 'workdays.mon', before: 4 * H, after: null },
    ]);
    expect(out.changes[0]!.requests[0]!.path).toBe(`/api/v1/users/${u.id}/working_time_models`);
    expect(out.changes[0]!.dependsOn).toEqual([]);
  });

  it('leaves a workday alone that an ignore rule covers', () => {
    const u = psUser('jane.doe');
    const m = psModel('2025-01-01', { 0: 8 * H, 1: 8 * H, 2: 8 * H, 3: 8 * H, 4: 6 * H });
    const rule = { system: 'papershift' as const, field: 'workdays.fri', pos };
    const out = plan(planInput([person('jane.doe')], { ignore: [rule] }), actual([u], { [u.id]: { models: [m] } }));
    expect(out.changes).toEqual([]);
    expect(out.ignored).toEqual([{ provider: 'papershift', person: 'jane.doe', field: 'workdays.fri' }]);
  });
});

describe('papershift plan: users', () => {
  it('updates name and e-mail with one PUT, reactivating a deactivated declared user first', () => {
    const u = psUser('jane.doe', { name: 'Jane Smith', email: 'old@acme.example', status: 'deactivated' });
    const m = psModel('2025-01-01', { 0: 8 * H, 1: 8 * H, 2: 8 * H, 3: 8 * H, 4: 8 * H });
    const jane = person('jane.doe', { systems: { papershift: { id: u.id } } });
    const out = plan(planInput([jane]), actual([u], { [u.id]: { models: [m] } }));
    expect(summary(out.changes)).toEqual(['update papershift:jane.doe:user']);
    const c = out.changes[0]!;
    expect(c.fields.map((f) => f.path)).toEqual(['active', 'email', 'name']);
    // Reactivated first: whether a deactivated user takes a PUT is not documented.
    expect(c.requests).toEqual([
      { method: 'DELETE', path: `/api/v1/users/${u.id}/deactivate`, idempotent: false },
      { method: 'PUT', path: `/api/v1/users/${u.id}`, body: { data: { type: 'user', attributes: { email: 'jane.doe@acme.example', name: 'Jane Doe' } } }, idempotent: true },
    ]);
  });

  it('deactivates a leaver, but never the API identity itself', () => {
    const u = psUser('jane.doe');
    const input = planInput([person('jane.doe', { leaveDate: '2026-01-31' })]);
    const out = plan(input, actual([u], { [u.id]: { models: [] } }));
    expect(summary(out.changes)).toEqual(['deactivate papershift:jane.doe:user']);
    expect(out.changes[0]!.requests).toEqual([{ method: 'POST', path: `/api/v1/users/${u.id}/deactivate`, idempotent: false }]);
    const own = plan(input, actual([u], { [u.id]: { models: [] } }, [u.id]));
    expect(own.changes).toEqual([]);
    expect(own.warnings[0]).toMatch(/API identity/);
  });

  it('plans the staff number as a string, only when it differs', () => {
    const u = psUser('jane.doe');
    const m = psModel('2025-01-01', { 0: 8 * H, 1: 8 * H, 2: 8 * H, 3: 8 * H, 4: 8 * H });
    const jane = person('jane.doe', { systems: { papershift: { staffNumber: 7 } } });
    const payroll = { id: 'p1', staff_number: '8', employment_start_date: '2020-01-01' };
    const out = plan(planInput([jane]), actual([u], { [u.id]: { models: [m], payroll } }));
    expect(summary(out.changes)).toEqual(['update papershift:jane.doe:payroll']);
    expect(out.changes[0]!.fields).toEqual([{ path: 'staff_number', before: '8', after: '7' }]);
    expect(out.changes[0]!.requests[0]!.body).toEqual({ data: { type: 'payroll_information', attributes: { staff_number: '7' } } });
  });
});

describe('papershift plan: matching and unmanaged users', () => {
  it('reports two users with one e-mail (ignoring case) as an error, never a guess', () => {
    const a = psUser('jane.doe');
    const b = psUser('jane.doe', { email: 'JANE.DOE@acme.example' });
    const out = plan(planInput([person('jane.doe')]), actual([a, b]));
    expect(out.changes).toEqual([]);
    expect(out.errors[0]).toMatch(/2 Papershift users have the e-mail jane\.doe@acme\.example/);
  });

  it('prefers a pinned id, reports an unknown pinned id, ignores discarded users', () => {
    const pinned = psUser('jane.doe', { email: 'other@acme.example' });
    const byMail = psUser('jane.doe');
    const gone = psUser('ghost.user', { discarded_at: '2025-01-01T00:00:00Z' });
    const m = psModel('2025-01-01', { 0: 8 * H, 1: 8 * H, 2: 8 * H, 3: 8 * H, 4: 8 * H });
    const jane = person('jane.doe', { systems: { papershift: { id: pinned.id } } });
    const out = plan(planInput([jane]), actual([pinned, byMail, gone], { [pinned.id]: { models: [m] } }));
    expect(summary(out.changes)).toEqual(['update papershift:jane.doe:user']);
    expect(out.unmanaged.map((x) => x.id)).toEqual([byMail.id]);
    const missing = plan(planInput([person('jane.doe', { systems: { papershift: { id: gone.id } } })]), actual([gone]));
    expect(missing.errors[0]).toMatch(/names no Papershift user/);
  });

  it('lists unmanaged users, deactivates them under policy deactivate, except the API identity and deactivated ones', () => {
    const bot = psUser('hr.bot');
    const stray = psUser('stray.cat');
    const off = psUser('long.gone', { status: 'deactivated' });
    const elsewhere = psUser('kimai.only');
    const declaredElsewhere = person('kimai.only', { systems: {} });
    const state = actual([bot, stray, off, elsewhere], {}, [bot.id]);
    const report = plan(planInput([], { declared: [declaredElsewhere] }), state);
    expect(report.unmanaged.map((u) => [u.name, u.active])).toEqual([
      ['Hr Bot', true],
      ['Stray Cat', true],
      ['Long Gone', false],
    ]);
    expect(report.changes).toEqual([]);
    const deact = plan(planInput([], { unmanaged: 'deactivate', declared: [declaredElsewhere] }), state);
    expect(summary(deact.changes)).toEqual([`deactivate papershift:${stray.id}:user`]);
    expect(deact.changes[0]!.requests).toEqual([{ method: 'POST', path: `/api/v1/users/${stray.id}/deactivate`, idempotent: false }]);
    const targeted = plan(planInput([], { unmanaged: 'deactivate', targeted: true }), state);
    expect(targeted.unmanaged).toEqual([]);
    expect(targeted.changes).toEqual([]);
  });
});
