import { describe, expect, it } from 'vitest';
import { digestOf } from '../../../../src/plan/digest.js';
import { planKimai } from '../../../../src/providers/kimai/index.js';
import { actualWith, contract, DAY_PREFS, input, inSync, kuser, person, weekContract } from '../../../helpers/kimai-people.js';

const POS = { file: 'env.yaml', line: 1, col: 1 };

describe('planKimai: no drift', () => {
  it('plans nothing for a user in sync (missing rows count as their defaults)', () => {
    const p = person('jane.doe');
    const { work_saturday: _s, work_sunday: _u, work_last_day: _l, ...stored } = DAY_PREFS;
    const plan = planKimai(input([p]), actualWith(inSync(7, p, stored)));
    expect(plan.changes).toEqual([]);
    expect(plan.errors).toEqual([]);
    expect(plan.unmanaged).toEqual([{ provider: 'kimai', id: '1', name: 'admin', email: 'admin@example.com', active: true, serviceAccount: true }]);
  });
});

describe('planKimai: create', () => {
  it('creates the user with a password placeholder and captures its id for the preferences', () => {
    const p = person('jane.doe', {}, { roles: ['ROLE_TEAMLEAD'] });
    const plan = planKimai(input([p]), actualWith());
    expect(plan.changes.map((c) => [c.id, c.action])).toEqual([
      ['kimai:jane.doe:user', 'create'],
      ['kimai:jane.doe:preferences', 'update'],
    ]);
    const [user, prefs] = plan.changes;
    expect(user!.requests).toEqual([
      {
        method: 'POST',
        path: '/api/users',
        body: { username: 'janedoe', email: 'jane.doe@example.com', alias: 'Jane Doe', language: 'en', locale: 'en_GB', timezone: 'Europe/Berlin', roles: ['ROLE_TEAMLEAD'], enabled: true, plainPassword: '{{password}}' },
        capture: [{ ref: 'kimai:jane.doe', pointer: '/id' }],
      },
    ]);
    expect(user!.actualDigest).toBeNull();
    expect(prefs!.dependsOn).toEqual(['kimai:jane.doe:user']);
    // The mode goes first alone; values equal to Kimai's creation defaults ("0" for the weekend) are not sent.
    expect(prefs!.requests.map((r) => r.path)).toEqual(['/api/users/{{kimai:jane.doe}}/preferences', '/api/users/{{kimai:jane.doe}}/preferences']);
    expect(prefs!.requests[0]!.body).toEqual([{ name: 'work_contract_type', value: 'day' }]);
    expect(prefs!.requests[1]!.body).toEqual([
      { name: 'work_monday', value: '28800' },
      { name: 'work_tuesday', value: '28800' },
      { name: 'work_wednesday', value: '28800' },
      { name: 'work_thursday', value: '28800' },
      { name: 'work_friday', value: '14400' },
      { name: 'holidays', value: '30' },
      { name: 'work_start_day', value: '2025-01-01' },
    ]);
    expect(prefs!.requests.every((r) => r.idempotent)).toBe(true);
  });

  it('does not create a person who already left', () => {
    const plan = planKimai(input([person('a.b', { leaveDate: '2026-01-31' })]), actualWith());
    expect(plan.changes).toEqual([]);
    expect(plan.warnings.join()).toMatch(/left on 2026-01-31/);
  });

  it('refuses a create whose e-mail belongs to another user', () => {
    const p = person('jane.doe');
    const plan = planKimai(input([p]), actualWith(kuser(9, 'someone', { email: 'JANE.DOE@example.com' })));
    expect(plan.changes).toEqual([]);
    expect(plan.errors).toEqual([expect.stringMatching(/jane\.doe.*collides with Kimai user someone.*reject the create/)]);
  });
});

