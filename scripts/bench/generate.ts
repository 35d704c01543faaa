// Deterministic bench population: N people with a realistic mix of contracts, employments and systems,
// built from a seeded PRNG (no faker) so that the same N always gives the same files and the same seeds.
import { mulberry32 } from '../../src/sim/common/server.js';

const FIRST = ['Anna', 'Ben', 'Clara', 'David', 'Emma', 'Felix', 'Greta', 'Hannes', 'Ida', 'Jonas', 'Katharina', 'Lukas', 'Mia', 'Noah', 'Olivia', 'Paul', 'Rosa', 'Simon', 'Tara', 'Viktor'];
const LAST = ['Bauer', 'Becker', 'Fischer', 'Gruber', 'Hofer', 'Huber', 'Koch', 'Lang', 'Mayer', 'Mueller', 'Schmidt', 'Schneider', 'Steiner', 'Wagner', 'Weber', 'Wolf'];
const POSITIONS = ['Engineer', 'Designer', 'Accountant', 'Sales Manager', 'Support Agent', 'Team Lead'];
const ORGS = ['Engineering', 'Sales', 'Vienna'];
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

export type Day = (typeof DAYS)[number];

export type ContractSpec =
  | { start: string; end?: string; template: string; vacationDays?: number }
  | { start: string; end?: string; type: 'day'; days: Partial<Record<Day, string>>; vacationDays: number; publicHolidayGroup: number }
  | { start: string; end?: string; type: 'week'; weeklyHours: string; workDays: Day[]; vacationDays: number; publicHolidayGroup: number }
  | { start: string; end?: string; type: 'month'; monthlyHours: string; workDays: Day[]; vacationDays: number; publicHolidayGroup: number };

export interface EmploymentSpec {
  basicData: { employmentStart: string; employeeId: string; employmentRelationship: string };
  employmentContract: { position: string; employmentType: string; weeklyHours: number };
}

export interface PersonSpec {
  key: string;
  firstName: string;
  lastName: string;
  email: string;
  contracts: ContractSpec[];
  employments?: EmploymentSpec[];
  systems: {
    kimai: { username: string; roles: string[]; timezone?: string };
    papershift?: { staffNumber?: number };
    mctime?: { roles: Array<{ role: string; organizations: Array<{ name: string }> }> };
  };
}

/** contracts.yaml of the bench environment (the same shapes as the sandbox's templates). */
export const CONTRACT_TEMPLATES = {
  'full-time-40': { type: 'week', weeklyHours: '40h', workDays: [...DAYS], vacationDays: 30, publicHolidayGroup: 1 },
  'full-time-38h30': { type: 'week', weeklyHours: '38h30m', workDays: [...DAYS], vacationDays: 25, publicHolidayGroup: 2 },
  'part-time-20': { type: 'week', weeklyHours: '20h', workDays: [...DAYS], vacationDays: 30, publicHolidayGroup: 1 },
} as const;
const TEMPLATE_HOURS: Record<string, number> = { 'full-time-40': 40, 'full-time-38h30': 38.5, 'part-time-20': 20 };

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}

