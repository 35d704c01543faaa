// Builders for import records, as the providers' readUnmanaged() return them.
import type { KimaiImportRecord, McTimeImportRecord, PapershiftImportRecord } from '../../../src/import/records.js';
import type { KimaiUserRecord } from '../../../src/providers/kimai/types.js';
import type { PsModel } from '../../../src/providers/papershift/types.js';

type Json = Record<string, unknown>;

export function kimai(username: string, email: string, over: Partial<KimaiUserRecord> = {}, flags: { active?: boolean; service?: boolean } = {}): KimaiImportRecord {
  const user: KimaiUserRecord = { id: 1, username, email, enabled: flags.active ?? true, alias: null, title: null, accountNumber: null, language: 'de', locale: 'de_DE', timezone: 'Europe/Berlin', roles: [], preferences: {}, ...over };
  return { system: 'kimai', id: String(user.id), email, active: user.enabled, serviceAccount: flags.service ?? false, user };
}

export function papershift(name: string, email: string | null, models: PsModel[] = [], staff: string | null = null, flags: { active?: boolean; service?: boolean } = {}): PapershiftImportRecord {
  const id = `ps-${name}`;
  return {
    system: 'papershift',
    id,
    email,
    active: flags.active ?? true,
    serviceAccount: flags.service ?? false,
    user: { id, name, email, status: flags.active === false ? 'deactivated' : 'active', discarded_at: null },
    models,
    payroll: staff === null ? null : { id: 'p1', staff_number: staff, employment_start_date: null },
  };
}

export function model(start: string, seconds: Array<[number, number]>): PsModel {
  return { id: `m-${start}`, pattern: 'weekly', start_date: start, discarded_at: null, workdays: seconds.map(([day, s], i) => ({ id: `w${i}`, day_of_week: day, seconds: s })) };
}

export function mctime(email: string | null, record: Json = {}, flags: { active?: boolean } = {}): McTimeImportRecord {
  const id = `mc-${email ?? 'none'}`;
  return {
    system: 'mctime',
    id,
    email,
    active: flags.active ?? true,
    serviceAccount: false,
    listed: { id, firstName: (record.firstName as string) ?? null, lastName: (record.lastName as string) ?? null, email, mobilePhoneNumber: null, organizationId: null, active: flags.active ?? true },
    record: { id, email, ...record },
  };
}
