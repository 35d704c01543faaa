// Builders for Kimai provider tests: declared people, declarations, contracts and actual users.
import type { Contract, Declarations, Person, Policy } from '../../src/model/declarations.js';
import type { PlanInput } from '../../src/model/provider.js';
import type { KimaiActual, KimaiUserRecord } from '../../src/providers/kimai/index.js';

const POS = { file: 'test.yaml', line: 1, col: 1 };

export function contract(over: Partial<Contract> = {}): Contract {
  return {
    start: '2025-01-01',
    end: null,
    type: 'day',
    days: { mon: 28800, tue: 28800, wed: 28800, thu: 28800, fri: 14400 },
    weeklySeconds: null,
    monthlySeconds: null,
    workDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
    vacationDays: 30,
    publicHolidayGroup: null,
    template: null,
    pos: POS,
    ...over,
  };
}

export function weekContract(over: Partial<Contract> = {}): Contract {
  return contract({ type: 'week', days: {}, weeklySeconds: 144000, ...over });
}

export function person(key: string, over: Partial<Person> = {}, kimai: Partial<NonNullable<Person['systems']['kimai']>> = {}): Person {
  const [first = 'X', last = 'Y'] = key.split('.').map((s) => s.charAt(0).toUpperCase() + s.slice(1));
  return {
    key,
    firstName: first,
    lastName: last,
    email: `${key}@example.com`,
    leaveDate: null,
    contracts: [contract()],
    employments: [],
    systems: { kimai: { username: key.replace('.', ''), roles: [], ...kimai } },
    sensitiveValues: [],
    pos: POS,
    ...over,
  };
}

export function decl(people: Person[], policy: Partial<Policy> = {}): Declarations {
  return {
    env: 'test',
    dir: '/tmp/env',
    providers: {},
    policy: { unmanaged: 'report', maxChangesPercent: 30, minPopulation: 10, ignore: [], ...policy },
    defaults: { kimai: { language: 'en', locale: 'en_GB', timezone: 'Europe/Berlin' } },
    people,
    secrets: [],
    digest: 'digest',
  };
}

export function input(people: Person[], over: Partial<PlanInput> = {}, policy: Partial<Policy> = {}): PlanInput {
  return { decl: decl(people, policy), people, targeted: false, date: '2026-06-01', ...over };
}

export function kuser(id: number, username: string, over: Partial<KimaiUserRecord> = {}): KimaiUserRecord {
  return {
    id,
    username,
    email: `${username}@example.com`,
    enabled: true,
    alias: null,
    title: null,
    accountNumber: null,
    language: 'en',
    locale: 'en_GB',
    timezone: 'Europe/Berlin',
    roles: [],
    preferences: {},
    ...over,
  };
}

/** The token owner (id 1, super admin) plus the given users. */
export function actualWith(...users: KimaiUserRecord[]): KimaiActual {
  return { users: [kuser(1, 'admin', { roles: ['ROLE_SUPER_ADMIN'] }), ...users], me: { id: 1, username: 'admin' } };
}

/** The user record a plan for `p` (default builders) expects to find, in sync. */
export function inSync(id: number, p: Person, prefs: Record<string, string | null>): KimaiUserRecord {
  return kuser(id, p.systems.kimai!.username, { email: p.email, alias: `${p.firstName} ${p.lastName}`, preferences: prefs });
}

export const DAY_PREFS = {
  work_contract_type: 'day',
  work_monday: '28800',
  work_tuesday: '28800',
  work_wednesday: '28800',
  work_thursday: '28800',
  work_friday: '14400',
  work_saturday: '0',
  work_sunday: '0',
  holidays: '30',
  public_holiday_group: null,
  work_start_day: '2025-01-01',
  work_last_day: null,
};
