// Conformance of the McTime simulator with ../shared/apis/mctime.md (sections cited per assertion) and the
// vendor field reference in ../shared/seeds/003 ("seed 003").
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startMcTimeSim } from '../../src/sim/mctime/index.js';
import type { Simulator } from '../../src/sim/common/types.js';
import type { McTimeSeed } from '../../src/sim/mctime/index.js';
import { at, call, data } from '../helpers/mctime-fetch.js';
import {
  ADMIN_KEY,
  ANNA,
  EMPLOYEE,
  EMPLOYEE_KEY,
  MAIN,
  OTHER,
  OUTSIDER,
  TEAM_A,
  baseSeed,
} from '../helpers/mctime-seed.js';

const NOW = new Date('2026-06-15T12:00:00Z');
let sim: Simulator<McTimeSeed>;
const api = (method: string, path: string, body?: unknown, key: string | null = ADMIN_KEY) =>
  call(sim.url, method, path, { body, key });

async function fullUser(id: string): Promise<Record<string, unknown>> {
  return data(await api('GET', `/users/${id}`));
}
async function history(
  id: string,
): Promise<Array<{ removed: Array<{ path: string }>; changed: Array<{ path: string }> }>> {
  const origin = sim.url.replace(/\/api\/v2\/auth$/, '');
  return (await call(origin, 'GET', `/__sim/users/${id}/history`)).body as never;
}

beforeEach(async () => {
  sim = await startMcTimeSim({ seed: baseSeed(25), now: () => NOW });
});
afterEach(async () => {
  await sim.close();
});

describe('auth and envelope', () => {
  it('requires the API_KEY header and ignores Authorization', async () => {
    // mctime.md §2.1: bad or missing key -> 401; §6: ignore Authorization
    const none = await api('GET', '/users', undefined, null);
    expect(none.status).toBe(401);
    // mctime.md §2.3: error envelope with valid:false
    expect(none.body).toEqual({
      items: [{ message: expect.any(String), data: null, valid: false }],
      valid: false,
    });
    const bearer = await call(sim.url, 'GET', '/users', {
      headers: { authorization: `Bearer ${ADMIN_KEY}` },
    });
    expect(bearer.status).toBe(401);
    expect((await api('GET', '/users', undefined, 'wrong')).status).toBe(401);
    // mctime.md §2.1: header names are case-insensitive
    expect((await call(sim.url, 'GET', '/users', { headers: { api_key: ADMIN_KEY } })).status).toBe(200);
  });

  it('exposes a main_administrator key as credentials', async () => {
    // brief / mctime.md §6: credentials = apiKey of a seeded main_administrator
    expect(sim.credentials.apiKey).toBe(ADMIN_KEY);
    const fresh = await startMcTimeSim();
    try {
      const res = await call(fresh.url, 'GET', '/users', { key: fresh.credentials.apiKey! });
      expect(res.status).toBe(200);
    } finally {
      await fresh.close();
    }
  });

  it('wraps answers in the envelope with varying messages', async () => {
    // mctime.md §2.2: {items:[{message,data,valid:null}], valid:true}; §6: messages vary between endpoints
    const list = await api('GET', '/users');
    const one = await api('GET', `/users/${ANNA}`);
    const orgs = await api('GET', '/organizations');
    for (const a of [list, one, orgs]) {
      expect(a.status).toBe(200);
      expect(at(a.body, 'valid')).toBe(true);
      expect(at(a.body, 'items[0].valid')).toBeNull();
    }
    const messages = new Set([list, one, orgs].map((a) => at(a.body, 'items[0].message')));
    expect(messages.size).toBe(3);
  });

  it('has no DELETE for users', async () => {
    // mctime.md §3.4 / §6: no delete endpoint (405)
    const res = await api('DELETE', `/users/${ANNA}`);
    expect(res.status).toBe(405);
    expect(at(res.body, 'valid')).toBe(false);
    // mctime.md §2.3: unknown path -> 404 in the error envelope
    expect((await api('GET', '/nothing')).status).toBe(404);
  });
});

