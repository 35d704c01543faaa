// Arbitrary starting states of the three simulators, in their seed formats: empty, or some declared people
// already present with differing values, McTime records holding undeclared data, and unmanaged users.
import fc from 'fast-check';
import type { KimaiSeed, KimaiSeedUser } from '../../../src/sim/kimai/index.js';
import type { McTimeSeed } from '../../../src/sim/mctime/index.js';
import type { PapershiftSeed, SeedModel } from '../../../src/sim/papershift/index.js';
import { bankDetailsArb, payrollArb, type GenPerson, type Json } from './declarations.js';
import { dateOf, timestamp } from './dates.js';

export const ORG_ACME = '0b7d1d3e-5c1a-4f0e-9b1e-2a6c9d000001';
export const ORG_ENG = '0b7d1d3e-5c1a-4f0e-9b1e-2a6c9d000002';

/** Deterministic UUIDs, so a failing case prints and replays the same seed. */
const uuid = (kind: number, n: number): string =>
  `00000000-0000-4000-8${kind.toString(16).padStart(3, '0')}-${n.toString(16).padStart(12, '0')}`;

/** How one declared person already exists in each system (absent: not there). */
export interface PersonStart {
  kimai?: {
    otherEmail: boolean;
    enabled: boolean;
    roles: string[];
    title: string | null;
    timezone: string;
    prefs: Record<string, string | null>;
  };
  papershift?: {
    otherName: boolean;
    upperEmail: boolean;
    status: 'created' | 'active' | 'deactivated';
    staffNumber: number | null;
    models: Array<{ start: number; discarded: boolean; days: Array<[number, number]> }>;
  };
  mctime?: {
    /** The declaration pins this user by id (systems.mctime.id). */
    pin: boolean;
    otherFirstName: boolean;
    otherEmail: boolean;
    upperEmail: boolean;
    gender: string | null;
    roles: Array<{ role: string; org: string }>;
    exportIds: Json | null;
    address: Json | null;
    loginBlocked: boolean;
    oldEmployment: { start: number; end: number; bankDetails: Json; payroll: Json } | null;
    /** Per declared employment: whether a record with the same start exists, and its differing values. */
    matching: Array<{ position: string; insurance: boolean } | null>;
    unknownProperty: boolean;
    /** Stored end of access: past (inactive user), future, or none. */
    validTo: string | null;
  };
}

export interface StartingState {
  people: PersonStart[];
  unmanaged: number;
}

const prefsArb = fc.record(
  {
    work_contract_type: fc.constantFrom('none', 'day', 'week', 'month'),
    work_monday: fc.constantFrom('0', '28800', '3600'),
    work_friday: fc.constantFrom('0', '14400'),
    hours_per_week: fc.constantFrom('144000', '72000', null),
    work_days_week: fc.constantFrom('1,2,3,4,5', '1,3'),
    holidays: fc.constantFrom('0', '28', '30.5'),
    public_holiday_group: fc.constantFrom('1', null),
    work_start_day: fc.constantFrom('2024-01-01', null),
    work_last_day: fc.constantFrom('2026-12-31', null),
    hourly_rate: fc.constantFrom('0', '55.5'),
  },
  { requiredKeys: [] },
);

const kimaiArb = fc.record({
  otherEmail: fc.boolean(),
  enabled: fc.boolean(),
  roles: fc.subarray(['ROLE_TEAMLEAD', 'ROLE_ADMIN']),
  title: fc.constantFrom(null, 'Chief Coffee Officer', 'Engineer'),
  timezone: fc.constantFrom('UTC', 'Europe/Vienna', 'Europe/Berlin'),
  prefs: prefsArb,
});

const modelArb = fc.record({
  start: fc.integer({ min: 8000, max: 10100 }),
  discarded: fc.boolean(),
  days: fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 36_000 })), {
    maxLength: 7,
    selector: ([d]) => d,
  }),
});

const papershiftArb = fc.record({
  otherName: fc.boolean(),
  upperEmail: fc.boolean(),
  status: fc.constantFrom('created' as const, 'active' as const, 'deactivated' as const),
  // Other staff numbers than any declared one (declared: 1000 + i), so no two users swap numbers.
  staffNumber: fc.option(fc.integer({ min: 90_000, max: 99_999 }), { nil: null }),
  models: fc.uniqueArray(modelArb, { maxLength: 3, selector: (m) => m.start }),
});

