// Builders for declared people and plan inputs in the McTime provider tests.
import type { Contract, Declarations, Employment, Person } from '../../src/model/declarations.js';
import type { PlanInput } from '../../src/model/provider.js';
import { TEAM_A, annaDocument } from './mctime-seed.js';

const pos = { file: 'people/test.yaml', line: 1, col: 1 };

export function weekContract(start: string, hours: number): Contract {
  return {
    start,
    end: null,
    type: 'week',
    days: {},
    weeklySeconds: hours * 3600,
    monthlySeconds: null,
    workDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
    vacationDays: 30,
    publicHolidayGroup: null,
    template: null,
    pos,
  };
}

/** Anna as declared: the 2025 employment with a new position, roles as stored, nothing else. */
export function anna(overrides: Partial<Person> = {}): Person {
  const employments: Employment[] = [
    {
      basicData: { employmentStart: '2025-01-01', employmentRelationship: 'employee' },
      employmentContract: { position: 'Senior Engineer', weeklyHours: 40 },
    },
  ];
  return {
    key: 'anna.berger',
    firstName: 'Anna',
    lastName: 'Berger',
    email: 'Anna.Berger@example.com',
    leaveDate: null,
    contracts: [weekContract('2025-01-01', 40)],
    employments,
    systems: { mctime: { roles: [{ role: 'employee', organizations: [{ name: 'Team A' }] }], fields: {} } },
    sensitiveValues: [],
    pos,
    ...overrides,
  };
}

export function newcomer(): Person {
  return {
    key: 'nina.neu',
    firstName: 'Nina',
    lastName: 'Neu',
    email: 'nina.neu@example.com',
    leaveDate: null,
    contracts: [],
    employments: [
      {
        basicData: { employmentStart: '2026-07-01', employmentRelationship: 'employee' },
        employmentContract: { position: 'Designer' },
      },
    ],
    systems: {
      mctime: {
        roles: [{ role: 'employee', organizations: [{ id: TEAM_A }] }],
        fields: { gender: 'female', birthDate: '1990-03-04', address: { city: 'Wien', country: 'AT' } },
      },
    },
    sensitiveValues: [],
    pos,
  };
}

export function planInput(
  people: Person[],
  opts: {
    date?: string;
    unmanaged?: 'report' | 'deactivate';
    targeted?: boolean;
    ignore?: Declarations['policy']['ignore'];
  } = {},
): PlanInput {
  const decl: Declarations = {
    env: 'test',
    dir: '/tmp/test',
    providers: { mctime: { simulator: true } },
    policy: {
      unmanaged: opts.unmanaged ?? 'report',
      maxChangesPercent: 100,
      minPopulation: 0,
      ignore: opts.ignore ?? [],
    },
    defaults: { kimai: { language: 'en', locale: 'en', timezone: 'UTC' } },
    people,
    secrets: [],
    digest: 'test',
  };
  return { decl, people, targeted: opts.targeted ?? false, date: opts.date ?? '2026-06-15' };
}

/** Anna's document as GET /users/{id} returns it with the read quirks (unpadded birthDate, "" end, decimal strings). */
export function annaRecord(): Record<string, unknown> {
  type O = Record<string, unknown>;
  const doc = structuredClone(annaDocument());
  doc.birthDate = '1985-2-1';
  doc.accountRelId = 2500001;
  doc.roles = [
    {
      role: 'employee',
      organizations: [
        { id: TEAM_A, name: 'Team A', relId: 2500002, validFrom: doc.validFrom, validTo: null },
      ],
    },
  ];
  const emps = doc.userEmployments as O[];
  const sub = (i: number, k: string) => emps[i]![k] as O;
  sub(0, 'basicData').openVacationDays = '3.5';
  sub(0, 'employmentContract').weeklyHours = '38.5';
  sub(1, 'basicData').employmentEnd = '';
  sub(1, 'employmentContract').weeklyHours = '40';
  sub(1, 'payrollInformation').wageTaxAllowance = '1.2';
  emps.forEach((e, i) => {
    for (const [k, v] of Object.entries(e))
      if (v && typeof v === 'object' && !Array.isArray(v)) (v as O).id = `sub-${i}-${k}`;
  });
  return doc;
}
