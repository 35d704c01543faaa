// Arbitrary declarations: 1..6 people with contracts, McTime employments and a random subset of systems.
// Every generated environment must pass `people validate` (the property checks that first), so the
// constraints of the schema and the semantic checks are built in here rather than filtered afterwards.
import fc from 'fast-check';
import { dateOf, increasingDays } from './dates.js';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A duration as written in YAML (`7h30m`, `45m`, or seconds) and what it means. */
export interface Duration {
  text: string | number;
  seconds: number;
}

export type ContractShape =
  | { type: 'day'; days: Partial<Record<Weekday, Duration>> }
  | { type: 'week'; weeklyHours: Duration; workDays: Weekday[] }
  | { type: 'month'; monthlyHours: Duration; workDays: Weekday[] };

export interface GenContract {
  start: string;
  /** Names a template of TEMPLATES instead of giving the shape (which is then the template's). */
  template?: string;
  end?: string;
  shape: ContractShape;
  vacationDays?: number;
  publicHolidayGroup?: number;
}

export type Json = Record<string, unknown>;

export interface GenEmployment {
  start: string;
  end?: string;
  /** Declared sub-objects besides basicData's start and end, McTime's names. */
  basicData: Json;
  employmentContract?: Json;
  bankDetails?: Json;
  payrollInformation?: Json;
  paySchedules?: Array<{ id: string }>;
}

export interface GenMcTime {
  /** Pins an existing user (set by the starting state, which knows the id). */
  id?: string;
  gender?: string;
  roles?: Array<{ role: string; organizations: Array<{ name: string }> }>;
  nationality?: string;
  birthDate?: string;
  mobilePhoneNumber?: string;
  address?: Json;
  exportIds?: Json;
  availableLoginMethods?: number[];
}

export interface GenPerson {
  key: string;
  firstName: string;
  lastName: string;
  email: string;
  leaveDate?: string;
  contracts: GenContract[];
  employments: GenEmployment[];
  kimai?: {
    username: string;
    roles: string[];
    title?: string;
    alias?: string;
    accountNumber?: string;
    timezone?: string;
  };
  papershift?: { staffNumber?: number };
  mctime?: GenMcTime;
}

/** Organizations of the McTime seed; declarations name them. */
export const ORG_NAMES = ['Acme', 'Engineering'] as const;

/** Seconds written as one of the accepted duration spellings. */
export function durationArb(minSeconds: number, maxSeconds: number): fc.Arbitrary<Duration> {
  // Whole minutes keep the `h`/`m` spellings exact; the plain-seconds spelling covers any value.
  return fc
    .tuple(fc.integer({ min: Math.ceil(minSeconds / 60), max: Math.floor(maxSeconds / 60) }), fc.nat(2))
    .map(([minutes, style]) => {
      const seconds = minutes * 60;
      const h = Math.floor(minutes / 60);
      const m = minutes % 60;
      const text =
        style === 0
          ? seconds
          : style === 1 || h === 0
            ? `${h ? `${h}h` : ''}${m || !h ? `${m}m` : ''}`
            : `${minutes}m`;
      return { text, seconds };
    });
}

const workDaysArb = fc.subarray([...WEEKDAYS], { minLength: 1 });

function shapeArb(allowMonth: boolean): fc.Arbitrary<ContractShape> {
  const day = fc
    .dictionary(fc.constantFrom(...WEEKDAYS), durationArb(0, 12 * 3600), { minKeys: 1, maxKeys: 7 })
    .map((days): ContractShape => ({ type: 'day', days }));
  // At most 10h a work day, so that Papershift (which spreads the week over the work days) gets a valid day.
  const week = workDaysArb.chain((workDays) =>
    durationArb(3600, workDays.length * 10 * 3600).map((weeklyHours): ContractShape => ({
      type: 'week',
      weeklyHours,
      workDays,
    })),
  );
  const month = fc
    .tuple(workDaysArb, durationArb(3600, 200 * 3600))
    .map(([workDays, monthlyHours]): ContractShape => ({ type: 'month', monthlyHours, workDays }));
  return allowMonth ? fc.oneof(day, week, month) : fc.oneof(day, week);
}

/** contracts.yaml of every generated environment. */
export const TEMPLATES: Record<string, Json> = {
  'full-40': {
    type: 'week',
    weeklyHours: '40h',
    workDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
    vacationDays: 30,
  },
  'short-friday': {
    type: 'day',
    days: { mon: '8h', tue: '8h', wed: '8h', thu: '8h', fri: '4h' },
    publicHolidayGroup: 2,
  },
  'student-80': { type: 'month', monthlyHours: '80h', workDays: ['mon', 'tue', 'wed'] },
};

