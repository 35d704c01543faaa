import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { WEEKDAYS } from '../../../../src/model/declarations.js';
import { desiredPerson, spreadWeekly } from '../../../../src/providers/papershift/desired.js';
import { dayContract, person, weekContract } from '../../../helpers/papershift-people.js';

const H = 3600;

describe('spreadWeekly: week contracts spread to the second, Monday first', () => {
  it('spreads 38h30m over 5 days as 7h42m each', () => {
    expect(spreadWeekly(38 * H + 30 * 60, ['mon', 'tue', 'wed', 'thu', 'fri'])).toEqual({ mon: 27720, tue: 27720, wed: 27720, thu: 27720, fri: 27720 });
  });

  it('spreads 40h over 3 days as 13h20m each', () => {
    expect(spreadWeekly(40 * H, ['mon', 'wed', 'fri'])).toEqual({ mon: 48000, wed: 48000, fri: 48000 });
  });

  it('gives the remainder seconds to the first days in Monday-first order, whatever order they were declared in', () => {
    // 37h = 133200 s over 7 days: 19028 s each, 4 seconds left for Mon..Thu.
    expect(spreadWeekly(37 * H, ['sun', 'sat', 'fri', 'thu', 'wed', 'tue', 'mon'])).toEqual({
      mon: 19029,
      tue: 19029,
      wed: 19029,
      thu: 19029,
      fri: 19028,
      sat: 19028,
      sun: 19028,
    });
    expect(spreadWeekly(10, ['fri', 'tue', 'wed'])).toEqual({ tue: 4, wed: 3, fri: 3 });
    expect(spreadWeekly(40 * H, [])).toEqual({});
  });

  test.prop([fc.integer({ min: 0, max: 7 * 86_400 }), fc.subarray([...WEEKDAYS], { minLength: 1 })])('sums to the weekly seconds exactly', (weekly, days) => {
    const out = spreadWeekly(weekly, days);
    const values = Object.values(out);
    expect(values.reduce((a, b) => a + b, 0)).toBe(weekly);
    expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
  });
});

describe('desiredPerson', () => {
  it('turns each contract into one weekly model by start date, day contracts without their zero days', () => {
    const p = person('jane.doe', {
      contracts: [dayContract('2026-03-01', { mon: 8 * H, tue: 0, fri: 4 * H }), weekContract('2025-01-01', 20 * H, ['mon', 'tue'])],
      systems: { papershift: { staffNumber: 1042 } },
    });
    const { desired, errors } = desiredPerson(p, '2026-06-15');
    expect(errors).toEqual([]);
    expect(desired.user).toEqual({ name: 'Jane Doe', email: 'jane.doe@acme.example' });
    expect(desired.staffNumber).toBe('1042');
    expect(desired.models).toEqual([
      { start: '2025-01-01', workdays: { mon: 10 * H, tue: 10 * H } },
      { start: '2026-03-01', workdays: { mon: 8 * H, fri: 4 * H } },
    ]);
    expect(desired.leaver).toBe(false);
  });

  it('reports month contracts, more than 24h on a day and two contracts on one start as errors', () => {
    const month = { ...weekContract('2025-01-01', 0), type: 'month' as const, monthlySeconds: 160 * H };
    expect(desiredPerson(person('a.b', { contracts: [month] }), '2026-01-01').errors[0]).toMatch(/month contract/);
    expect(desiredPerson(person('a.b', { contracts: [weekContract('2025-01-01', 40 * H, ['mon'])] }), '2026-01-01').errors[0]).toMatch(/more than a day/);
    const twice = [weekContract('2025-01-01', 40 * H), weekContract('2025-01-01', 20 * H)];
    expect(desiredPerson(person('a.b', { contracts: twice }), '2026-01-01').errors[0]).toMatch(/two contracts start on 2025-01-01/);
  });

  it('is a leaver only after the leave date', () => {
    expect(desiredPerson(person('a.b', { leaveDate: '2026-06-15' }), '2026-06-15').desired.leaver).toBe(false);
    expect(desiredPerson(person('a.b', { leaveDate: '2026-06-15' }), '2026-06-16').desired.leaver).toBe(true);
  });
});