describe('GET /users', () => {
  it('pages 20 users, 1-based, in a stable order, with list rows only', async () => {
    // mctime.md §2.4: 20 per page, 1-based; §6: stable order lastName, firstName, id
    const p1 = at((await api('GET', '/users')).body, 'items[0].data.users') as Array<Record<string, unknown>>;
    const p1b = at((await api('GET', '/users?page=1')).body, 'items[0].data.users') as Array<
      Record<string, unknown>
    >;
    const p2 = at((await api('GET', '/users?page=2')).body, 'items[0].data.users') as Array<
      Record<string, unknown>
    >;
    const p3 = at((await api('GET', '/users?page=3')).body, 'items[0].data.users') as Array<
      Record<string, unknown>
    >;
    expect(p1).toHaveLength(20);
    expect(p1b).toEqual(p1);
    // 25 extra + admin + employee + Anna visible (the outsider is in another company): 28 active users
    expect(p2).toHaveLength(8);
    expect(p3).toHaveLength(0);
    const all = [...p1, ...p2];
    const names = all.map((u) => `${String(u.lastName)}|${String(u.firstName)}`);
    expect(names).toEqual(
      [...names].sort(
        (a, b) =>
          a.split('|')[0]!.localeCompare(b.split('|')[0]!) ||
          a.split('|')[1]!.localeCompare(b.split('|')[1]!),
      ),
    );
    // mctime.md §6: list rows contain only id, firstName, lastName, email, mobilePhoneNumber, organizationId
    for (const u of all)
      expect(Object.keys(u).sort()).toEqual([
        'email',
        'firstName',
        'id',
        'lastName',
        'mobilePhoneNumber',
        'organizationId',
      ]);
    expect((await api('GET', '/users?page=0')).status).toBe(400);
  });

  it('lists active users by default and only inactive ones with inactive=true', async () => {
    // mctime.md §3.1: inactive = validTo in the past; inactive=true -> only inactive
    const anna = await fullUser(ANNA);
    const res = await api('POST', '/users', {
      ...anna,
      birthDate: '1985-02-01',
      validTo: '2026-01-31T00:00:00+00:00',
      userEmployments: [],
    });
    expect(res.status).toBe(200);
    const active = at((await api('GET', '/users?page=2')).body, 'items[0].data.users') as Array<{
      id: string;
    }>;
    const inactive = at((await api('GET', '/users?inactive=true')).body, 'items[0].data.users') as Array<{
      id: string;
    }>;
    expect(active.map((u) => u.id)).not.toContain(ANNA);
    expect(inactive.map((u) => u.id)).toEqual([ANNA]);
  });

  it('filters by userIds and roles (repeatable) and organizationId over organizationName', async () => {
    // mctime.md §2.5: arrays by repeating the key; §3.1 filters
    const ids = at(
      (await api('GET', `/users?userIds=${ANNA}&userIds=${EMPLOYEE}`)).body,
      'items[0].data.users',
    ) as Array<{ id: string }>;
    expect(ids.map((u) => u.id).sort()).toEqual([EMPLOYEE, ANNA].sort());
    const admins = at(
      (await api('GET', '/users?roles=main_administrator&roles=approver')).body,
      'items[0].data.users',
    ) as Array<{ lastName: string }>;
    expect(admins.map((u) => u.lastName)).toEqual(['Admin']);
    // mctime.md §3.1: organizationId wins over organizationName
    const team = at(
      (await api('GET', `/users?organizationId=${TEAM_A}&organizationName=Main%20GmbH`)).body,
      'items[0].data.users',
    ) as Array<{ id: string }>;
    expect(team.map((u) => u.id).sort()).toEqual([EMPLOYEE, ANNA].sort());
    const byName = at(
      (await api('GET', '/users?organizationName=Team%20A')).body,
      'items[0].data.users',
    ) as Array<{ id: string }>;
    expect(byName).toHaveLength(2);
    // mctime.md §3.1: an id the key may not see -> 401
    expect((await api('GET', `/users?userIds=${OUTSIDER}`)).status).toBe(401);
    expect((await api('GET', `/users?organizationId=${OTHER}`)).status).toBe(401);
  });

  it("stops taking a key once its owner's validTo has passed", async () => {
    // mctime.md §2.1: a key has its owner's rights; §3.4: a user whose validTo lies in the past cannot log in
    expect((await api('GET', '/users', undefined, EMPLOYEE_KEY)).status).toBe(200);
    const seed = baseSeed(0);
    const eve = seed.users.find((u) => u.id === EMPLOYEE)!;
    eve.validTo = '2026-06-15T11:59:59+00:00';
    const later = await startMcTimeSim({ seed, now: () => NOW });
    try {
      expect((await call(later.url, 'GET', '/users', { key: EMPLOYEE_KEY })).status).toBe(401);
      expect((await call(later.url, 'GET', '/users', { key: ADMIN_KEY })).status).toBe(200);
    } finally {
      await later.close();
    }
  });

  it('limits an employee key to itself', async () => {
    // mctime.md §2.1: an employee key sees only its own data
    const rows = at(
      (await api('GET', '/users', undefined, EMPLOYEE_KEY)).body,
      'items[0].data.users',
    ) as Array<{ id: string }>;
    expect(rows.map((u) => u.id)).toEqual([EMPLOYEE]);
    expect((await api('GET', `/users/${ANNA}`, undefined, EMPLOYEE_KEY)).status).toBe(401);
  });

  it('lets an employee key hand out no roles: no creates, no self-promotion', async () => {
    // mctime.md §2.1: an employee key is responsible for no organization; §6: organizations must be in scope -> 401
    const me = data(await api('GET', `/users/${EMPLOYEE}`, undefined, EMPLOYEE_KEY));
    const ownOrgs = [{ role: 'employee', organizations: [{ id: TEAM_A }] }];
    const create = await api('POST', '/users', { firstName: 'Eve', roles: ownOrgs }, EMPLOYEE_KEY);
    expect(create.status).toBe(401);
    expect((await api('POST', '/users', { firstName: 'Eve' }, EMPLOYEE_KEY)).status).toBe(401);
    const promote = {
      ...me,
      birthDate: null,
      userEmployments: [],
      roles: [{ role: 'main_administrator', organizations: [{ id: TEAM_A }] }],
    };
    expect((await api('POST', '/users', promote, EMPLOYEE_KEY)).status).toBe(401);
    // Re-sending the role it already holds stays possible (an employee editing its own record).
    expect(
      (
        await api(
          'POST',
          '/users',
          { ...me, birthDate: null, userEmployments: [], roles: ownOrgs },
          EMPLOYEE_KEY,
        )
      ).status,
    ).toBe(200);
  });
});