function contractsArb(inPapershift: boolean): fc.Arbitrary<GenContract[]> {
  // Starts 2023-01-01 .. 2027-06-30, so the plan date 2026-11-23 falls before, between or after them.
  return fc.integer({ min: 1, max: 2 }).chain((n) =>
    increasingDays(n, 8401, 10042, 2).chain((starts) =>
      fc.tuple(
        ...starts.map((s, i) => {
          const next = starts[i + 1];
          // An end lies in [start, next start - 1]; open-ended is as likely.
          const endArb = fc.option(fc.integer({ min: s, max: next !== undefined ? next - 1 : s + 900 }), {
            nil: undefined,
          });
          return fc.record({
            start: fc.constant(dateOf(s)),
            end: endArb.map((e) => (e === undefined ? undefined : dateOf(e))),
            shape: shapeArb(!inPapershift),
            template: fc.option(
              fc.constantFrom(
                ...Object.keys(TEMPLATES).filter((t) => !inPapershift || TEMPLATES[t]!.type !== 'month'),
              ),
              { nil: undefined, freq: 3 },
            ),
            vacationDays: fc.option(
              fc.integer({ min: 0, max: 70 }).map((x) => x / 2),
              { nil: undefined },
            ),
            publicHolidayGroup: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
          });
        }),
      ),
    ),
  );
}

/** Strings a YAML writer must quote or a loader might read as something else (YAML 1.1 booleans, numbers, dates). */
const TRICKY = [
  'yes',
  'No',
  'on',
  'null',
  '~',
  '0815',
  '1e3',
  '0x1F',
  '2024-01-01',
  '12:30',
  '#hash',
  '- dash',
  'a: b',
  '  padded  ',
];
const wordArb = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      'Anna',
      'Jörg',
      'Zoë',
      'Li',
      "O'Neil",
      'Maximilian',
      'Ana-Sofia',
      'Ümit',
      'Björn',
    ),
    weight: 4,
  },
  { arbitrary: fc.constantFrom(...TRICKY), weight: 1 },
);
const textArb = fc.oneof(
  {
    arbitrary: fc.constantFrom('Engineer', 'Head of People', 'Büro Wien', 'Ops & Support', 'R&D', ''),
    weight: 4,
  },
  { arbitrary: fc.constantFrom(...TRICKY), weight: 1 },
);

const employmentContractArb = fc.record(
  {
    position: textArb,
    employmentType: fc.constantFrom('full_time', 'part_time', 'marginally', 'intern'),
    weeklyHours: fc.integer({ min: 0, max: 80 }).map((h) => h / 2),
  },
  { requiredKeys: [] },
);
export const bankDetailsArb = fc.record(
  {
    paymentType: fc.constantFrom('cash', 'bank_transfer'),
    nameOfAccountHolder: wordArb,
    iban: fc.constantFrom('DE89370400440532013000', 'AT611904300234573201'),
    bicSwift: fc.constantFrom('COBADEFFXXX', 'BKAUATWW'),
  },
  { requiredKeys: [] },
);
export const payrollArb = fc.record(
  {
    taxIdentificationNumber: fc.constantFrom('12345678901', '12-345/6789'),
    taxClass: fc.integer({ min: 1, max: 6 }),
    maritalStatus: fc.constantFrom('single', 'married'),
    dependants: fc.integer({ min: 0, max: 4 }),
    severeDisability: fc.boolean(),
    wageTaxAllowance: fc.integer({ min: 0, max: 400 }).map((x) => x / 4),
  },
  { requiredKeys: [] },
);

function employmentsArb(): fc.Arbitrary<GenEmployment[]> {
  // Starts from 2020 on: the undeclared "old" employments of the starting state lie before 2020.
  return fc.integer({ min: 0, max: 2 }).chain((n) =>
    increasingDays(n, 7305, 10042, 2).chain((starts) =>
      fc.tuple(
        ...starts.map((s, i) => {
          const next = starts[i + 1];
          // Employments may not overlap: every one but the last needs an end before the next start.
          const endArb =
            next !== undefined
              ? fc.integer({ min: s, max: next - 1 })
              : fc.option(fc.integer({ min: s, max: s + 900 }), { nil: undefined });
          return fc.record(
            {
              start: fc.constant(dateOf(s)),
              end: endArb.map((e) => (e === undefined ? undefined : dateOf(e))),
              basicData: fc.record(
                {
                  employmentRelationship: fc.constantFrom('employee', 'worker', 'managing_director'),
                  employeeId: fc.constantFrom('1001', '0815', 'E-7'),
                },
                { requiredKeys: [] },
              ),
              employmentContract: employmentContractArb,
              bankDetails: bankDetailsArb,
              payrollInformation: payrollArb,
              paySchedules: fc.constant<Array<{ id: string }>>([
                { id: '12345678-215a-4023-a759-f125a6202b93' },
              ]),
            },
            // The end is optional only for the last employment (the arbitrary above already decides).
            { requiredKeys: ['start', 'basicData', 'end'] },
          );
        }),
      ),
    ),
  );
}

