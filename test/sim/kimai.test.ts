// Conformance of the Kimai simulator with ../shared/apis/kimai.md, over HTTP. Each assertion cites the section it checks.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/sim/common/types.js';
import { DEFAULT_ADMIN_TOKEN, startKimaiSim, type KimaiSeed } from '../../src/sim/kimai/index.js';
import { call, prefMap, roleSeed, TOKENS } from '../helpers/kimai-sim.js';

let sim: Simulator<KimaiSeed>;
beforeEach(async () => {
  sim = await startKimaiSim({ seed: roleSeed() });
});
afterEach(async () => {
  await sim.close();
});

const NEW_USER = { username: 'newbie', email: 'newbie@example.com', plainPassword: 'long-enough', language: 'en', locale: 'en_GB', timezone: 'Europe/Berlin' };
const ENTITY_KEYS = [
  'id', 'username', 'email', 'enabled', 'systemAccount', 'alias', 'title', 'accountNumber', 'avatar', 'color', 'color-safe', 'initials',
  'apiToken', 'language', 'locale', 'timezone', 'roles', 'supervisor', 'memberships', 'teams', 'preferences',
];
const COLLECTION_KEYS = ENTITY_KEYS.slice(0, 16);

describe('simulator setup', () => {
  it('seeds, exposes the super admin token and snapshots in the seed format', async () => {
    expect(sim.name).toBe('kimai');
    expect(sim.credentials).toEqual({ token: TOKENS.super });
    const snap = sim.snapshot();
    expect(snap.users).toHaveLength(6);
    expect(snap.nextId).toBe(10);
    expect(snap.users[3]!.preferences).toMatchObject({ work_monday: '28800' });
    snap.users[0]!.username = 'mutated';
    expect(sim.snapshot().users[0]!.username).toBe('boss'); // deep copy
  });

  it('creates an admin super admin with a fixed token when the seed has none', async () => {
    const bare = await startKimaiSim();
    try {
      expect(bare.credentials.token).toBe(DEFAULT_ADMIN_TOKEN);
      const me = await call(bare, 'GET', '/api/users/me', { token: DEFAULT_ADMIN_TOKEN });
      expect(me.status).toBe(200);
      expect(me.json).toMatchObject({ username: 'admin', roles: ['ROLE_SUPER_ADMIN'] });
    } finally {
      await bare.close();
    }
  });

  it('rejects a malformed seed', async () => {
    await expect(startKimaiSim({ seed: { users: [{ username: 'x' }] } as unknown as KimaiSeed })).rejects.toThrow(/username and email/);
  });
});

describe('authentication (kimai.md §2)', () => {
  it('answers 401 JSON without credentials', async () => {
    const r = await call(sim, 'GET', '/api/ping', { token: null });
    // kimai.md §2.1 table row 1 / §4: no credentials → 401 {"code":401,"message":"Unauthorized"}
    expect(r.status).toBe(401);
    expect(r.json).toEqual({ code: 401, message: 'Unauthorized' });
  });

  it('answers 401 with an empty body and WWW-Authenticate for an unknown token', async () => {
    const r = await call(sim, 'GET', '/api/ping', { token: 'nope' });
    // kimai.md §2.1 table row 2: unknown token → 401, empty body, WWW-Authenticate invalid_token
    expect(r.status).toBe(401);
    expect(r.text).toBe('');
    expect(r.headers.get('www-authenticate')).toBe('Bearer error="invalid_token",error_description="Invalid credentials."');
  });

  it('answers 401 empty for a disabled user token', async () => {
    const r = await call(sim, 'GET', '/api/ping', { token: TOKENS.disabled });
    // kimai.md §2.1 table row 2: "or user disabled" → 401 empty, description is the account-disabled message
    expect(r.status).toBe(401);
    expect(r.text).toBe('');
    expect(r.headers.get('www-authenticate')).toContain('invalid_token');
  });

  it('treats a malformed Authorization value as no credentials', async () => {
    const r = await call(sim, 'GET', '/api/ping', { token: null, headers: { authorization: `bearer ${TOKENS.super}` } });
    // kimai.md §2.1 note: `bearer x` is not recognised → the "no credentials" case (401 JSON); prefix is case-sensitive
    expect(r.status).toBe(401);
    expect(r.json).toEqual({ code: 401, message: 'Unauthorized' });
  });

  it('supports the legacy X-AUTH headers with 403 and a failure limit', async () => {
    const good = await call(sim, 'GET', '/api/ping', { token: null, headers: { 'x-auth-user': 'lena', 'x-auth-token': 'legacy-secret' } });
    // kimai.md §2.2: X-AUTH-USER + X-AUTH-TOKEN still work in 2.66.0-dev
    expect(good.status).toBe(200);
    const bad = await call(sim, 'GET', '/api/ping', { token: null, headers: { 'x-auth-user': 'lena', 'x-auth-token': 'wrong' } });
    // kimai.md §2.2: wrong password → 403 {"message":"Invalid credentials"} (no code key)
    expect(bad.status).toBe(403);
    expect(bad.json).toEqual({ message: 'Invalid credentials' });
    for (let i = 0; i < 4; i++) await call(sim, 'GET', '/api/ping', { token: null, headers: { 'x-auth-user': 'lena', 'x-auth-token': 'wrong' } });
    const limited = await call(sim, 'GET', '/api/ping', { token: null, headers: { 'x-auth-user': 'lena', 'x-auth-token': 'legacy-secret' } });
    // kimai.md §2.2: 5 failures per minute per IP, then 400 {"code":400,"message":"Bad Request"}
    expect(limited.status).toBe(400);
    expect(limited.json).toEqual({ code: 400, message: 'Bad Request' });
    const only = await call(sim, 'GET', '/api/ping', { token: null, headers: { 'x-auth-user': 'lena' } });
    // kimai.md §2.2: both headers must be present, otherwise unauthenticated
    expect(only.status).toBe(401);
  });

  it('answers ping and version', async () => {
    const ping = await call(sim, 'GET', '/api/ping', { token: TOKENS.user });
    // kimai.md §3.6: GET /api/ping → {"message":"pong"}
    expect(ping.json).toEqual({ message: 'pong' });
    const v = await call(sim, 'GET', '/api/version');
    // kimai.md §3.6: {"version":"2.66.0","versionId":26600,"copyright":...}
    expect(v.json).toMatchObject({ version: '2.66.0', versionId: 26600 });
    // kimai.md §1: responses carry Content-Type: application/json
    expect(v.headers.get('content-type')).toBe('application/json');
  });
});

