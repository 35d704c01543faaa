// Builders for declared people, plan inputs and actual Papershift state in the Papershift provider tests.
import type { Contract, Declarations, Person, Weekday } from '../../src/model/declarations.js';
import type { PlanInput } from '../../src/model/provider.js';
import type { PapershiftActual, PsModel, PsUser } from '../../src/providers/papershift/types.js';

const pos = { file: 'people/test.yaml', line: 1, col: 1 };

export function weekContract(start: string, weeklySeconds: number, workDays: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri']): Contract {
  return { start, end: null, type: 'week', days: {}, weeklySeconds, monthlySeconds: null, workDays, vacationDays: 30, publicHolidayGroup: null, template: null, pos };
}

export function dayContract(start: string, days: Partial<Record<Weekday, number>>): Contract {
  const workDays = (Object.keys(days) as Weekday[]).filter((d) => (days[d] ?? 0) > 0);
  return { start, end: null, type: 'day', days, weeklySeconds: null, monthlySeconds: null, workDays, vacationDays: 30, publicHolidayGroup: null, template: null, pos };
}

export function person(key: string, overrides: Partial<Person> = {}): Person {
  const [first = 'X', last = 'Y'] = key.split('.').map((s) => s[0]!.toUpperCase() + s.slice(1));
  return {
    key,
    firstName: first,
    lastName: last,
    email: `${key}@acme.example`,
    leaveDate: null,
    contracts: [weekContract('2025-01-01', 40 * 3600)],
    employments: [],
    systems: { papershift: {} },
    sensitiveValues: [],
    pos,
    ...overrides,
  };
}

export function planInput(
  people: Person[],
  opts: { date?: string; unmanaged?: 'report' | 'deactivate'; targeted?: boolean; ignore?: Declarations['policy']['ignore']; declared?: Person[] } = {},
): PlanInput {
  const decl: Declarations = {
    env: 'test',
    dir: '/tmp/test',
    providers: { papershift: { simulator: true } },
    policy: { unmanaged: opts.unmanaged ?? 'report', maxChangesPercent: 100, minPopulation: 0, ignore: opts.ignore ?? [] },
    defaults: { kimai: { language: 'en', locale: 'en', timezone: 'UTC' } },
    people: opts.declared ?? people,
    secrets: [],
    digest: 'test',
  };
  return { decl, people, targeted: opts.targeted ?? false, date: opts.date ?? '2026-06-15' };
}

let n = 0;
/** A deterministic UUID-shaped id for fixtures. */
export function uid(): string {
  n++;
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

export function psUser(key: string, over: Partial<PsUser> = {}): PsUser {
  const p = person(key);
  return { id: uid(), name: `${p.firstName} ${p.lastName}`, email: p.email, status: 'active', discarded_at: null, ...over };
}

/** A live model with workdays given as seconds by weekday index (0 = Monday). */
export function psModel(start: string, seconds: Partial<Record<number, number>>): PsModel {
  return {
    id: uid(),
    pattern: 'weekly',
    start_date: start,
    discarded_at: null,
    workdays: Object.entries(seconds).map(([d, s]) => ({ id: uid(), day_of_week: Number(d), seconds: s! })),
  };
}

export function actual(users: PsUser[], details: PapershiftActual['details'] = {}, ownUserIds: string[] = []): PapershiftActual {
  return { users, ownUserIds, details };
}
