import { describe, expect, it } from 'vitest';
import type { ContractTemplates } from '../../../src/generated/contracts.js';
import { keyBase, uniqueKey, variableName } from '../../../src/import/keys.js';
import { rebuildPeople, rebuildPerson, type RebuildOptions } from '../../../src/import/rebuild.js';
import { kimai, mctime, model, papershift } from './fixtures.js';

const templates: ContractTemplates = {
  'full-time-40': { type: 'week', weeklyHours: '40h', workDays: ['mon', 'tue', 'wed', 'thu', 'fri'], vacationDays: 30, publicHolidayGroup: 1 },
};
const opts: RebuildOptions = { date: '2026-11-23', kimaiDefaults: { language: 'de', locale: 'de_DE', timezone: 'Europe/Berlin' }, templates, includeSensitive: false, takenKeys: new Set() };
const H8 = 28_800;
const weekPrefs = (over: Record<string, string | null> = {}) => ({ work_contract_type: 'week', hours_per_week: '144000', work_days_week: '1,2,3,4,5', holidays: '30', public_holiday_group: '1', work_start_day: '2024-01-01', work_last_day: null, ...over });

describe('keys', () => {
  it('come from the e-mail local part, sanitised and de-duplicated', () => {
    expect(keyBase("Jörg.O'Neil+x@acme.example")).toBe('jorg.o-neil-x');
    expect(keyBase('@acme.example')).toBe('person');
    const taken = new Set(['jane.doe']);
    expect(uniqueKey('jane.doe', taken)).toBe('jane.doe-2');
    expect(uniqueKey('jane.doe', taken)).toBe('jane.doe-3');
  });

  it('variables are PEOPLE_<KEY>_<FIELD>, numbered when a field repeats', () => {
    const taken = new Set<string>();
    expect(variableName('jane.doe', 'bicSwift', taken)).toBe('PEOPLE_JANE_DOE_BIC_SWIFT');
    expect(variableName('jane.doe', 'bicSwift', taken)).toBe('PEOPLE_JANE_DOE_BIC_SWIFT_2');
  });

  it('people get unique keys, also against declared ones', () => {
    const people = rebuildPeople([{ mctime: mctime('jane@a.example', { firstName: 'Jane', lastName: 'A' }) }, { mctime: mctime('jane@b.example', { firstName: 'Jane', lastName: 'B' }) }], { ...opts, takenKeys: new Set(['jane']) });
    expect(people.map((p) => p.key)).toEqual(['jane-2', 'jane-3']);
  });
});

describe('contracts', () => {
  it('one per Papershift model: week for an even spread (a template when one fits), day otherwise; Kimai adds the current one', () => {
    const g = {
      papershift: papershift('Jane Doe', 'jane@acme.example', [
        model('2024-01-01', [0, 1, 2, 3, 4].map((d): [number, number] => [d, H8])),
        model('2026-01-01', [[0, H8], [1, H8], [2, 14_400]]),
      ]),
      kimai: kimai('jdoe', 'jane@acme.example', { alias: 'Jane Doe', preferences: { work_contract_type: 'day', work_monday: '28800', work_tuesday: '28800', work_wednesday: '14400', holidays: '27.5', public_holiday_group: '2', work_start_day: '2024-01-01', work_last_day: '2027-12-31' } }),
    };
    const p = rebuildPerson(g, 'jane', opts);
    expect(p.errors).toEqual([]);
    expect(p.warnings).toEqual([]);
    expect(p.decl.contracts).toEqual([
      // Papershift alone cannot tell the vacation days of an old contract: the template fits its hours.
      { start: '2024-01-01', template: 'full-time-40' },
      { start: '2026-01-01', end: '2027-12-31', type: 'day', days: { mon: '8h', tue: '8h', wed: '4h' }, vacationDays: 27.5, publicHolidayGroup: 2 },
    ]);
  });

  it('the Kimai contract alone: a template with overrides when only vacation days / holiday group differ', () => {
    const p = rebuildPerson({ kimai: kimai('jdoe', 'jane@acme.example', { alias: 'Jane Doe', preferences: weekPrefs({ holidays: '28' }) }) }, 'jane', opts);
    expect(p.decl.contracts).toEqual([{ start: '2024-01-01', template: 'full-time-40', vacationDays: 28 }]);
  });

  it('a Kimai contract without its holidays row is not matched to a template that would write them', () => {
    const { holidays: _h, ...prefs } = weekPrefs();
    const p = rebuildPerson({ kimai: kimai('jdoe', 'jane@acme.example', { alias: 'Jane Doe', preferences: prefs }) }, 'jane', opts);
    expect(p.decl.contracts).toEqual([{ start: '2024-01-01', type: 'week', weeklyHours: '40h', workDays: ['mon', 'tue', 'wed', 'thu', 'fri'], publicHolidayGroup: 1 }]);
  });

  it('no contracts (and a warning) when Kimai holds one without a work_start_day; none at all for type none', () => {
    const p = rebuildPerson({ kimai: kimai('jdoe', 'jane@acme.example', { alias: 'Jane Doe', preferences: weekPrefs({ work_start_day: null }) }) }, 'jane', opts);
    expect(p.decl.contracts).toBeUndefined();
    expect(p.warnings[0]).toContain('work_start_day');
    expect(rebuildPerson({ kimai: kimai('jdoe', 'jane@acme.example', { alias: 'Jane Doe' }) }, 'jane', opts).decl.contracts).toBeUndefined();
  });

  it('warns where the systems disagree (the plan will show it)', () => {
    const g = { papershift: papershift('Jane Doe', 'jane@acme.example', [model('2023-01-01', [[0, H8]])]), kimai: kimai('jdoe', 'jane@acme.example', { alias: 'Jane Doe', preferences: weekPrefs() }) };
    const p = rebuildPerson(g, 'jane', opts);
    expect(p.warnings.join('\n')).toMatch(/disagree on the contract from 2023-01-01[\s\S]*work_start_day \(2024-01-01\)/);
  });
});