function mctimeArb(employments: number): fc.Arbitrary<NonNullable<PersonStart['mctime']>> {
  return fc.record({
    pin: fc.boolean(),
    otherFirstName: fc.boolean(),
    otherEmail: fc.boolean(),
    upperEmail: fc.boolean(),
    gender: fc.constantFrom(null, 'male', 'female'),
    roles: fc.uniqueArray(
      fc.record({
        role: fc.constantFrom('employee', 'approver', 'manager'),
        org: fc.constantFrom(ORG_ACME, ORG_ENG),
      }),
      { maxLength: 2, selector: (r) => `${r.role}|${r.org}` },
    ),
    exportIds: fc.option(
      fc.record(
        {
          exportId1: fc.constantFrom('P-1001', 'X'),
          exportId2: fc.constant(''),
          hardwareTerminalChipId: fc.constantFrom('CHIP-1', 'CHIP-77'),
        },
        { requiredKeys: [] },
      ),
      { nil: null },
    ),
    address: fc.option(
      fc.record(
        {
          street: fc.constantFrom('Mariahilfer Straße 1', 'Main St 5'),
          city: fc.constantFrom('Wien', 'Berlin'),
          postalCode: fc.constantFrom('1060', '10115'),
          country: fc.constantFrom('AT', 'DE'),
        },
        { requiredKeys: [] },
      ),
      { nil: null },
    ),
    loginBlocked: fc.boolean(),
    // Before 2020: declared employments start later, so the old one never overlaps them.
    oldEmployment: fc.option(
      fc.record({
        start: fc.integer({ min: 3653, max: 5000 }),
        end: fc.integer({ min: 5001, max: 7300 }),
        bankDetails: bankDetailsArb,
        payroll: payrollArb,
      }),
      { nil: null },
    ),
    matching: fc.array(
      fc.option(fc.record({ position: fc.constantFrom('Developer', 'Old title'), insurance: fc.boolean() }), {
        nil: null,
      }),
      {
        minLength: employments,
        maxLength: employments,
      },
    ),
    unknownProperty: fc.boolean(),
    validTo: fc.constantFrom(null, null, '2025-06-30T00:00:00+00:00', '2030-01-01T00:00:00+00:00'),
  });
}

export function startingStateArb(people: readonly GenPerson[]): fc.Arbitrary<StartingState> {
  const perPerson = people.map((p) =>
    fc.record(
      { kimai: kimaiArb, papershift: papershiftArb, mctime: mctimeArb(p.employments.length) },
      { requiredKeys: [] },
    ),
  );
  // One in four runs starts from empty systems.
  const empty = fc.constant<StartingState>({ people: people.map(() => ({})), unmanaged: 0 });
  // Now and then more than one McTime page (20 users) of unmanaged users.
  const unmanaged = fc.oneof(
    { arbitrary: fc.integer({ min: 0, max: 2 }), weight: 4 },
    { arbitrary: fc.integer({ min: 15, max: 25 }), weight: 1 },
  );
  const filled = fc.record({ people: fc.tuple(...perPerson), unmanaged });
  return fc.oneof({ arbitrary: empty, weight: 1 }, { arbitrary: filled, weight: 3 });
}

export interface Seeds {
  kimai: KimaiSeed;
  papershift: PapershiftSeed;
  mctime: McTimeSeed;
}

function kimaiSeed(people: readonly GenPerson[], start: StartingState): KimaiSeed {
  const users: KimaiSeedUser[] = [];
  people.forEach((p, i) => {
    const k = start.people[i]!.kimai;
    // A user exists under the declared username: only people managed in Kimai have one.
    if (!k || !p.kimai) return;
    users.push({
      username: p.kimai.username,
      email: k.otherEmail ? `old.${p.email}` : p.email,
      enabled: k.enabled,
      roles: k.roles,
      alias: 'Someone Else',
      title: k.title,
      language: 'en',
      locale: 'en_GB',
      timezone: k.timezone,
      preferences: k.prefs,
    });
  });
  for (let u = 0; u < start.unmanaged; u++)
    users.push({ username: `ext${u}`, email: `ext${u}@other.test`, enabled: true, title: 'Contractor' });
  return { users };
}