describe('planKimai: updates', () => {
  it('patches only changed user fields, with the digest of the record read', () => {
    const p = person('jane.doe', {}, { roles: ['ROLE_ADMIN'], title: 'Lead' });
    const actual = inSync(7, p, DAY_PREFS);
    actual.alias = 'Janie';
    const plan = planKimai(input([p]), actualWith(actual));
    expect(plan.changes).toHaveLength(1);
    const c = plan.changes[0]!;
    expect(c).toMatchObject({ id: 'kimai:jane.doe:user', action: 'update', actualId: '7', actualDigest: digestOf(actual) });
    expect(c.fields.map((f) => f.path)).toEqual(['alias', 'roles', 'title']);
    expect(c.requests).toEqual([{ method: 'PATCH', path: '/api/users/7', body: { alias: 'Jane Doe', roles: ['ROLE_ADMIN'], title: 'Lead' }, idempotent: true }]);
  });

  it('patches only the changed preferences in one request when the mode stays', () => {
    const p = person('jane.doe', { contracts: [contract({ days: { mon: 28800, tue: 28800, wed: 28800, thu: 28800, fri: 28800 } })] });
    const plan = planKimai(input([p]), actualWith(inSync(7, p, DAY_PREFS)));
    expect(plan.changes).toHaveLength(1);
    const c = plan.changes[0]!;
    expect(c).toMatchObject({ id: 'kimai:jane.doe:preferences', resource: 'preferences', action: 'update', dependsOn: [] });
    expect(c.fields).toEqual([{ path: 'work_friday', before: '14400', after: '28800' }]);
    expect(c.requests).toEqual([{ method: 'PATCH', path: '/api/users/7/preferences', body: [{ name: 'work_friday', value: '28800' }], idempotent: true }]);
  });

  it('splits a contract type switch into two PATCHes and clears values with false', () => {
    const p = person('jane.doe', { contracts: [weekContract()] });
    const plan = planKimai(input([p]), actualWith(inSync(7, p, { ...DAY_PREFS, public_holiday_group: '2' })));
    const c = plan.changes[0]!;
    expect(c.requests.map((r) => r.body)).toEqual([
      [{ name: 'work_contract_type', value: 'week' }],
      [
        { name: 'hours_per_week', value: '144000' },
        { name: 'work_days_week', value: '1,2,3,4,5' },
        { name: 'public_holiday_group', value: false },
      ],
    ]);
    expect(c.warnings.join()).toMatch(/working-contract plugin/);
  });

  it('asks no warning when Kimai lists the contract plugin, and refuses the contract when it does not', () => {
    const p = person('jane.doe', { contracts: [weekContract()] });
    const actual = actualWith(inSync(7, p, DAY_PREFS));
    const listed = planKimai(input([p]), { ...actual, contractPlugin: true });
    expect(listed.errors).toEqual([]);
    expect(listed.changes[0]!.warnings.join()).not.toMatch(/plugin/);
    const missing = planKimai(input([p]), { ...actual, contractPlugin: false });
    expect(missing.changes).toEqual([]);
    expect(missing.errors).toEqual([
      "kimai: jane.doe: a week contract needs Kimai's working-contract plugin, which GET /api/plugins does not list; Kimai would refuse hours_per_week (install the plugin, or declare a day contract)",
    ]);
    // A day contract needs no plugin.
    const day = person('john.roe');
    expect(planKimai(input([day]), { ...actualWith(inSync(8, day, DAY_PREFS)), contractPlugin: false }).errors).toEqual([]);
  });
});