describe('GET /users/{id}', () => {
  it('returns the full document, 404 when unknown and 401 when out of scope', async () => {
    // mctime.md §3.2: full document with ids
    const anna = await fullUser(ANNA);
    expect(anna.id).toBe(ANNA);
    expect(at(anna, 'address.id')).toBe('00000000-0000-4000-8000-0000000add04');
    expect(at(anna, 'userEmployments[1].bankDetails.iban')).toBe('AT483200000012345864');
    expect(at(anna, 'roles[0].organizations[0].name')).toBe('Team A');
    expect(typeof at(anna, 'roles[0].organizations[0].relId')).toBe('number');
    // mctime.md §2.3: 404 unknown, 401 not visible
    expect((await api('GET', '/users/00000000-0000-4000-8000-000000000999')).status).toBe(404);
    expect((await api('GET', `/users/${OUTSIDER}`)).status).toBe(401);
  });

  it('reproduces the read quirks', async () => {
    const anna = await fullUser(ANNA);
    // mctime.md §2.6: [G2] birthDate unpadded
    expect(anna.birthDate).toBe('1985-2-1');
    // mctime.md §2.6: [G1] empty employmentEnd as ""
    expect(at(anna, 'userEmployments[1].basicData.employmentEnd')).toBe('');
    // mctime.md §3.2: decimals as strings
    expect(at(anna, 'userEmployments[0].basicData.openVacationDays')).toBe('3.5');
    expect(at(anna, 'userEmployments[1].employmentContract.weeklyHours')).toBe('40');
    // mctime.md §5.2: address.relId on read
    expect(at(anna, 'address.relId')).toBe(2545315);
    const plain = await startMcTimeSim({ seed: baseSeed(), quirks: false });
    try {
      const doc = data(await call(plain.url, 'GET', `/users/${ANNA}`, { key: ADMIN_KEY }));
      expect(doc.birthDate).toBe('1985-02-01');
      expect(at(doc, 'userEmployments[1].employmentContract.weeklyHours')).toBe(40);
    } finally {
      await plain.close();
    }
  });
});