const mctimeArb: fc.Arbitrary<GenMcTime> = fc.record(
  {
    gender: fc.constantFrom('male', 'female', 'none'),
    roles: fc
      .uniqueArray(fc.constantFrom('employee', 'approver', 'manager'), { minLength: 1, maxLength: 2 })
      .chain((roles) =>
        fc.tuple(
          ...roles.map((role) =>
            fc
              .subarray([...ORG_NAMES], { minLength: 1 })
              .map((orgs) => ({ role, organizations: orgs.map((name) => ({ name })) })),
          ),
        ),
      ),
    nationality: fc.constantFrom('DE', 'AT'),
    birthDate: fc.constantFrom('1980-02-03', '1999-12-31'),
    mobilePhoneNumber: fc.constantFrom('+43 660 1234567', ''),
    // Partial objects: the stored record may hold members the declaration does not name.
    address: fc.record(
      { city: fc.constantFrom('Wien', 'Graz'), country: fc.constantFrom('AT', 'DE') },
      { requiredKeys: [] },
    ),
    exportIds: fc.record(
      { exportId1: fc.constantFrom('P-1001', 'P-2002'), exportId3: fc.constantFrom('Z') },
      { requiredKeys: [] },
    ),
    availableLoginMethods: fc.constantFrom([0, 1], [0], [-1]),
  },
  { requiredKeys: [] },
);

function personArb(i: number): fc.Arbitrary<GenPerson> {
  const key = `p${i}`;
  return fc
    .record({
      firstName: wordArb,
      lastName: wordArb,
      systems: fc.subarray(['kimai', 'papershift', 'mctime'] as const),
      kimaiRoles: fc.subarray(['ROLE_TEAMLEAD', 'ROLE_ADMIN']),
      title: fc.option(
        fc.oneof(fc.constantFrom('Engineer', 'Team Lead', 'Zoë’s deputy', ''), fc.constantFrom(...TRICKY)),
        { nil: undefined },
      ),
      upperEmail: fc.boolean(),
      kimaiExtra: fc.record(
        {
          alias: fc.oneof(fc.constantFrom('', 'Jo', 'Zoë B.'), fc.constantFrom(...TRICKY)),
          accountNumber: fc.constantFrom('', '0042', '1001'),
          timezone: fc.constantFrom('UTC', 'Europe/Vienna', 'America/New_York'),
        },
        { requiredKeys: [] },
      ),
      staffNumber: fc.option(fc.constant(1000 + i), { nil: undefined }),
      mctime: mctimeArb,
      employments: employmentsArb(),
      // A leaver (before, on or after the plan date 2026-11-23), now and then.
      leaveDate: fc.option(fc.integer({ min: 9400, max: 10400 }), { nil: undefined, freq: 2 }),
    })
    .chain((r) =>
      contractsArb(r.systems.includes('papershift')).map((contracts): GenPerson => {
        const p: GenPerson = {
          key,
          firstName: r.firstName,
          lastName: r.lastName,
          email: r.upperEmail ? `${key.toUpperCase()}@People.Test` : `${key}@people.test`,
          contracts,
          employments: r.employments,
        };
        if (r.leaveDate !== undefined) p.leaveDate = dateOf(r.leaveDate);
        if (r.systems.includes('kimai'))
          p.kimai = {
            username: `user${i}`,
            roles: r.kimaiRoles,
            ...(r.title !== undefined ? { title: r.title } : {}),
            ...r.kimaiExtra,
          };
        if (r.systems.includes('papershift'))
          p.papershift = r.staffNumber !== undefined ? { staffNumber: r.staffNumber } : {};
        if (r.systems.includes('mctime')) p.mctime = r.mctime;
        return p;
      }),
    );
}

export const peopleArb: fc.Arbitrary<GenPerson[]> = fc
  .integer({ min: 1, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => personArb(i))));