describe('planKimai: leavers, unmanaged users and protection', () => {
  it('deactivates a leaver after the leave date', () => {
    const p = person('jane.doe', { leaveDate: '2026-05-31' });
    const plan = planKimai(input([p]), actualWith(inSync(7, p, DAY_PREFS)));
    expect(plan.changes).toHaveLength(1);
    expect(plan.changes[0]).toMatchObject({ action: 'deactivate', requests: [{ method: 'PATCH', path: '/api/users/7', body: { enabled: false } }] });
  });

  it('lists unmanaged users, and only deactivates them by policy', () => {
    const stray = kuser(9, 'stray');
    expect(planKimai(input([]), actualWith(stray)).changes).toEqual([]);
    expect(planKimai(input([], { targeted: true }), actualWith(stray)).unmanaged).toEqual([]);
    const plan = planKimai(input([], {}, { unmanaged: 'deactivate' }), actualWith(stray, kuser(10, 'gone', { enabled: false })));
    expect(plan.unmanaged.map((u) => [u.id, u.active])).toEqual([['1', true], ['9', true], ['10', false]]);
    expect(plan.changes).toEqual([
      expect.objectContaining({ id: 'kimai:#9:user', person: '9', action: 'deactivate', requests: [{ method: 'PATCH', path: '/api/users/9', body: { enabled: false }, idempotent: true }] }),
    ]);
    // The token owner is never deactivated: a warning instead.
    expect(plan.warnings.join()).toMatch(/admin owns the API token/);
  });

  it('never deactivates the last enabled super admin', () => {
    const actual = actualWith(kuser(9, 'root', { roles: ['ROLE_SUPER_ADMIN'] }));
    actual.users[0]!.roles = ['ROLE_ADMIN']; // the token owner is no super admin here
    const plan = planKimai(input([], {}, { unmanaged: 'deactivate' }), actual);
    expect(plan.changes).toEqual([]);
    expect(plan.warnings.join()).toMatch(/root is the last enabled ROLE_SUPER_ADMIN/);
  });

  it('does not disable the token owner as a leaver', () => {
    const p = person('ad.min', { leaveDate: '2026-01-01' }, { username: 'admin', roles: ['ROLE_SUPER_ADMIN'] });
    const actual = actualWith();
    actual.users[0] = { ...inSync(1, p, DAY_PREFS), roles: ['ROLE_SUPER_ADMIN'] };
    const plan = planKimai(input([p]), actual);
    expect(plan.changes).toEqual([]);
    expect(plan.warnings.join()).toMatch(/cannot disable|does not let a user disable/);
  });
});

describe('planKimai: ignore rules and matching errors', () => {
  it('moves ignored fields out of the changes', () => {
    const p = person('jane.doe', { contracts: [contract({ vacationDays: 25 })] });
    const actual = inSync(7, p, DAY_PREFS);
    actual.alias = 'Janie';
    const ignore = [
      { system: 'kimai' as const, field: 'preferences.holidays', pos: POS },
      { system: 'kimai' as const, field: 'alias', person: 'jane.doe', until: '2026-12-31', pos: POS },
    ];
    const plan = planKimai(input([p], {}, { ignore }), actualWith(actual));
    expect(plan.changes).toEqual([]);
    expect(plan.ignored).toEqual([
      { provider: 'kimai', person: 'jane.doe', field: 'alias', until: '2026-12-31' },
      { provider: 'kimai', person: 'jane.doe', field: 'holidays' },
    ]);
  });

  it('reports pinned ids that do not exist and two declarations on one user', () => {
    const a = person('a.b', {}, { id: 99 });
    const b = person('c.d', {}, { id: 7 });
    const c = person('e.f', {}, { username: 'cd' });
    const plan = planKimai(input([a, b, c]), actualWith(kuser(7, 'cd', { email: 'c.d@example.com' })));
    expect(plan.errors).toEqual([expect.stringMatching(/a\.b: systems\.kimai\.id 99 does not exist/), expect.stringMatching(/c\.d and e\.f both match Kimai user 7/)]);
  });

  it('matches usernames case-sensitively and is deterministic', () => {
    const p = person('jane.doe');
    const actual = actualWith(kuser(7, 'JaneDoe', { email: 'other@example.com' }));
    const plan = planKimai(input([p]), actual);
    // "JaneDoe" is not "janedoe": no match, but Kimai's case-insensitive unique check would reject the create.
    expect(plan.errors.join()).toMatch(/collides with Kimai user JaneDoe/);
    expect(planKimai(input([p]), actual)).toEqual(plan);
  });
});
