// Simulator seeds holding the declared people already in sync. Built from the loaded declarations with the
// providers' own pure compile functions (what a create would write), in each simulator's seed format; much
// cheaper than applying 10,000 creates, and checked by the bench's first plan, which must show no changes.
import { WEEKDAYS, type Declarations } from '../../src/model/declarations.js';
import { desiredPreferences, desiredUser as kimaiUser } from '../../src/providers/kimai/desired.js';
import { desiredUser as mctimeUser } from '../../src/providers/mctime/desired.js';
import { mergeRecord } from '../../src/providers/mctime/merge.js';
import { desiredPerson } from '../../src/providers/papershift/desired.js';
import type { KimaiSeed, KimaiSeedUser } from '../../src/sim/kimai/state.js';
import { CONTRACT_DEFAULTS, CORE_DEFAULTS } from '../../src/sim/kimai/state.js';
import type { McTimeOrganization, McTimeSeed } from '../../src/sim/mctime/state.js';
import type { PapershiftSeed, SeedModel } from '../../src/sim/papershift/state.js';

export const CREDENTIALS = {
  kimaiToken: 'bench-kimai-token',
  papershiftEmail: 'hr-bot@bench.example',
  papershiftPassword: 'bench-papershift-password',
  mctimeKey: 'bench-mctime-key',
};

/** Deterministic UUID v4-shaped ids: a namespace per record kind and a counter. */
function uuid(ns: number, n: number): string {
  return `${ns.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

export function kimaiSeed(decl: Declarations, date: string): KimaiSeed {
  // The stored rows a user has after creation and a first preference save (kimai.md §3.3, §3.5).
  const stored = Object.fromEntries([...CORE_DEFAULTS, ...CONTRACT_DEFAULTS]);
  const users: KimaiSeedUser[] = [{ id: 1, username: 'admin', email: 'admin@bench.example', enabled: true, roles: ['ROLE_SUPER_ADMIN'], apiToken: CREDENTIALS.kimaiToken }];
  for (const p of decl.people) {
    if (!p.systems.kimai) continue;
    const d = kimaiUser(p, decl, date);
    users.push({
      id: users.length + 1,
      username: d.username,
      email: d.email,
      enabled: d.enabled,
      roles: d.roles,
      alias: d.alias,
      title: d.title ?? null,
      accountNumber: d.accountNumber ?? null,
      language: d.language,
      locale: d.locale,
      timezone: d.timezone,
      preferences: { ...stored, ...(desiredPreferences(p, date) ?? {}) },
    });
  }
  return { users };
}

export function papershiftSeed(decl: Declarations, date: string): PapershiftSeed {
  const bot = uuid(0x0b07, 1);
  const seed: PapershiftSeed = {
    account: { id: uuid(0xacc, 1), name: 'Bench GmbH' },
    identities: [{ email: CREDENTIALS.papershiftEmail, password: CREDENTIALS.papershiftPassword, userId: bot }],
    users: [{ id: bot, name: 'HR Bot', email: CREDENTIALS.papershiftEmail, status: 'active' }],
    payroll: {},
    models: [],
  };
  let workdayId = 0;
  decl.people.forEach((p, i) => {
    if (!p.systems.papershift) return;
    const { desired, errors } = desiredPerson(p, date);
    if (errors.length) throw new Error(`bench generator made an invalid Papershift person: ${errors.join('; ')}`);
    const id = uuid(0x05e4, i);
    seed.users.push({ id, name: desired.user.name, email: desired.user.email, status: 'active', invitation_accepted: true });
    if (desired.staffNumber !== null) seed.payroll[id] = { id: uuid(0x9a7, i), staff_number: desired.staffNumber, employment_start_date: null };
    desired.models.forEach((m, j) => {
      const model: SeedModel = {
        id: uuid(0x40de1, i * 10 + j),
        user_id: id,
        pattern: 'weekly',
        start_date: m.start,
        discarded_at: null,
        workdays: Object.entries(m.workdays).map(([day, seconds]) => ({ id: uuid(0xda7, ++workdayId), day_of_week: WEEKDAYS.indexOf(day as (typeof WEEKDAYS)[number]), seconds })),
      };
      seed.models.push(model);
    });
  });
  return seed;
}

const ORG_NAMES = ['Engineering', 'Sales', 'Vienna'];

export function mctimeSeed(decl: Declarations): McTimeSeed {
  const company: McTimeOrganization = { id: uuid(0x0c0, 0), name: 'Bench GmbH', type: 'company', parentId: null, validFrom: '2020-01-01T00:00:00+00:00', validTo: null };
  const organizations = [company, ...ORG_NAMES.map((name, i): McTimeOrganization => ({ ...company, id: uuid(0x0c0, i + 1), name, type: 'branch', parentId: company.id }))];
  const admin = uuid(0xad, 1);
  const users: McTimeSeed['users'] = [
    { id: admin, firstName: 'Bench', lastName: 'Admin', email: 'admin@bench.example', roles: [{ role: 'main_administrator', organizations: [{ id: company.id }] }], userEmployments: [] },
  ];
  decl.people.forEach((p, i) => {
    if (!p.systems.mctime) return;
    const d = mctimeUser(p);
    // Exactly the body the provider's create would POST; the simulator's seed loader runs the POST validation.
    users.push({ ...mergeRecord({}, d.leaves, d.roles), id: uuid(0x3c7, i) });
  });
  return { organizations, users, apiKeys: { [CREDENTIALS.mctimeKey]: admin } };
}

export function credentialEnv(): Record<string, string> {
  return {
    BENCH_KIMAI_TOKEN: CREDENTIALS.kimaiToken,
    BENCH_PAPERSHIFT_EMAIL: CREDENTIALS.papershiftEmail,
    BENCH_PAPERSHIFT_PASSWORD: CREDENTIALS.papershiftPassword,
    BENCH_MCTIME_API_KEY: CREDENTIALS.mctimeKey,
  };
}