describe('routing and error bodies (kimai.md §4)', () => {
  it('maps unknown paths, wrong methods and non-numeric ids', async () => {
    // kimai.md §4: route not found → 404 {"code":404,"message":"Not Found"}
    expect((await call(sim, 'GET', '/api/nothing')).json).toEqual({ code: 404, message: 'Not Found' });
    // kimai.md §3.4 "No DELETE": DELETE /api/users/{id} → 405; §4 wrong method → {"code":405,...}
    const del = await call(sim, 'DELETE', '/api/users/4');
    expect(del.status).toBe(405);
    expect(del.json).toEqual({ code: 405, message: 'Method Not Allowed' });
    // kimai.md §6 PATCH checklist: 405 for DELETE/PUT
    expect((await call(sim, 'PUT', '/api/users/4', { body: {} })).status).toBe(405);
    // kimai.md §3.2: {id} must be digits, otherwise the route does not match (404)
    expect((await call(sim, 'GET', '/api/users/abc')).status).toBe(404);
    expect((await call(sim, 'DELETE', '/api/users/abc')).status).toBe(404);
    // kimai.md §3.2: /me exists only as GET /api/users/me (405 for other methods), not below it (404)
    expect((await call(sim, 'PATCH', '/api/users/me', { body: {} })).status).toBe(405);
    expect((await call(sim, 'PATCH', '/api/users/me/preferences', { body: [] })).status).toBe(404);
    expect((await call(sim, 'GET', '/api/users/me/preferences')).status).toBe(404);
    // kimai.md §4: routing happens before authentication, so an unknown path is 404 even without credentials
    expect((await call(sim, 'GET', '/api/nothing', { token: null })).status).toBe(404);
  });

  it('has no rate limit by default', async () => {
    const all = await Promise.all(Array.from({ length: 40 }, () => call(sim, 'GET', '/api/ping')));
    // kimai.md §4: no rate limiting for Bearer-token API calls
    expect(all.every((r) => r.status === 200)).toBe(true);
  });
});

describe('permissions (kimai.md §1 table)', () => {
  it('lets only the super admin list and create users', async () => {
    for (const token of [TOKENS.admin, TOKENS.lead, TOKENS.user]) {
      // kimai.md §3.1: view_user is super admin only; admins and teamleads get 403
      const r = await call(sim, 'GET', '/api/users', { token });
      expect(r.status).toBe(403);
      expect(r.json).toEqual({ code: 403, message: 'Forbidden' });
      // kimai.md §3.3: create_user is super admin only; admin gets 403
      expect((await call(sim, 'POST', '/api/users', { token, body: NEW_USER })).status).toBe(403);
    }
  });

  it('lets users read themselves but not others; unknown ids are 404 first', async () => {
    // kimai.md §3.2: a plain user reading someone else gets 403
    expect((await call(sim, 'GET', '/api/users/1', { token: TOKENS.user })).status).toBe(403);
    // kimai.md §3.2: own record needs view_own_profile (all roles)
    expect((await call(sim, 'GET', '/api/users/4', { token: TOKENS.user })).status).toBe(200);
    // kimai.md §3.2: unknown id → 404 {"code":404,"message":"Not Found"}
    const r = await call(sim, 'GET', '/api/users/999', { token: TOKENS.user });
    expect(r.json).toEqual({ code: 404, message: 'Not Found' });
    // kimai.md §1: view_other_profile is super admin only, so an admin cannot read others either
    expect((await call(sim, 'GET', '/api/users/4', { token: TOKENS.admin })).status).toBe(403);
  });
});

