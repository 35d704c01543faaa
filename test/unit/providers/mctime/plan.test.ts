import { describe, expect, it } from 'vitest';
import type { McTimeActual } from '../../../../src/providers/mctime/index.js';
import { mctimeProvider } from '../../../../src/providers/mctime/index.js';
import { getAt } from '../../../../src/providers/mctime/paths.js';
import { ANNA, TEAM_A } from '../../../helpers/mctime-seed.js';
import { anna, annaRecord, newcomer, planInput } from '../../../helpers/mctime-people.js';

function actual(record = annaRecord(), extra: McTimeActual['users'] = []): McTimeActual {
  const row = {
    id: ANNA,
    firstName: 'Anna',
    lastName: 'Berger',
    email: 'anna.berger@example.com',
    mobilePhoneNumber: null,
    organizationId: TEAM_A,
    active: true,
  };
  return { users: [row, ...extra], records: { [ANNA]: record } };
}

const unchanged = () =>
  anna({
    employments: [
      {
        basicData: { employmentStart: '2025-01-01', employmentRelationship: 'employee' },
        employmentContract: { position: 'Engineer', weeklyHours: 40 },
      },
    ],
  });

describe('mctime plan', () => {
  it('plans nothing when nothing declared differs (quirks and undeclared data do not count)', () => {
    const plan = mctimeProvider.plan(planInput([unchanged()]), actual());
    expect(plan.changes).toEqual([]);
    expect(plan.errors).toEqual([]);
  });

  it('plans a full-record update with only the differing declared leaves as fields', () => {
    const plan = mctimeProvider.plan(planInput([anna()]), actual());
    expect(plan.changes).toHaveLength(1);
    const c = plan.changes[0]!;
    expect(c).toMatchObject({
      id: 'mctime:anna.berger:user',
      action: 'update',
      resource: 'user',
      actualId: ANNA,
    });
    expect(c.fields).toEqual([
      {
        path: 'userEmployments[2025-01-01].employmentContract.position',
        before: 'Engineer',
        after: 'Senior Engineer',
      },
    ]);
    expect(c.requests).toHaveLength(1);
    const req = c.requests[0]!;
    expect(req).toMatchObject({ method: 'POST', path: '/users', idempotent: true });
    const body = req.body as Record<string, unknown>;
    // never a partial body: the whole record with ids, unknown properties and undeclared employments
    expect(body.id).toBe(ANNA);
    expect(body.customFlag).toEqual({ keep: 'me' });
    expect(body.availableLoginMethods).toEqual([-1]);
    expect(getAt(body, 'userEmployments[2019-01-01].bankDetails.iban')).toBe('AT611904300234573201');
    expect(c.actualDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(c.warnings).toContain('employment starting 2019-01-01 is not declared; kept by re-sending it');
  });

  it('matches employments by start date and shows a new one field by field', () => {
    const p = unchanged();
    p.employments.push({
      basicData: { employmentStart: '2026-07-01' },
      employmentContract: { position: 'Lead' },
    });
    p.employments[0]!.basicData.employmentEnd = '2026-06-30';
    const c = mctimeProvider.plan(planInput([p]), actual()).changes[0]!;
    expect(c.fields).toEqual([
      {
        path: 'userEmployments[2025-01-01].basicData.employmentEnd',
        before: '',
        // An end is the day's last second, as McTime's field reference writes it (seed 003).
        after: '2026-06-30T23:59:59+00:00',
      },
      {
        path: 'userEmployments[2026-07-01].basicData.employmentStart',
        before: null,
        after: '2026-07-01T00:00:00+00:00',
      },
      { path: 'userEmployments[2026-07-01].employmentContract.position', before: null, after: 'Lead' },
    ]);
    const list = (c.requests[0]!.body as { userEmployments: Array<{ id?: string }> }).userEmployments;
    expect(list.map((e) => e.id)).toEqual([
      '00000000-0000-4000-8000-00000000e001',
      '00000000-0000-4000-8000-00000000e002',
      undefined,
    ]);
  });

  it('warns when the declared weekly hours disagree with the contract in force', () => {
    const p = unchanged();
    (p.employments[0]!.employmentContract as Record<string, unknown>).weeklyHours = 38;
    const c = mctimeProvider.plan(planInput([p]), actual()).changes[0]!;
    expect(c.warnings).toContain(
      'employment 2025-01-01: employmentContract.weeklyHours 38 disagrees with the contract in force on 2026-06-15 (40h per week)',
    );
    // without any other change the warning is plan-wide
    const p2 = unchanged();
    p2.contracts[0]!.weeklySeconds = 20 * 3600;
    const plan = mctimeProvider.plan(planInput([p2]), actual());
    expect(plan.changes).toEqual([]);
    expect(plan.warnings[0]).toContain('disagrees with the contract in force');
  });

  it('lists declared role removals as erased values', () => {
    const p = unchanged();
    p.systems.mctime!.roles = [{ role: 'approver', organizations: [{ id: TEAM_A }] }];
    const c = mctimeProvider.plan(planInput([p]), actual()).changes[0]!;
    expect(c.fields).toEqual([{ path: 'roles', before: ['employee@Team A'], after: [`approver@${TEAM_A}`] }]);
    expect(c.warnings.some((w) => w.startsWith(`the POST erases roles[employee@${TEAM_A}]`))).toBe(true);
  });

  it('refuses to guess between two users with the same e-mail', () => {
    const twin = {
      id: 'twin',
      firstName: 'A',
      lastName: 'B',
      email: 'ANNA.berger@example.com',
      mobilePhoneNumber: null,
      organizationId: null,
      active: false,
    };
    const plan = mctimeProvider.plan(planInput([anna()]), actual(annaRecord(), [twin]));
    expect(plan.changes).toEqual([]);
    expect(plan.errors[0]).toContain('2 McTime users have the e-mail');
    // a pinned id resolves it
    const pinned = anna();
    pinned.systems.mctime!.id = ANNA;
    expect(mctimeProvider.plan(planInput([pinned]), actual(annaRecord(), [twin])).changes).toHaveLength(1);
  });

  it('refuses a user claimed by two declarations and creates neither', () => {
    const pinned = anna({ key: 'anna.pinned', email: 'other@example.com' });
    pinned.systems.mctime!.id = ANNA;
    const plan = mctimeProvider.plan(planInput([anna(), pinned]), actual());
    expect(plan.changes).toEqual([]);
    expect(plan.errors).toHaveLength(2);
    expect(plan.errors[0]).toContain('matches several declarations');
  });

  it('creates an unmatched person with a capture, not idempotent, without ids', () => {
    const plan = mctimeProvider.plan(planInput([unchanged(), newcomer()]), actual());
    const c = plan.changes.find((x) => x.action === 'create')!;
    expect(c.requests[0]).toMatchObject({
      method: 'POST',
      path: '/users',
      idempotent: false,
      capture: [{ ref: 'mctime:nina.neu', pointer: '/items/0/data/id' }],
    });
    expect(c.requests[0]!.body).toEqual({
      firstName: 'Nina',
      lastName: 'Neu',
      email: 'nina.neu@example.com',
      gender: 'female',
      birthDate: '1990-03-04',
      address: { city: 'Wien', country: 'AT' },
      userEmployments: [
        {
          basicData: { employmentStart: '2026-07-01T00:00:00+00:00', employmentRelationship: 'employee' },
          employmentContract: { position: 'Designer' },
        },
      ],
      roles: [{ role: 'employee', organizations: [{ id: TEAM_A }] }],
    });
    expect(c.fields.find((f) => f.path === 'birthDate')).toMatchObject({ before: null, sensitive: true });
  });

  it('deactivates a leaver through validTo on the full record', () => {
    const c = mctimeProvider.plan(planInput([anna({ leaveDate: '2026-05-31' })]), actual()).changes[0]!;
    expect(c.action).toBe('deactivate');
    // Access through the leave date, as in Kimai: validTo is its last second.
    expect(c.fields).toContainEqual({ path: 'validTo', before: null, after: '2026-05-31T23:59:59+00:00' });
  });

  it('takes a stored end at any time of the declared day as the same day (no change either way)', () => {
    const leaver = { ...unchanged(), leaveDate: '2026-05-31' };
    for (const stored of ['2026-05-31T00:00:00+00:00', '2026-05-31T23:59:59+00:00', '2026-05-31T12:00:00Z']) {
      const a = actual();
      for (const r of Object.values(a.records)) r.validTo = stored;
      for (const u of a.users) u.active = false;
      expect(mctimeProvider.plan(planInput([leaver]), a).changes).toEqual([]);
    }
    const a = actual();
    for (const r of Object.values(a.records)) r.validTo = '2026-06-01T00:00:00+00:00';
    expect(mctimeProvider.plan(planInput([leaver]), a).changes[0]!.fields).toEqual([
      { path: 'validTo', before: '2026-06-01T00:00:00+00:00', after: '2026-05-31T23:59:59+00:00' },
    ]);
  });

  it('lists unmanaged users and deactivates them on policy, sparing (main) administrators', () => {
    const other = {
      id: 'u-2',
      firstName: 'Olga',
      lastName: 'Other',
      email: 'olga@example.com',
      mobilePhoneNumber: null,
      organizationId: TEAM_A,
      active: true,
    };
    const boss = {
      id: 'u-3',
      firstName: 'Bo',
      lastName: 'Boss',
      email: 'bo@example.com',
      mobilePhoneNumber: null,
      organizationId: TEAM_A,
      active: true,
    };
    const admin = { ...boss, id: 'u-4', firstName: 'Ada', lastName: 'Admin', email: 'ada@example.com' };
    const a = actual(annaRecord(), [other, boss, admin]);
    a.records['u-2'] = { id: 'u-2', firstName: 'Olga', validTo: null, roles: [], customFlag: 1 };
    a.records['u-3'] = {
      id: 'u-3',
      roles: [{ role: 'main_administrator', organizations: [{ id: TEAM_A, name: 'Team A' }] }],
    };
    // An administrator may own the API key as well (mctime.md §2.1): an inactive owner's key stops working.
    a.records['u-4'] = {
      id: 'u-4',
      roles: [{ role: 'administrator', organizations: [{ id: TEAM_A, name: 'Team A' }] }],
    };
    const report = mctimeProvider.plan(planInput([unchanged()]), a);
    expect(report.unmanaged.map((u) => u.id)).toEqual(['u-2', 'u-3', 'u-4']);
    expect(report.changes).toEqual([]);
    const plan = mctimeProvider.plan(planInput([unchanged()], { unmanaged: 'deactivate' }), a);
    expect(plan.changes).toHaveLength(1);
    expect(plan.changes[0]).toMatchObject({ id: 'mctime:u-2:user', action: 'deactivate', person: 'u-2' });
    expect(plan.changes[0]!.requests[0]!.body).toEqual({
      id: 'u-2',
      firstName: 'Olga',
      validTo: '2026-06-15T00:00:00+00:00',
      roles: [],
      customFlag: 1,
    });
    expect(plan.warnings).toEqual([
      expect.stringContaining('unmanaged main_administrator Bo Boss (u-3) is not deactivated'),
      expect.stringContaining('unmanaged administrator Ada Admin (u-4) is not deactivated'),
    ]);
    // targeted plans list no unmanaged users
    expect(mctimeProvider.plan(planInput([unchanged()], { targeted: true }), a).unmanaged).toEqual([]);
  });

  it('honours ignore rules', () => {
    const ignore = [
      {
        system: 'mctime' as const,
        field: 'userEmployments[2025-01-01].employmentContract',
        pos: { file: 'x', line: 1, col: 1 },
      },
    ];
    const plan = mctimeProvider.plan(planInput([anna()], { ignore }), actual());
    expect(plan.changes).toEqual([]);
    expect(plan.ignored).toEqual([
      {
        provider: 'mctime',
        person: 'anna.berger',
        field: 'userEmployments[2025-01-01].employmentContract.position',
      },
    ]);
  });
});