const date = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}-01`;

/** A day contract: 3 to 5 work days of 4h to 8h. */
function dayContract(r: () => number, start: string): ContractSpec {
  const n = 3 + Math.floor(r() * 3);
  const days: Partial<Record<Day, string>> = {};
  for (const d of DAYS.slice(0, n)) days[d] = `${4 + Math.floor(r() * 5)}h`;
  return { start, type: 'day', days, vacationDays: 20 + Math.floor(r() * 11), publicHolidayGroup: 1 };
}

function weeklyHoursOf(c: ContractSpec): number {
  if ('template' in c) return TEMPLATE_HOURS[c.template]!;
  if (c.type === 'day') return Object.values(c.days).reduce((s, v) => s + Number(v.replace('h', '')), 0);
  if (c.type === 'week') return Number(c.weeklyHours.replace('h', ''));
  return 0;
}

/**
 * Person i of the population. Mix: 60 % one template contract, 20 % one day contract, 20 % two contracts
 * (an ended template, then a day or week contract); 70 % with a McTime employment; every person in Kimai,
 * 90 % in Papershift (80 % with a staff number), 85 % in McTime; the 10 % outside Papershift may have a
 * month contract (Papershift cannot express one).
 */
export function makePerson(i: number, r: () => number): PersonSpec {
  const firstName = pick(r, FIRST);
  const lastName = pick(r, LAST);
  const key = `${firstName}.${lastName}.${i}`.toLowerCase();
  const inPapershift = r() < 0.9;
  const start = date(2018 + Math.floor(r() * 8), 1 + Math.floor(r() * 12));
  const mix = r();
  let contracts: ContractSpec[];
  if (mix < 0.6) contracts = [{ start, template: pick(r, Object.keys(CONTRACT_TEMPLATES)) }];
  else if (mix < 0.8) contracts = [dayContract(r, start)];
  else {
    const second = date(2025, 1 + Math.floor(r() * 12));
    const later: ContractSpec = r() < 0.5 ? dayContract(r, second) : { start: second, type: 'week', weeklyHours: `${24 + Math.floor(r() * 17)}h`, workDays: [...DAYS.slice(0, 4)], vacationDays: 28, publicHolidayGroup: 1 };
    const endPrev = new Date(Date.parse(`${second}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    contracts = [{ start: '2017-01-01', end: endPrev, template: 'full-time-40' }, later];
  }
  if (!inPapershift && r() < 0.3) contracts = [{ start, type: 'month', monthlyHours: '80h', workDays: [...DAYS], vacationDays: 24, publicHolidayGroup: 1 }];
  const person: PersonSpec = { key, firstName, lastName, email: `${key}@bench.example`, contracts, systems: { kimai: { username: `u${i}`, roles: r() < 0.1 ? ['ROLE_TEAMLEAD'] : [] } } };
  if (r() < 0.2) person.systems.kimai.timezone = 'Europe/Vienna';
  if (inPapershift) person.systems.papershift = r() < 0.89 ? { staffNumber: i + 1 } : {};
  if (r() < 0.85) {
    person.systems.mctime = { roles: [{ role: 'employee', organizations: [{ name: pick(r, ORGS) }] }] };
    if (r() < 0.82) {
      const hours = weeklyHoursOf(contracts.at(-1)!);
      person.employments = [
        {
          basicData: { employmentStart: contracts[0]!.start, employeeId: String(10_000 + i), employmentRelationship: 'employee' },
          employmentContract: { position: pick(r, POSITIONS), employmentType: hours >= 35 ? 'full_time' : 'part_time', weeklyHours: hours },
        },
      ];
    }
  }
  return person;
}

export function generatePeople(n: number, seed = 42): PersonSpec[] {
  const r = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => makePerson(i, r));
}

export type ChangeKind = 'vacation' | 'hours' | 'position';

/** The changed person and what changed (for the expected-request count). */
export interface Mutation {
  key: string;
  kind: ChangeKind;
}

/** A later start for the last contract's hours change keeps the contract type (one Kimai PATCH, not two). */
function changeHours(c: ContractSpec): ContractSpec {
  if ('template' in c) {
    const t = CONTRACT_TEMPLATES[c.template as keyof typeof CONTRACT_TEMPLATES];
    const { template: _t, ...rest } = c;
    return { ...rest, type: 'week', weeklyHours: t.weeklyHours === '20h' ? '22h' : '36h', workDays: [...t.workDays], vacationDays: c.vacationDays ?? t.vacationDays, publicHolidayGroup: t.publicHolidayGroup };
  }
  if (c.type === 'day') {
    const [first] = Object.keys(c.days) as Day[];
    return { ...c, days: { ...c.days, [first!]: c.days[first!] === '4h' ? '5h' : '4h' } };
  }
  if (c.type === 'week') return { ...c, weeklyHours: c.weeklyHours === '30h' ? '31h' : '30h' };
  return { ...c, monthlyHours: '90h' };
}

/**
 * Changes every tenth person (i % 10 === 3): a third get one more vacation day (Kimai preferences only), a
 * third other hours in the contract in force (Kimai preferences + a Papershift model), a third another McTime
 * position (one McTime user edit; people without an employment get the vacation change instead).
 */
export function mutate(people: readonly PersonSpec[]): { people: PersonSpec[]; mutations: Mutation[] } {
  const mutations: Mutation[] = [];
  const out = people.map((p, i) => {
    if (i % 10 !== 3) return p;
    let kind: ChangeKind = (['vacation', 'hours', 'position'] as const)[Math.floor(i / 10) % 3]!;
    if (kind === 'position' && !p.employments) kind = 'vacation';
    mutations.push({ key: p.key, kind });
    const copy = structuredClone(p);
    const last = copy.contracts.length - 1;
    const c = copy.contracts[last]!;
    if (kind === 'vacation') {
      const base = 'template' in c ? (c.vacationDays ?? CONTRACT_TEMPLATES[c.template as keyof typeof CONTRACT_TEMPLATES].vacationDays) : c.vacationDays;
      copy.contracts[last] = { ...c, vacationDays: base + 1 };
    } else if (kind === 'hours') copy.contracts[last] = changeHours(c);
    else copy.employments![0]!.employmentContract.position += ' II';
    return copy;
  });
  return { people: out, mutations };
}