describe('GET /api/users (kimai.md §3.1)', () => {
  const names = (r: { json: unknown }) => (r.json as Array<{ username: string }>).map((u) => u.username);

  it('lists enabled users by username ascending in the collection shape, without pagination', async () => {
    const r = await call(sim, 'GET', '/api/users?page=1&size=1');
    // kimai.md §3.1: visible default 1 = enabled only; orderBy default username; order default ASC
    expect(names(r)).toEqual(['anna', 'boss', 'lena', 'tim', 'ulla']);
    // kimai.md §3.1: no pagination; page/size ignored; no X-Total-Count headers
    expect(r.headers.get('x-total-count')).toBeNull();
    const item = (r.json as Array<Record<string, unknown>>)[4]!;
    // kimai.md §3.1: collection item keys; no roles/teams/preferences; nulls present
    expect(Object.keys(item)).toEqual(COLLECTION_KEYS);
    expect(item).toMatchObject({ id: 4, alias: 'Ulla Umbrella', avatar: null, color: null, initials: 'UU', apiToken: false });
  });

  it('filters by visible and sorts by orderBy/order', async () => {
    // kimai.md §3.1: 2 = disabled only, 3 = all
    expect(names(await call(sim, 'GET', '/api/users?visible=2'))).toEqual(['dora']);
    expect(names(await call(sim, 'GET', '/api/users?visible=3'))).toHaveLength(6);
    // kimai.md §3.1: orderBy id, order DESC
    expect(names(await call(sim, 'GET', '/api/users?visible=3&orderBy=id&order=DESC'))).toEqual(['lena', 'dora', 'ulla', 'tim', 'anna', 'boss']);
    // kimai.md §3.1: orderBy alias (NULL first in ascending order, as MySQL sorts)
    expect(names(await call(sim, 'GET', '/api/users?orderBy=alias'))).toEqual(['boss', 'tim', 'anna', 'lena', 'ulla']);
  });

  it('rejects parameter values outside the strict patterns', async () => {
    for (const q of ['visible=4', 'visible=', 'orderBy=name', 'order=asc', 'full=yes']) {
      const r = await call(sim, 'GET', `/api/users?${q}`);
      // kimai.md §3.1: QueryParams with strict: true; a value failing the pattern gives 400 (§4 body)
      expect(r.status, q).toBe(400);
      expect(r.json).toEqual({ code: 400, message: 'Bad Request' });
    }
  });

  it('searches with term: words ANDed, ! excludes, name:value searches preferences', async () => {
    const q = (t: string) => call(sim, 'GET', `/api/users?visible=3&term=${encodeURIComponent(t)}`).then(names);
    // kimai.md §3.1 term: each word LIKE %word% over alias, title, accountNumber, email, username
    expect(await q('umbrella')).toEqual(['ulla']);
    expect(await q('0042')).toEqual(['ulla']);
    // kimai.md §3.1 term: words are ANDed
    expect(await q('example.com Admin')).toEqual(['anna']);
    // kimai.md §3.1 term: a leading ! excludes
    expect(await q('example.com !umbrella !admin')).toEqual(['boss', 'dora', 'lena', 'tim']);
    // kimai.md §3.1 term: name:value searches the preferences
    expect(await q('work_contract_type:day')).toEqual(['ulla']);
    // kimai.md §3.1 term: name:* = non-null value; name:~ = row missing; name:"" = null or missing
    expect(await q('work_monday:*')).toEqual(['ulla']);
    expect(await q('work_monday:~')).toEqual(['anna', 'boss', 'dora', 'lena', 'tim']);
    expect(await q('work_last_day:""')).toHaveLength(6);
  });

  it('returns the entity shape with stored preferences only when full=1|true', async () => {
    for (const full of ['1', 'true']) {
      const r = await call(sim, 'GET', `/api/users?full=${full}&term=ulla`);
      const item = (r.json as unknown[])[0]!;
      // kimai.md §3.1: full=1|true → entity fields of 3.2 for each item
      expect(Object.keys(item)).toEqual(ENTITY_KEYS);
      // kimai.md §3.1: preferences only the rows stored (no injected defaults like first_weekday); §3.2 hidden names filtered
      expect(prefMap(item)).toEqual({ work_contract_type: 'day', work_monday: '28800', hourly_rate: '50' });
    }
    const plain = await call(sim, 'GET', '/api/users?full=0&term=ulla');
    // kimai.md §3.1: full=0 keeps the collection shape
    expect(Object.keys((plain.json as object[])[0]!)).toEqual(COLLECTION_KEYS);
  });
});