describe('GET /organizations', () => {
  it('lists companies, an organization with its children, and one organization', async () => {
    // mctime.md §3.5: without organizationId only companies (visible to the key)
    const companies = at((await api('GET', '/organizations')).body, 'items[0].data.organizations') as Array<{
      id: string;
      organizationName: string;
    }>;
    expect(companies.map((o) => o.organizationName)).toEqual(['Main GmbH']);
    // mctime.md §3.5: with organizationId the org and its first-level children
    const tree = at(
      (await api('GET', `/organizations?organizationId=${MAIN}`)).body,
      'items[0].data.organizations',
    ) as Array<{ id: string }>;
    expect(tree.map((o) => o.id)).toEqual([MAIN, TEAM_A]);
    // mctime.md §3.5: organizationName substring, types filter
    const found = at(
      (await api('GET', '/organizations?organizationName=team&types=branch')).body,
      'items[0].data.organizations',
    ) as unknown[];
    expect(found).toHaveLength(1);
    // mctime.md §3.6: detail with name.organizationName and organizationType.parentOrganizationUnitId
    const detail = data(await api('GET', `/organizations/${TEAM_A}`));
    expect(at(detail, 'name.organizationName')).toBe('Team A');
    expect(at(detail, 'organizationType.parentOrganizationUnitId')).toBe(MAIN);
    expect((await api('GET', `/organizations/${OTHER}`)).status).toBe(401);
    expect((await api('GET', '/organizations/nope')).status).toBe(404);
  });
});

