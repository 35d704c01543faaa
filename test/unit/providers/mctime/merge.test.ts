import { describe, expect, it } from 'vitest';
import { desiredUser } from '../../../../src/providers/mctime/desired.js';
import {
  erasedLeaves,
  keptWarnings,
  mergeRecord,
  normaliseForWrite,
} from '../../../../src/providers/mctime/merge.js';
import { getAt, same } from '../../../../src/providers/mctime/paths.js';
import { anna, annaRecord } from '../../../helpers/mctime-people.js';

describe('normaliseForWrite', () => {
  it('fixes the read quirks the write side rejects and keeps the rest as read', () => {
    const body = normaliseForWrite(annaRecord());
    // mctime.md §7.5: zero-pad birthDate
    expect(body.birthDate).toBe('1985-02-01');
    // mctime.md §7.4: send relID, keep relId
    expect(getAt(body, 'address.relID')).toBe(2545315);
    expect(getAt(body, 'address.relId')).toBe(2545315);
    // "" kept as read (the vendor's own example sends it); decimals stay strings
    expect(getAt(body, 'userEmployments[2025-01-01].basicData.employmentEnd')).toBe('');
    expect(getAt(body, 'userEmployments[2025-01-01].employmentContract.weeklyHours')).toBe('40');
  });
});

describe('mergeRecord', () => {
  it('changes only the declared leaf and keeps unknown properties and every id', () => {
    const record = annaRecord();
    const body = mergeRecord(record, [
      { path: 'userEmployments[2025-01-01].employmentContract.position', value: 'Lead' },
    ]);
    expect(getAt(body, 'userEmployments[2025-01-01].employmentContract.position')).toBe('Lead');
    expect(body.customFlag).toEqual({ keep: 'me' });
    expect(body.accountId).toBe(record.accountId);
    expect(body.accountRelId).toBe(2500001);
    expect(getAt(body, 'address.id')).toBe('00000000-0000-4000-8000-0000000add04');
    expect(getAt(body, 'userEmployments[2019-01-01].bankDetails.id')).toBe('sub-0-bankDetails');
    expect(getAt(body, 'userEmployments[2025-01-01].employmentContract.id')).toBe('sub-1-employmentContract');
    expect(erasedLeaves(record, body)).toEqual([]);
  });

  it('adds a new employment without ids next to the stored ones', () => {
    const record = annaRecord();
    const body = mergeRecord(record, [
      { path: 'userEmployments[2026-07-01].employmentContract.position', value: 'Lead' },
    ]);
    const list = body.userEmployments as Array<Record<string, unknown>>;
    expect(list).toHaveLength(3);
    expect(list[2]).toEqual({
      basicData: { employmentStart: '2026-07-01T00:00:00+00:00' },
      employmentContract: { position: 'Lead' },
    });
  });

  it('reports every erased leaf', () => {
    const record = annaRecord();
    const body = normaliseForWrite(record);
    delete body.exportIds;
    (body.userEmployments as unknown[]).shift();
    const erased = erasedLeaves(record, body).map((e) => e.path);
    expect(erased).toContain('exportIds.exportId1');
    expect(erased).toContain('userEmployments[2019-01-01].bankDetails.iban');
  });

  it('reuses stored role objects (relId) and adds new ones by id or name', () => {
    const body = mergeRecord(
      annaRecord(),
      [],
      [
        { role: 'employee', organizations: [{ name: 'Team A' }] },
        { role: 'approver', organizations: [{ id: 'org-x' }] },
      ],
    );
    expect(body.roles).toEqual([
      { role: 'employee', organizations: [expect.objectContaining({ name: 'Team A', relId: 2500002 })] },
      { role: 'approver', organizations: [{ id: 'org-x' }] },
    ]);
  });
});

describe('keptWarnings', () => {
  it('names every stored record that survives only because it is re-sent', () => {
    const warnings = keptWarnings(annaRecord(), desiredUser(anna()));
    expect(warnings).toEqual(
      expect.arrayContaining([
        'employment starting 2019-01-01 is not declared; kept by re-sending it',
        'bankDetails of employment 2025-01-01 not declared; re-sent unchanged',
        'payrollInformation of employment 2025-01-01 not declared; re-sent unchanged',
        'paySchedules of employment 2025-01-01 not declared; re-sent unchanged',
        'address not declared; re-sent unchanged',
        'exportIds not declared; re-sent unchanged',
        expect.stringContaining('login block availableLoginMethods [-1]'),
        expect.stringContaining('birthDate, customFlag, gender, mobilePhoneNumber, nationality, validFrom'),
      ]),
    );
    // roles are declared: no "kept" warning for them
    expect(warnings.some((w) => w.startsWith('roles'))).toBe(false);
  });

  it('points at a non-zero compensation amount an edit re-sends (McTime adds it to a pool, seed 003)', () => {
    const record = annaRecord();
    const job = (record.userEmployments as Array<Record<string, unknown>>).find((e) =>
      String((e.basicData as Record<string, unknown>).employmentStart).startsWith('2025-01-01'),
    )!;
    job.overtimeSettings = { timeCompensationAmount: '123.32' };
    job.vacationSettings = { vacationCompensationAmount: '0' };
    const about = (w: string[]) => w.filter((x) => x.includes('CompensationAmount'));
    expect(about(keptWarnings(record, desiredUser(anna())))).toEqual([
      'userEmployments[2025-01-01].overtimeSettings.timeCompensationAmount 123.32 is re-sent with this edit; McTime adds such an amount to the pool (field reference), so check that a save does not book it again',
    ]);
    // Declared, it is the declaration's value: nothing to point at.
    const declared = anna();
    declared.employments[0]!.overtimeSettings = { timeCompensationAmount: 123.32 };
    expect(about(keptWarnings(record, desiredUser(declared)))).toEqual([]);
  });
});

describe('same', () => {
  it('ignores the read quirks but not real differences', () => {
    expect(same('40', 40)).toBe(true);
    expect(same('', null)).toBe(true);
    expect(same('1985-2-1', '1985-02-01')).toBe(true);
    expect(same('true', true)).toBe(true);
    expect(same('2025-01-01T00:00:00Z', '2025-01-01T00:00:00+00:00')).toBe(true);
    expect(same('007', '7')).toBe(false);
    expect(same('38.5', 40)).toBe(false);
  });
});