describe('GET /api/users/{id} and /me (kimai.md §3.2)', () => {
  it('returns the entity shape with injected defaults and hidden names filtered', async () => {
    const r = await call(sim, 'GET', '/api/users/4');
    expect(r.status).toBe(200);
    const e = r.json as Record<string, unknown>;
    // kimai.md §3.2: entity keys incl. color-safe, roles, supervisor, memberships, teams, preferences
    expect(Object.keys(e)).toEqual(ENTITY_KEYS);
    // kimai.md §3.2: roles without ROLE_USER (plain user []), nulls present, color-safe never null, initials from alias
    expect(e).toMatchObject({ roles: [], supervisor: null, memberships: [], teams: [], color: null, initials: 'UU', avatar: null });
    expect(e['color-safe']).toMatch(/^#[0-9a-f]{6}$/);
    // kimai.md §3.2: language/locale fall back to en; stored as preferences but shown top-level
    expect(e).toMatchObject({ language: 'en', locale: 'en' });
    const prefs = prefMap(e);
    // kimai.md §3.2: injected defaults hourly_rate "0", internal_rate null, first_weekday "monday", favorite_routes ""
    expect(prefs).toMatchObject({ hourly_rate: '50', internal_rate: null, first_weekday: 'monday', favorite_routes: '' });
    // kimai.md §3.2: hidden names (skin, _-prefixed, timezone/locale/language) are filtered
    for (const hidden of ['skin', '_latest_approval', 'timezone', 'language', 'locale']) expect(prefs).not.toHaveProperty(hidden);
    // kimai.md §3.2: work-contract defaults are not injected on plain reads (only stored rows show)
    expect(prefs).not.toHaveProperty('work_tuesday');
    // kimai.md §3.2: values are always strings or null
    expect(Object.values(prefs).every((v) => v === null || typeof v === 'string')).toBe(true);
  });

  it('computes initials from the display name', async () => {
    // kimai.md §3.2 initials: single word → first two characters, upper-cased
    expect(((await call(sim, 'GET', '/api/users/6')).json as { initials: string }).initials).toBe('MA');
    // kimai.md §3.2 initials: no alias → username
    expect(((await call(sim, 'GET', '/api/users/3')).json as { initials: string }).initials).toBe('TI');
    await call(sim, 'PATCH', '/api/users/3', { body: { alias: 'tim.tester@example.com' } });
    // kimai.md §3.2 initials: e-mail-like name uses the part before @, dots as spaces
    expect(((await call(sim, 'GET', '/api/users/3')).json as { initials: string }).initials).toBe('TT');
  });

  it('hides preferences the caller may not use on /me', async () => {
    const r = await call(sim, 'GET', '/api/users/me', { token: TOKENS.user });
    // kimai.md §3.2: /me needs no extra permission and returns the caller
    expect(r.json).toMatchObject({ id: 4, username: 'ulla' });
    const prefs = prefMap(r.json);
    // kimai.md §3.2: hourly_rate/internal_rate hidden without hourly-rate (own: TEAMLEAD and up, §1)
    expect(prefs).not.toHaveProperty('hourly_rate');
    // kimai.md §3.2/§3.5 (2.63.0+): contract names disabled without contract_other_profile, so not shown
    expect(prefs).not.toHaveProperty('work_monday');
    const lead = prefMap((await call(sim, 'GET', '/api/users/me', { token: TOKENS.lead })).json);
    expect(lead).toHaveProperty('hourly_rate', '0');
  });

  it('nests the supervisor with the same groups', async () => {
    await call(sim, 'PATCH', '/api/users/4', { body: { supervisor: 3 } });
    const e = (await call(sim, 'GET', '/api/users/4')).json as { supervisor: Record<string, unknown> };
    // kimai.md §3.2: supervisor is a nested user serialized with the entity groups
    expect(e.supervisor).toMatchObject({ id: 3, username: 'tim', roles: ['ROLE_TEAMLEAD'], supervisor: null });
    expect(Object.keys(e.supervisor)).toEqual(ENTITY_KEYS);
  });
});

describe('POST /api/users (kimai.md §3.3)', () => {
  it('creates with 200, enabled false unless sent, and contract defaults', async () => {
    const r = await call(sim, 'POST', '/api/users', { body: NEW_USER });
    // kimai.md §3.3: success status is 200, not 201; body = entity shape
    expect(r.status).toBe(200);
    expect(Object.keys(r.json as object)).toEqual(ENTITY_KEYS);
    // kimai.md §3.3: enabled defaults to false when not sent; ids continue after seed.nextId
    expect(r.json).toMatchObject({ id: 10, enabled: false, roles: [], systemAccount: false, locale: 'en_GB', timezone: 'Europe/Berlin' });
    // kimai.md §3.3 (2.61.0+): work-contract preferences created with defaults, visible in the POST response
    expect(prefMap(r.json)).toMatchObject({ work_contract_type: 'none', work_monday: '0', work_sunday: '0', holidays: '0', public_holiday_group: null, work_start_day: null, work_last_day: null });
    // kimai.md §7.1: a disabled new account is hidden from the default list
    expect((await call(sim, 'GET', '/api/users?term=newbie')).json).toEqual([]);
    expect(sim.snapshot().users.find((u) => u.username === 'newbie')!.preferences).toHaveProperty('work_friday', '0');
  });

  it('decodes the body FOSRest style: true → "1", snake_case keys camelCased', async () => {
    const r = await call(sim, 'POST', '/api/users', { body: { ...NEW_USER, enabled: true, account_number: 'A-1', roles: ['ROLE_TEAMLEAD'] } });
    // kimai.md §1: true becomes "1" (a checked checkbox); account_number becomes accountNumber
    expect(r.json).toMatchObject({ enabled: true, accountNumber: 'A-1', roles: ['ROLE_TEAMLEAD'] });
    // kimai.md §3.3: language/locale/timezone fall back to en, en and the server timezone when omitted
    const bare = await call(sim, 'POST', '/api/users', { body: { username: 'bare', email: 'bare@example.com', plainPassword: '12345678' } });
    expect(bare.json).toMatchObject({ language: 'en', locale: 'en', timezone: 'UTC' });
  });

  it('reports every form field, required ones and extra fields', async () => {
    const r = await call(sim, 'POST', '/api/users', { body: { foo: 'bar' } });
    // kimai.md §3.3 form error format: code 400, message "Validation Failed", errors.errors for extra fields
    expect(r.status).toBe(400);
    const body = r.json as { code: number; message: string; errors: { errors: string[]; children: Record<string, { errors?: string[] }> } };
    expect(body.code).toBe(400);
    expect(body.message).toBe('Validation Failed');
    expect(body.errors.errors).toEqual(['This form should not contain extra fields.']);
    // kimai.md §3.3: errors.children has one key per form field, valid ones as {}
    expect(Object.keys(body.errors.children).sort()).toEqual(
      ['username', 'alias', 'title', 'accountNumber', 'color', 'email', 'language', 'locale', 'timezone', 'enabled', 'supervisor', 'systemAccount', 'requiresPasswordReset', 'roles', 'plainPassword', 'plainApiToken'].sort(),
    );
    expect(body.errors.children.alias).toEqual({});
    // kimai.md §3.3: username, email, plainPassword are required
    for (const f of ['username', 'email', 'plainPassword']) expect(body.errors.children[f]!.errors!.length, f).toBeGreaterThan(0);
  });

  it('applies the field constraints', async () => {
    const bad = async (patch: Record<string, unknown>, field: string) => {
      const r = await call(sim, 'POST', '/api/users', { body: { ...NEW_USER, ...patch } });
      expect(r.status, JSON.stringify(patch)).toBe(400);
      const children = (r.json as { errors: { children: Record<string, { errors?: string[] }> } }).errors.children;
      expect(children[field]!.errors, JSON.stringify(patch)).toBeDefined();
    };
    // kimai.md §3.3 username: 2 to 64 chars, no "/", none of < > " =
    await bad({ username: 'x' }, 'username');
    await bad({ username: 'x'.repeat(65) }, 'username');
    await bad({ username: 'a/b' }, 'username');
    await bad({ username: 'a=b' }, 'username');
    // kimai.md §3.3 email: HTML5 email syntax
    await bad({ email: 'not-an-email' }, 'email');
    // kimai.md §3.3 plainPassword: 8 to 60 chars
    await bad({ plainPassword: 'short' }, 'plainPassword');
    await bad({ plainPassword: 'p'.repeat(61) }, 'plainPassword');
    // kimai.md §3.3 alias: none of < > " =
    await bad({ alias: 'Jane <b>' }, 'alias');
    // kimai.md §3.3 color: must be one of the theme colours
    await bad({ color: '#123456' }, 'color');
    // kimai.md §3.3 language/locale/timezone: known values only
    await bad({ language: 'xx' }, 'language');
    await bad({ locale: 'nope' }, 'locale');
    await bad({ timezone: 'Mars/Olympus' }, 'timezone');
    // kimai.md §3.3 roles: ROLE_USER is not a valid choice
    await bad({ roles: ['ROLE_USER'] }, 'roles');
    // kimai.md §3.3 supervisor: must be an enabled user (dora is disabled)
    await bad({ supervisor: 5 }, 'supervisor');
  });

  it('truncates long alias/title/accountNumber instead of rejecting', async () => {
    const r = await call(sim, 'POST', '/api/users', { body: { ...NEW_USER, alias: 'a'.repeat(70), title: 't'.repeat(55), accountNumber: 'n'.repeat(35) } });
    // kimai.md §3.3: alias truncated to 60, title to 50, accountNumber to 30
    expect(r.json).toMatchObject({ alias: 'a'.repeat(60), title: 't'.repeat(50), accountNumber: 'n'.repeat(30) });
  });

  it('rejects duplicates with 400 on the field', async () => {
    const r = await call(sim, 'POST', '/api/users', { body: { ...NEW_USER, username: 'ulla' } });
    // kimai.md §3.3: duplicate username → 400 validation error on the field, not 409
    expect(r.status).toBe(400);
    expect((r.json as { errors: { children: { username: { errors: string[] } } } }).errors.children.username.errors).toHaveLength(1);
    const e = await call(sim, 'POST', '/api/users', { body: { ...NEW_USER, email: 'ULLA@example.com' } });
    // kimai.md §3.3: email unique (database collation is case-insensitive)
    expect((e.json as { errors: { children: { email: { errors?: string[] } } } }).errors.children.email.errors).toBeDefined();
    const cross = await call(sim, 'POST', '/api/users', { body: { ...NEW_USER, username: 'anna@example.com' } });
    // kimai.md §3.3: username must not equal another user's email
    expect((cross.json as { errors: { children: { username: { errors?: string[] } } } }).errors.children.username.errors).toBeDefined();
  });

  it('handles malformed bodies and content types', async () => {
    // kimai.md §1: invalid JSON → 400 Bad Request
    expect((await call(sim, 'POST', '/api/users', { raw: '{"username":' })).json).toEqual({ code: 400, message: 'Bad Request' });
    // kimai.md §1: a JSON scalar at top level → 400
    expect((await call(sim, 'POST', '/api/users', { raw: '"hello"' })).status).toBe(400);
    // kimai.md §1: two keys collapsing to the same name → 400
    expect((await call(sim, 'POST', '/api/users', { body: { ...NEW_USER, account_number: '1', accountNumber: '2' } })).json).toEqual({ code: 400, message: 'Bad Request' });
    const plain = await call(sim, 'POST', '/api/users', { raw: JSON.stringify(NEW_USER), headers: { 'content-type': 'text/plain' } });
    // kimai.md §1: non-JSON Content-Type → body silently ignored (empty input → required-field errors)
    expect(plain.status).toBe(400);
    expect((plain.json as { message: string }).message).toBe('Validation Failed');
    const none = await call(sim, 'POST', '/api/users', { raw: JSON.stringify(NEW_USER), headers: { 'content-type': 'application/json; charset=utf-8' } });
    // kimai.md §1: a Content-Type that maps to JSON is decoded
    expect(none.status).toBe(200);
  });
});

describe('PATCH /api/users/{id} (kimai.md §3.4)', () => {
  it('updates only the sent keys and answers with the entity', async () => {
    const r = await call(sim, 'PATCH', '/api/users/4', { body: { title: 'Lead Developer' } });
    // kimai.md §3.4: partial update, success 200 with the entity shape
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ title: 'Lead Developer', alias: 'Ulla Umbrella', accountNumber: '0042' });
    const cleared = await call(sim, 'PATCH', '/api/users/4', { body: { alias: false, title: null, account_number: '' } });
    // kimai.md §3.4: a key present with false/null/"" is applied (a text field becomes null)
    expect(cleared.json).toMatchObject({ alias: null, title: null, accountNumber: null });
  });

  it('rejects keys that are never accepted with the extra-fields error', async () => {
    for (const key of ['username', 'plainPassword', 'plainApiToken', 'preferences', 'teams', 'id']) {
      const r = await call(sim, 'PATCH', '/api/users/4', { body: { [key]: key === 'teams' || key === 'preferences' ? [] : 'x' } });
      // kimai.md §3.4: username/plainPassword/plainApiToken/teams/preferences/id → 400 extra fields
      expect(r.status, key).toBe(400);
      expect((r.json as { errors: { errors: string[] } }).errors.errors).toEqual(['This form should not contain extra fields.']);
    }
  });

  it('does not let you disable yourself, but disables others', async () => {
    const self = await call(sim, 'PATCH', '/api/users/1', { body: { enabled: false } });
    // kimai.md §3.4: enabled is only a field when the target is not the caller → extra field 400
    expect(self.status).toBe(400);
    const other = await call(sim, 'PATCH', '/api/users/4', { body: { enabled: false } });
    // kimai.md §3.4: deactivate with PATCH {"enabled": false} (JSON false decodes to null = unchecked, §1)
    expect(other.json).toMatchObject({ enabled: false });
    // kimai.md §3.4: disabled users can no longer authenticate (§2.1: 401 empty)
    const denied = await call(sim, 'GET', '/api/ping', { token: TOKENS.user });
    expect(denied.status).toBe(401);
    expect(denied.text).toBe('');
  });

  it('replaces roles and rejects ROLE_USER', async () => {
    // kimai.md §3.4: roles replaces the whole list
    expect((await call(sim, 'PATCH', '/api/users/4', { body: { roles: ['ROLE_ADMIN', 'ROLE_TEAMLEAD'] } })).json).toMatchObject({ roles: ['ROLE_ADMIN', 'ROLE_TEAMLEAD'] });
    // kimai.md §3.4: [] removes all extra roles
    expect((await call(sim, 'PATCH', '/api/users/4', { body: { roles: [] } })).json).toMatchObject({ roles: [] });
    // kimai.md §3.4: ROLE_USER is rejected
    expect((await call(sim, 'PATCH', '/api/users/4', { body: { roles: ['ROLE_USER'] } })).status).toBe(400);
  });

  it('checks 404, 403 and the permission-dependent field set', async () => {
    // kimai.md §3.4: 404 for an unknown id
    expect((await call(sim, 'PATCH', '/api/users/999', { body: { alias: 'x' } })).status).toBe(404);
    // kimai.md §3.4: edit_other_profile missing → 403
    expect((await call(sim, 'PATCH', '/api/users/1', { token: TOKENS.admin, body: { alias: 'x' } })).status).toBe(403);
    // kimai.md §3.4: own record with edit_own_profile
    expect((await call(sim, 'PATCH', '/api/users/4', { token: TOKENS.user, body: { alias: 'Ulla U', timezone: 'Europe/Paris' } })).status).toBe(200);
    const roles = await call(sim, 'PATCH', '/api/users/4', { token: TOKENS.user, body: { roles: ['ROLE_ADMIN'] } });
    // kimai.md §3.4: a key the caller may not edit (roles_own_profile is super admin only) is a 400, not a 403
    expect(roles.status).toBe(400);
    expect(Object.keys((roles.json as { errors: { children: object } }).errors.children)).not.toContain('roles');
    // kimai.md §3.4: email must not become blank
    expect((await call(sim, 'PATCH', '/api/users/4', { body: { email: '' } })).status).toBe(400);
    // kimai.md §3.4: email uniqueness is checked like on create
    expect((await call(sim, 'PATCH', '/api/users/4', { body: { email: 'tim@example.com' } })).status).toBe(400);
  });
});