describe('POST /users without id (create)', () => {
  it('needs email, firstName or lastName', async () => {
    // seed 003: "A user will be created if either an email is provided OR firstName OR lastName"
    expect((await api('POST', '/users', { gender: 'male' })).status).toBe(400);
  });

  it('assigns ids, relation ids, default login methods and the default role', async () => {
    const res = await api('POST', '/users', {
      email: 'new@example.com',
      address: { street: 'Gasse 2', country: 'DE' },
      userEmployments: [
        { basicData: { employmentStart: '2026-01-01T00:00:00+00:00' }, bankDetails: { iban: 'DE1' } },
      ],
    });
    expect(res.status).toBe(200);
    const doc = data(res);
    // mctime.md §1: entity ids are UUIDs; §6 relation ids from a sequence around 2,500,000
    expect(doc.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(at(doc, 'address.id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(at(doc, 'address.relId') as number).toBeGreaterThanOrEqual(2_500_000);
    expect(at(doc, 'userEmployments[0].id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(at(doc, 'userEmployments[0].basicData.id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(at(doc, 'userEmployments[0].bankDetails.id')).toMatch(/^[0-9a-f-]{36}$/);
    // seed 003: absent availableLoginMethods -> [0,1]; absent roles -> employee in the main company
    expect(doc.availableLoginMethods).toEqual([0, 1]);
    expect(at(doc, 'roles[0].role')).toBe('employee');
    expect(at(doc, 'roles[0].organizations[0].id')).toBe(MAIN);
    // mctime.md §3.3: the created user is readable
    expect((await api('GET', `/users/${String(doc.id)}`)).status).toBe(200);
  });

  it('rejects a duplicate e-mail (switch)', async () => {
    // mctime.md §6/§8: duplicate email on create -> 400 by default
    expect((await api('POST', '/users', { email: 'ANNA.berger@example.com' })).status).toBe(400);
    const lax = await startMcTimeSim({ seed: baseSeed(), duplicateEmail: 'allow' });
    try {
      expect(
        (
          await call(lax.url, 'POST', '/users', {
            key: ADMIN_KEY,
            body: { email: 'anna.berger@example.com' },
          })
        ).status,
      ).toBe(200);
    } finally {
      await lax.close();
    }
  });
});

describe('POST /users with id (full replace)', () => {
  it('erases every omitted field (§4.1)', async () => {
    const res = await api('POST', '/users', {
      id: ANNA,
      firstName: 'Anna',
      lastName: 'Berger',
      email: 'anna.berger@example.com',
    });
    expect(res.status).toBe(200);
    const doc = await fullUser(ANNA);
    // mctime.md §4.1 rule 1: omitted fields are erased
    expect(doc.mobilePhoneNumber).toBeNull();
    expect(doc.birthDate).toBeNull();
    expect(doc.address).toBeNull();
    expect(doc.exportIds).toBeNull();
    expect(doc.accountId).toBeNull();
    expect(doc).not.toHaveProperty('customFlag');
    // mctime.md §4.2: omitted availableLoginMethods re-enables login ([0,1]), roles reset to employee@main company
    expect(doc.availableLoginMethods).toEqual([0, 1]);
    expect(at(doc, 'roles[0].organizations[0].id')).toBe(MAIN);
    // seed 003 / mctime.md §4.2: omitted userEmployments -> all removed
    expect(doc.userEmployments).toEqual([]);
    // mctime.md §6: the audit log lists every removed leaf
    const log = await history(ANNA);
    const removed = log.at(-1)!.removed.map((r) => r.path);
    expect(removed).toContain('mobilePhoneNumber');
    expect(removed).toContain('address.street');
    expect(removed).toContain('userEmployments[00000000-0000-4000-8000-00000000e002].bankDetails.iban');
  });

  it('refuses edit ids that belong to another record, and -1 beside a login method', async () => {
    const doc = await fullUser(ANNA);
    const base = { id: ANNA, firstName: 'Anna', lastName: 'Berger', email: 'anna.berger@example.com' };
    // mctime.md §3.3: accountId & co. are "provide this id if an existing user is edited" — another id is an error
    const wrong = await api('POST', '/users', { ...base, accountId: '99999999-0000-4000-8000-000000000000' });
    expect(wrong.status).toBe(400);
    expect(await fullUser(ANNA)).toEqual(doc);
    // mctime.md §5.1: -1 means no login at all; it cannot be combined with web (0) or mobile (1)
    const mixed = await api('POST', '/users', { ...base, accountId: doc.accountId, availableLoginMethods: [-1, 0] });
    expect(mixed.status).toBe(400);
    expect(await fullUser(ANNA)).toEqual(doc);
    // mctime.md §2.6, §3.9: "" is no date, number or country; only employmentEnd may be "" (G1 and the vendor example)
    for (const extra of [{ validFrom: '' }, { birthDate: '' }, { nationality: '' }]) {
      const res = await api('POST', '/users', { ...base, accountId: doc.accountId, ...extra });
      expect(res.status, JSON.stringify(extra)).toBe(400);
    }
    expect(await fullUser(ANNA)).toEqual(doc);
  });

  it('a full echo of the read document (with quirks fixed) loses nothing', async () => {
    const doc = await fullUser(ANNA);
    // mctime.md §2.6 / §7.5: the unpadded birthDate must be fixed before sending, else 400
    expect((await api('POST', '/users', doc)).status).toBe(400);
    const res = await api('POST', '/users', { ...doc, birthDate: '1985-02-01' });
    expect(res.status).toBe(200);
    // mctime.md §4.3: a GET -> POST of the raw document keeps everything (including unknown properties)
    const log = await history(ANNA);
    expect(log.at(-1)!.removed).toEqual([]);
    expect(log.at(-1)!.changed).toEqual([]);
    expect((await fullUser(ANNA)).customFlag).toEqual({ keep: 'me' });
  });

  it('gives a nested object sent without its id a new id and drops the old one', async () => {
    const doc = await fullUser(ANNA);
    const address = { ...(doc.address as Record<string, unknown>) };
    delete address.id;
    const res = await api('POST', '/users', { ...doc, birthDate: '1985-02-01', address });
    expect(res.status).toBe(200);
    // mctime.md §4.1 rule 3: without id -> a new object; the old one is lost
    const after = await fullUser(ANNA);
    expect(at(after, 'address.id')).not.toBe('00000000-0000-4000-8000-0000000add04');
    expect(at(after, 'address.relId')).not.toBe(2545315);
    const log = await history(ANNA);
    expect(log.at(-1)!.changed.map((r) => r.path)).toEqual(
      expect.arrayContaining(['address.id', 'address.relId']),
    );
    // a nested id that does not belong to the user -> 400
    const bad = await api('POST', '/users', {
      ...doc,
      birthDate: '1985-02-01',
      address: { ...address, id: 'foreign' },
    });
    expect(bad.status).toBe(400);
  });

  it('accepts address.relID and address.relId on write', async () => {
    // mctime.md §5.2 / §7.4: write spelling relID, read spelling relId
    const doc = await fullUser(ANNA);
    const address = doc.address as Record<string, unknown>;
    const res = await api('POST', '/users', {
      ...doc,
      birthDate: '1985-02-01',
      address: { ...address, relID: address.relId },
    });
    expect(res.status).toBe(200);
    expect(at(await fullUser(ANNA), 'address.relId')).toBe(2545315);
  });

  it('deletes employments that are not sent (§4.2)', async () => {
    const doc = await fullUser(ANNA);
    const employments = doc.userEmployments as Array<Record<string, unknown>>;
    const res = await api('POST', '/users', {
      ...doc,
      birthDate: '1985-02-01',
      userEmployments: [employments[1]],
    });
    expect(res.status).toBe(200);
    // mctime.md §4.2 / §7.7: an employment missing from the body is removed
    const after = await fullUser(ANNA);
    expect((after.userEmployments as unknown[]).length).toBe(1);
    expect(at(after, 'userEmployments[0].id')).toBe('00000000-0000-4000-8000-00000000e002');
  });

  it('rejects overlapping employment periods', async () => {
    // seed 003: employmentStart and employmentEnd may not overlap with other employments
    const doc = await fullUser(ANNA);
    const employments = doc.userEmployments as Array<Record<string, unknown>>;
    const extra = { basicData: { employmentStart: '2025-06-01T00:00:00+00:00', employmentEnd: '' } };
    const res = await api('POST', '/users', {
      ...doc,
      birthDate: '1985-02-01',
      userEmployments: [...employments, extra],
    });
    expect(res.status).toBe(400);
    expect(at(res.body, 'items[0].valid')).toBe(false);
  });

  it('validates enums, countries, timestamps, birthDate and organizations', async () => {
    const doc = await fullUser(ANNA);
    const base = { ...doc, birthDate: '1985-02-01' };
    const emp = (doc.userEmployments as Array<Record<string, unknown>>)[1]!;
    const cases: Array<[string, Record<string, unknown>]> = [
      // seed 003 enums
      ['gender', { ...base, gender: 'x' }],
      ['login method', { ...base, availableLoginMethods: [5] }],
      ['role', { ...base, roles: [{ role: 'boss', organizations: [{ id: MAIN }] }] }],
      [
        'employmentType',
        { ...base, userEmployments: [{ ...emp, employmentContract: { employmentType: 'sometimes' } }] },
      ],
      ['paymentType', { ...base, userEmployments: [{ ...emp, bankDetails: { paymentType: 'gold' } }] }],
      [
        'maritalStatus',
        {
          ...base,
          userEmployments: [{ ...emp, payrollInformation: { maritalStatus: 'it is complicated' } }],
        },
      ],
      ['taxClass', { ...base, userEmployments: [{ ...emp, payrollInformation: { taxClass: '7' } }] }],
      // mctime.md §3.9: ISO alpha-2 upper case
      ['country', { ...base, nationality: 'Austria' }],
      // mctime.md §2.6: UTC with +00:00 only
      ['timestamp Z', { ...base, validFrom: '2019-01-01T00:00:00Z' }],
      ['timestamp offset', { ...base, validFrom: '2019-01-01T00:00:00+01:00' }],
      // mctime.md §2.6: birthDate YYYY-MM-DD (U2+)
      ['birthDate', { ...base, birthDate: '1985-02-01T00:00:00+00:00' }],
      // mctime.md §6: organization ids must exist
      ['organization', { ...base, roles: [{ role: 'employee', organizations: [{ id: 'nope' }] }] }],
      // mctime.md §3.3/§5.4: a user has roles in organizations (absent -> default); an empty list is no way out
      ['no roles', { ...base, roles: [] }],
      ['role without organizations', { ...base, roles: [{ role: 'employee', organizations: [] }] }],
    ];
    for (const [name, body] of cases)
      expect([name, (await api('POST', '/users', body)).status]).toEqual([name, 400]);
    // mctime.md §6: organization outside the key's scope -> 401
    expect(
      (
        await api('POST', '/users', {
          ...base,
          roles: [{ role: 'employee', organizations: [{ id: OTHER }] }],
        })
      ).status,
    ).toBe(401);
    // mctime.md §3.3: unknown id -> 404
    expect(
      (await api('POST', '/users', { id: '00000000-0000-4000-8000-000000000999', email: 'x@example.com' }))
        .status,
    ).toBe(404);
  });

  it('accepts the vendor example value formats (strings for numbers and booleans)', async () => {
    // seed 003 full example: "weeklyHours": "35", "taxClass": "1", "severeDisability": "true"
    const doc = await fullUser(ANNA);
    const emp = (doc.userEmployments as Array<Record<string, unknown>>)[1]!;
    const payroll = {
      ...(emp.payrollInformation as Record<string, unknown>),
      taxClass: '1',
      severeDisability: 'true',
      dependants: '0',
    };
    const res = await api('POST', '/users', {
      ...doc,
      birthDate: '1985-02-01',
      userEmployments: [{ ...emp, payrollInformation: payroll }],
    });
    expect(res.status).toBe(200);
    const snap = sim.snapshot().users.find((u) => u.id === ANNA)!;
    expect(at(snap, 'userEmployments[0].payrollInformation.severeDisability')).toBe(true);
  });

  it('keeps role relation ids for unchanged role assignments', async () => {
    const doc = await fullUser(ANNA);
    const rel = at(doc, 'roles[0].organizations[0].relId');
    const res = await api('POST', '/users', {
      ...doc,
      birthDate: '1985-02-01',
      roles: [
        { role: 'employee', organizations: [{ id: TEAM_A }] },
        { role: 'approver', organizations: [{ name: 'Team A' }] },
      ],
    });
    expect(res.status).toBe(200);
    const after = await fullUser(ANNA);
    // mctime.md §5.4: organizations by id or name; read adds name, relId
    expect(at(after, 'roles[0].organizations[0].relId')).toBe(rel);
    expect(at(after, 'roles[1].organizations[0].id')).toBe(TEAM_A);
  });

  it('changes the e-mail directly on edit, without an invitation', async () => {
    // mctime.md §3.3: U3 email on edit replaces it
    const doc = await fullUser(ANNA);
    await api('POST', '/users', { ...doc, birthDate: '1985-02-01', email: 'anna@example.org' });
    expect((await fullUser(ANNA)).email).toBe('anna@example.org');
    const log = (await history(ANNA)) as unknown as Array<{ invitationSent: boolean }>;
    expect(log.at(-1)!.invitationSent).toBe(false);
  });
});

describe('snapshot', () => {
  it('round-trips through a new simulator', async () => {
    // mctime.md §6: state as seed; a snapshot seeds an identical simulator
    const snap = sim.snapshot();
    const again = await startMcTimeSim({ seed: snap, now: () => NOW });
    try {
      expect(again.snapshot().users).toEqual(snap.users);
      expect(again.credentials.apiKey).toBe(ADMIN_KEY);
    } finally {
      await again.close();
    }
  });
});