describe('person', () => {
  it('names and McTime fields from McTime; Kimai settings only where they differ from the defaults', () => {
    const g = {
      kimai: kimai('jdoe', 'jane.doe@acme.example', { alias: 'J. Doe', timezone: 'Europe/Vienna', language: 'de', roles: ['ROLE_TEAMLEAD'], title: 'Lead' }),
      papershift: papershift('Jane Doe', 'jane.doe@acme.example', [], '0042'),
      mctime: mctime('jane.doe@acme.example', { firstName: 'Jane', lastName: 'Doe', gender: 'female', birthDate: '1985-2-1', validFrom: '2024-01-01T00:00:00+00:00', availableLoginMethods: [0, 1], exportIds: { exportId1: 'X', exportId2: '' }, roles: [{ role: 'employee', organizations: [{ id: 'o1', name: 'Acme', relId: 5 }] }], someNewField: 'x' }),
    };
    const p = rebuildPerson(g, 'jane.doe', opts);
    expect(p.errors).toEqual([]);
    expect(Object.keys(p.decl)).toEqual(['key', 'firstName', 'lastName', 'email', 'systems']);
    expect(p.decl.systems).toEqual({
      kimai: { username: 'jdoe', roles: ['ROLE_TEAMLEAD'], timezone: 'Europe/Vienna', alias: 'J. Doe', title: 'Lead' },
      papershift: {},
      mctime: { gender: 'female', birthDate: '${PEOPLE_JANE_DOE_BIRTH_DATE}', validFrom: '2024-01-01', exportIds: { exportId1: 'X' }, roles: [{ role: 'employee', organizations: [{ name: 'Acme' }] }] },
    });
    expect(p.sensitive).toEqual([{ name: 'PEOPLE_JANE_DOE_BIRTH_DATE', field: 'birthDate', value: '1985-02-01' }]);
    expect(p.warnings).toContain('papershift staff number "0042" cannot be declared: left out (Papershift keeps it)');
    expect(p.warnings.join('\n')).toContain('kept by McTime as they are: someNewField');
  });

  it('employments: dates from timestamps, numbers from strings, sensitive values as references or (asked) as values', () => {
    const record = {
      firstName: 'Jane',
      lastName: 'Doe',
      userEmployments: [
        {
          id: 'e1',
          from: null,
          basicData: { id: 'b', employmentStart: '2024-01-01T00:00:00+00:00', employmentEnd: '', employmentRelationship: 'employee' },
          employmentContract: { id: 'c', weeklyHours: '38.5', employmentType: 'not-a-type', probationPeriod: '2024-06-30T00:00:00Z' },
          bankDetails: { iban: 'DE00', paymentType: 'bank_transfer' },
          paySchedules: [],
        },
      ],
    };
    const p = rebuildPerson({ mctime: mctime('jane@acme.example', record) }, 'jane', opts);
    expect(p.decl.employments).toEqual([
      {
        basicData: { employmentStart: '2024-01-01', employmentRelationship: 'employee' },
        employmentContract: { weeklyHours: 38.5, probationPeriod: '2024-06-30' },
        bankDetails: { iban: '${PEOPLE_JANE_IBAN}', paymentType: 'bank_transfer' },
      },
    ]);
    expect(p.warnings.join('\n')).toContain('employments[2024-01-01].employmentContract.employmentType');
    const plain = rebuildPerson({ mctime: mctime('jane@acme.example', record) }, 'jane', { ...opts, includeSensitive: true });
    expect(plain.sensitive).toEqual([]);
    expect(JSON.stringify(plain.decl)).toContain('"iban":"DE00"');
  });

  it('names from Papershift (else the Kimai alias) when McTime has none; a literal ${ is escaped', () => {
    const p = rebuildPerson({ papershift: papershift('Anna Maria Schmidt', 'a@acme.example'), kimai: kimai('as', 'a@acme.example', { title: 'costs ${x}' }) }, 'a', opts);
    expect([p.decl.firstName, p.decl.lastName]).toEqual(['Anna', 'Maria Schmidt']);
    expect(p.warnings).toContain('kimai alias is empty: the plan will set "Anna Maria Schmidt"');
    expect(p.decl.systems?.kimai?.title).toBe('costs $${x}');
  });
});