describe('PATCH /api/users/{id}/preferences (kimai.md §3.5)', () => {
  const patchPrefs = (body: unknown, token: string = TOKENS.super, id = 4) => call(sim, 'PATCH', `/api/users/${id}/preferences`, { token, body });
  const stored = (id = 4) => sim.snapshot().users.find((u) => u.id === id)!.preferences!;

  it('stores values as strings, answers with the entity and persists the whole default set', async () => {
    const r = await patchPrefs([{ name: 'work_tuesday', value: 28800 }, { name: 'holidays', value: '27.5' }]);
    // kimai.md §3.5: 200 with the full entity shape
    expect(r.status).toBe(200);
    expect(Object.keys(r.json as object)).toEqual(ENTITY_KEYS);
    // kimai.md §3.5: JSON number 28800 is stored as "28800"
    expect(prefMap(r.json)).toMatchObject({ work_tuesday: '28800', holidays: '27.5', work_monday: '28800' });
    // kimai.md §3.5: after the first successful non-empty PATCH the full default set (incl. contract defaults) is stored
    expect(stored()).toMatchObject({ work_sunday: '0', work_last_day: null, first_weekday: 'monday', hourly_rate: '50' });
    const full = (await call(sim, 'GET', '/api/users?full=1&term=ulla')).json as unknown[];
    expect(prefMap(full[0])).toHaveProperty('work_wednesday', '0');
  });

  it('treats [] as a 200 no-op whose response still lists contract defaults', async () => {
    const r = await patchPrefs([], TOKENS.super, 3);
    // kimai.md §3.5 step 3: [] is a no-op that still returns 200
    expect(r.status).toBe(200);
    // kimai.md §3.5 step 4: the response lists the work-contract preferences (registry prepared in non-read mode)
    expect(prefMap(r.json)).toHaveProperty('work_contract_type', 'none');
    // kimai.md §3.5 step 3: nothing is saved
    expect(stored(3)).toEqual({});
  });

  it('checks elements in order, all-or-nothing', async () => {
    // kimai.md §3.5 step 2: a single object instead of an array → 400
    expect((await patchPrefs({ name: 'work_monday', value: '1' })).json).toEqual({ code: 400, message: 'Bad Request' });
    // kimai.md §3.5 step 2: element not an object/array → 400
    expect((await patchPrefs(['work_monday'])).status).toBe(400);
    // kimai.md §3.5 step 2: name or value key missing → 400
    expect((await patchPrefs([{ name: 'work_monday' }])).status).toBe(400);
    // kimai.md §3.5 step 2: unknown name → 404 {"code":404,"message":"Not Found"}
    const unknown = await patchPrefs([{ name: 'work_monday', value: '1' }, { name: 'no_such_pref', value: '1' }]);
    expect(unknown.json).toEqual({ code: 404, message: 'Not Found' });
    // kimai.md §3.5 step 3: any error aborts before saving (the first element was not stored)
    expect(stored().work_monday).toBe('28800');
    // kimai.md §3.5 permission: edit on the profile; others' records need edit_other_profile → 403
    expect((await patchPrefs([], TOKENS.user, 3)).status).toBe(403);
    // kimai.md §3.5: unknown user → 404
    expect((await patchPrefs([], TOKENS.super, 999)).status).toBe(404);
    // kimai.md §1: invalid JSON → 400
    expect((await call(sim, 'PATCH', '/api/users/4/preferences', { raw: '[{' })).status).toBe(400);
  });

  it('answers 403 for names disabled for the caller', async () => {
    // kimai.md §3.5 (2.63.0+): contract names need contract_other_profile, even for one's own record
    expect((await patchPrefs([{ name: 'work_monday', value: '1' }], TOKENS.user)).json).toEqual({ code: 403, message: 'Forbidden' });
    expect((await patchPrefs([{ name: 'work_monday', value: '1' }], TOKENS.lead, 3)).status).toBe(403);
    expect((await patchPrefs([{ name: 'work_monday', value: '3600' }], TOKENS.admin, 2)).status).toBe(200);
    // kimai.md §3.5: hourly_rate needs hourly-rate (own: TEAMLEAD and up)
    expect((await patchPrefs([{ name: 'hourly_rate', value: '10' }], TOKENS.user)).status).toBe(403);
    expect((await patchPrefs([{ name: 'hourly_rate', value: '10' }], TOKENS.lead, 3)).status).toBe(200);
    // kimai.md §3.5: always-enabled names are writable by anyone editing the record
    expect((await patchPrefs([{ name: 'first_weekday', value: 'sunday' }], TOKENS.user)).status).toBe(200);
  });

  it('normalizes names, maps false/null, coerces yes/no, ignores object values', async () => {
    const r = await patchPrefs([
      { name: 'work-wednesday', value: '3600' },
      { name: 'work.thursday', value: '7200' },
      { name: 'work_start_day', value: false },
      { name: 'favorite_routes', value: null },
      { name: 'daily_stats', value: '0' },
      { name: 'export_decimal', value: false },
      { name: 'holidays', value: { nested: 1 } },
      { name: 'work_friday', value: '1' },
      { name: 'work_friday', value: '2' },
    ]);
    expect(r.status).toBe(200);
    const s = stored();
    // kimai.md §3.5: `.` and `-` become `_`
    expect(s).toMatchObject({ work_wednesday: '3600', work_thursday: '7200' });
    // kimai.md §3.5: JSON false is stored as NULL, JSON null as ""
    expect(s.work_start_day).toBeNull();
    expect(s.favorite_routes).toBe('');
    // kimai.md §3.5: yes/no preferences: the string "0" gives "1"; false gives "0"
    expect(s).toMatchObject({ daily_stats: '1', export_decimal: '0' });
    // kimai.md §3.5: objects/arrays as value are silently ignored (value unchanged: the default "0")
    expect(s.holidays).toBe('0');
    // kimai.md §3.5: duplicate names, the last one wins
    expect(s.work_friday).toBe('2');
    // kimai.md §3.5: omitted names are unchanged
    expect(s.work_monday).toBe('28800');
  });

  it('writes hidden registered names such as timezone without validation', async () => {
    await patchPrefs([{ name: 'timezone', value: 'Not/AZone' }]);
    // kimai.md §3.5: timezone/language/locale are writable here without the user form's checks
    expect((await call(sim, 'GET', '/api/users/4')).json).toMatchObject({ timezone: 'Not/AZone' });
  });

  it('fails with 500 and saves nothing for values longer than the 255-char column', async () => {
    const r = await patchPrefs([{ name: 'favorite_routes', value: 'x'.repeat(256) }]);
    // kimai.md §3.5: values longer than 255 chars most likely fail in the database with a 500
    expect(r.json).toEqual({ code: 500, message: 'Internal Server Error' });
    expect(stored()).not.toHaveProperty('favorite_routes');
  });

  it('registers plugin names only once the stored mode matches (knob pluginPrefsNeedMode, default on)', async () => {
    // kimai.md §7.8 / §9 (3rd-party): hours_per_week only writable once work_contract_type is week
    expect((await patchPrefs([{ name: 'work_contract_type', value: 'week' }, { name: 'hours_per_week', value: '144000' }])).status).toBe(404);
    expect((await patchPrefs([{ name: 'work_contract_type', value: 'week' }])).status).toBe(200);
    const r = await patchPrefs([{ name: 'hours_per_week', value: 144000 }, { name: 'work_days_week', value: '1,2,3,4,5' }]);
    expect(r.status).toBe(200);
    expect(prefMap(r.json)).toMatchObject({ hours_per_week: '144000', work_days_week: '1,2,3,4,5' });
    // month names stay unregistered while the mode is week
    expect((await patchPrefs([{ name: 'hours_per_month', value: '1' }])).status).toBe(404);
  });

  it('follows the plugin knobs', async () => {
    const noPlugin = await startKimaiSim({ seed: roleSeed(), plugin: false });
    const loose = await startKimaiSim({ seed: roleSeed(), pluginPrefsNeedMode: false });
    try {
      await call(noPlugin, 'PATCH', '/api/users/4/preferences', { body: [{ name: 'work_contract_type', value: 'week' }] });
      // kimai.md §3.5 table: plugin names exist only if the plugin registers them
      expect((await call(noPlugin, 'PATCH', '/api/users/4/preferences', { body: [{ name: 'hours_per_week', value: '1' }] })).status).toBe(404);
      // with pluginPrefsNeedMode off, plugin names are registered regardless of the mode
      expect((await call(loose, 'PATCH', '/api/users/4/preferences', { body: [{ name: 'hours_per_month', value: '432000' }] })).status).toBe(200);
      // kimai.md §3.6: GET /api/plugins lists the working-contract plugin ("WorkContractBundle"-style items)
      expect((await call(loose, 'GET', '/api/plugins')).json).toEqual([{ name: 'WorkContractBundle', version: expect.any(String) }]);
      expect((await call(noPlugin, 'GET', '/api/plugins')).json).toEqual([]);
    } finally {
      await noPlugin.close();
      await loose.close();
    }
  });
});
