import { describe, expect, it } from 'vitest';
import { contractInForce, desiredPreferences, desiredUser } from '../../../../src/providers/kimai/index.js';
import { contract, DAY_PREFS, decl, person, weekContract } from '../../../helpers/kimai-people.js';

describe('contractInForce', () => {
  const a = contract({ start: '2025-01-01' });
  const b = contract({ start: '2026-03-01' });
  it('takes the latest contract that has started', () => {
    expect(contractInForce([b, a], '2026-02-28')).toBe(a);
    expect(contractInForce([a, b], '2026-03-01')).toBe(b);
  });
  it('takes the first contract when none has started yet (future hire)', () => {
    expect(contractInForce([b, a], '2024-06-01')).toBe(a);
  });
});

describe('desiredPreferences', () => {
  it('writes all seven days for a day contract, in seconds, "0" where not worked', () => {
    expect(desiredPreferences(person('jane.doe'), '2026-06-01')).toEqual(DAY_PREFS);
  });

  it('writes hours and ISO work days for week and month contracts', () => {
    const week = desiredPreferences(person('a.b', { contracts: [weekContract({ workDays: ['fri', 'mon', 'wed'], vacationDays: 27.5, publicHolidayGroup: 3 })] }), '2026-06-01');
    expect(week).toEqual({
      work_contract_type: 'week',
      hours_per_week: '144000',
      work_days_week: '1,3,5',
      holidays: '27.5',
      public_holiday_group: '3',
      work_start_day: '2025-01-01',
      work_last_day: null,
    });
    const month = desiredPreferences(person('a.b', { contracts: [contract({ type: 'month', days: {}, monthlySeconds: 432000 })] }), '2026-06-01');
    expect(month).toMatchObject({ work_contract_type: 'month', hours_per_month: '432000', work_days_month: '1,2,3,4,5' });
    expect(month).not.toHaveProperty('work_monday');
  });

  it('spans work_start_day/work_last_day over all contracts', () => {
    const p = person('a.b', { contracts: [contract({ start: '2024-01-01', end: '2025-12-31' }), weekContract({ start: '2026-01-01', end: '2027-12-31' })] });
    expect(desiredPreferences(p, '2025-06-01')).toMatchObject({ work_contract_type: 'day', work_start_day: '2024-01-01', work_last_day: '2027-12-31' });
  });

  it('manages nothing without contracts, and leaves holidays alone without vacationDays', () => {
    expect(desiredPreferences(person('a.b', { contracts: [] }), '2026-06-01')).toBeNull();
    expect(desiredPreferences(person('a.b', { contracts: [contract({ vacationDays: null })] }), '2026-06-01')).not.toHaveProperty('holidays');
  });
});

describe('desiredUser', () => {
  it('defaults alias, language/locale/timezone and sorts roles without ROLE_USER', () => {
    const p = person('jane.doe', {}, { roles: ['ROLE_USER', 'ROLE_TEAMLEAD', 'ROLE_ADMIN'], timezone: 'Europe/Vienna' });
    expect(desiredUser(p, decl([p]), '2026-06-01')).toEqual({
      username: 'janedoe',
      email: 'jane.doe@example.com',
      alias: 'Jane Doe',
      language: 'en',
      locale: 'en_GB',
      timezone: 'Europe/Vienna',
      roles: ['ROLE_ADMIN', 'ROLE_TEAMLEAD'],
      enabled: true,
    });
  });

  it('cuts a derived alias to the 60 characters Kimai keeps, so that the plan settles', () => {
    const p = person('a.b', { firstName: 'Maximiliane-Josephine Anastasia Theodora', lastName: 'von Hohenzollern-Sigmaringen' });
    const alias = desiredUser(p, decl([p]), '2026-06-01').alias!;
    expect([...alias]).toHaveLength(60);
    expect(`${p.firstName} ${p.lastName}`.startsWith(alias)).toBe(true);
  });

  it('includes title/accountNumber only when declared and disables after the leave date', () => {
    const p = person('a.b', { leaveDate: '2026-05-31' }, { title: 'Dev', accountNumber: '7' });
    expect(desiredUser(p, decl([p]), '2026-05-31')).toMatchObject({ title: 'Dev', accountNumber: '7', enabled: true });
    expect(desiredUser(p, decl([p]), '2026-06-01').enabled).toBe(false);
    expect(desiredUser(person('c.d'), decl([]), '2026-06-01')).not.toHaveProperty('title');
  });
});