function papershiftSeed(people: readonly GenPerson[], start: StartingState): PapershiftSeed {
  const seed: PapershiftSeed = {
    account: { id: uuid(1, 0), name: 'Acme' },
    identities: [],
    users: [],
    payroll: {},
    models: [],
  };
  people.forEach((p, i) => {
    const s = start.people[i]!.papershift;
    if (!s) return;
    const id = uuid(2, i);
    seed.users.push({
      id,
      name: s.otherName ? 'Someone Else' : `${p.firstName} ${p.lastName}`,
      email: s.upperEmail ? p.email.toUpperCase() : p.email,
      status: s.status,
    });
    if (s.staffNumber !== null)
      seed.payroll[id] = { id: uuid(3, i), staff_number: String(s.staffNumber), employment_start_date: null };
    s.models.forEach((m, j) => {
      const model: SeedModel = {
        id: uuid(4, i * 16 + j),
        user_id: id,
        pattern: 'weekly',
        start_date: dateOf(m.start),
        discarded_at: m.discarded ? '2025-01-01T00:00:00.000Z' : null,
        workdays: m.days.map(([day, seconds], k) => ({
          id: uuid(5, i * 256 + j * 16 + k),
          day_of_week: day,
          seconds,
        })),
      };
      seed.models.push(model);
    });
  });
  for (let u = 0; u < start.unmanaged; u++)
    seed.users.push({ id: uuid(6, u), name: `External ${u}`, email: `ext${u}@other.test`, status: 'active' });
  return seed;
}

/** The McTime id of declared person `i` when the starting state holds them. */
export const mctimeIdOf = (i: number): string => uuid(7, i);

/** The declarations, with systems.mctime.id pinned where the starting state says so. */
export function withPins(people: readonly GenPerson[], start: StartingState): GenPerson[] {
  return people.map((p, i) =>
    p.mctime && start.people[i]!.mctime?.pin ? { ...p, mctime: { ...p.mctime, id: mctimeIdOf(i) } } : p,
  );
}

function mctimeUser(p: GenPerson, i: number, s: NonNullable<PersonStart['mctime']>): Json {
  const employments: Json[] = [];
  if (s.oldEmployment) {
    const o = s.oldEmployment;
    employments.push({
      basicData: {
        employmentStart: timestamp(dateOf(o.start)),
        employmentEnd: timestamp(dateOf(o.end)),
        employeeId: '0815',
        dismissReason: 'time_expired',
      },
      bankDetails: o.bankDetails,
      payrollInformation: o.payroll,
    });
  }
  p.employments.forEach((e, j) => {
    const m = s.matching[j];
    if (!m) return;
    employments.push({
      basicData: { employmentStart: timestamp(e.start), comment: 'kept by hand' },
      employmentContract: { position: m.position, periodOfNotice: '3 months' },
      ...(m.insurance
        ? { insuranceInformation: { healthInsuranceCountry: 'DE', typeOfHealthInsurance: 'statutory' } }
        : {}),
      publicProfile: { office: 'Munich', costCenter: '4100' },
    });
  });
  const email = s.otherEmail ? `old.${p.email}` : p.email;
  const user: Json = {
    id: mctimeIdOf(i),
    firstName: s.otherFirstName ? 'Other' : p.firstName,
    lastName: p.lastName,
    email: s.upperEmail ? email.toUpperCase() : email,
    gender: s.gender,
    nationality: 'AT',
    birthDate: '1980-02-03',
    userEmployments: employments,
  };
  if (s.roles.length > 0) user.roles = s.roles.map((r) => ({ role: r.role, organizations: [{ id: r.org }] }));
  if (s.exportIds) user.exportIds = s.exportIds;
  if (s.address) user.address = s.address;
  if (s.loginBlocked) user.availableLoginMethods = [-1];
  if (s.unknownProperty) user.favouriteColour = 'teal';
  if (s.validTo) user.validTo = s.validTo;
  return user;
}

function mctimeSeed(people: readonly GenPerson[], start: StartingState): McTimeSeed {
  const organizations: McTimeSeed['organizations'] = [
    { id: ORG_ACME, name: 'Acme', type: 'company', parentId: null, validFrom: null, validTo: null },
    { id: ORG_ENG, name: 'Engineering', type: 'branch', parentId: ORG_ACME, validFrom: null, validTo: null },
  ];
  const users: Json[] = [];
  people.forEach((p, i) => {
    const s = start.people[i]!.mctime;
    if (s) users.push(mctimeUser(p, i, s));
  });
  for (let u = 0; u < start.unmanaged; u++)
    users.push({
      firstName: 'External',
      lastName: `No. ${u}`,
      email: `ext${u}@other.test`,
      exportIds: { exportId1: `EXT-${u}` },
      userEmployments: [
        {
          basicData: { employmentStart: '2019-01-01T00:00:00+00:00' },
          bankDetails: { iban: 'DE89370400440532013000' },
        },
      ],
    });
  return { organizations, users, apiKeys: {} };
}

/** Seeds for the three simulators. A person present in a system they are not declared in is unmanaged there. */
export function seedsOf(people: readonly GenPerson[], start: StartingState): Seeds {
  return {
    kimai: kimaiSeed(people, start),
    papershift: papershiftSeed(people, start),
    mctime: mctimeSeed(people, start),
  };
}
