// Conformance of the Papershift (Pulse) simulator over HTTP. Every assertion names the line / section of
// ../shared/apis/papershift.md ("pm") or of the vendor page ../shared/seeds/002_998f8346f2084673.txt ("seed 002")
// it checks. Each test starts its own simulator, so the 5-per-20-s sign-in limit never spills over.
import { afterEach, describe, expect, it } from 'vitest';
import { startPapershiftSim, type PapershiftSeed, type PapershiftSimulator } from '../../src/sim/papershift/index.js';
import { call, client, errors, included, JSONAPI, links, many, model, one, signIn, signInBody, userBody, UUID_V4 } from '../helpers/papershift-sim.js';

const open: PapershiftSimulator[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function start(seed?: PapershiftSeed, settings?: Parameters<typeof startPapershiftSim>[0]) {
  const sim = await startPapershiftSim({ seed, ...settings });
  open.push(sim);
  const token = await signIn(sim);
  return { sim, token, api: client(sim, token) };
}

async function newUser(api: ReturnType<typeof client>, name: string, email?: string): Promise<string> {
  const res = await api.post('/api/v1/users', userBody({ name, ...(email ? { email } : {}) }));
  expect(res.status).toBe(201); // pm §7 "201 on create"
  return one(res).id;
}

describe('papershift sim: auth and conventions', () => {
  it('signs in with the documented doubly nested body and returns the token in the Authorization header', async () => {
    const sim = await startPapershiftSim();
    open.push(sim);
    const res = await call(sim, 'POST', '/auth/signin', { body: signInBody(sim.credentials.email!, sim.credentials.password!) });
    expect(res.status).toBe(200); // pm §2.2 line 73 "status not stated (assume 200)"
    expect(res.headers.get('authorization')).toMatch(/^Bearer \S+$/); // pm §2.2 line 73 token "in a response header"; §5 line 496
    expect(res.headers.get('content-type')).toBe(JSONAPI); // pm §5 line 500 "answer with application/vnd.api+json"
    const identity = one(res);
    expect(identity.type).toBe('identity'); // pm §2.2 line 74 "Body is an identity resource"
    const accounts = identity.attributes.accounts as Array<{ user: { id: string } }>;
    const own = sim.snapshot().identities[0]!.userId;
    expect(accounts[0]!.user.id).toBe(own); // pm §2.2 line 84 "accounts[].user.id is the id of this identity's own user"
    expect(sim.credentials.email).toBe('hr-bot@acme.example'); // brief: default API identity when the seed has none
  });

  it('accepts the plain data.attributes form too, and rejects wrong credentials with a 401 errors document', async () => {
    const sim = await startPapershiftSim();
    open.push(sim);
    const plain = await call(sim, 'POST', '/auth/signin', {
      body: { data: { type: 'identity', attributes: { email: sim.credentials.email, password: sim.credentials.password } } },
    });
    expect(plain.status).toBe(200); // pm §5 lines 495–496 "and the plain data.attributes form"
    const wrong = await call(sim, 'POST', '/auth/signin', { body: signInBody(sim.credentials.email!, 'nope-nope') });
    expect(wrong.status).toBe(401); // pm §5 line 497 "wrong credentials → 401 errors document"
    expect(errors(wrong)[0]!.status).toBe('401'); // pm §2.4 line 134 errors[0].status = "401" (a string)
    const typed = await call(sim, 'POST', '/auth/signin', { body: { data: { type: 'user', attributes: {} } } });
    expect(typed.status).toBe(409); // pm §5 line 504 "a body type that does not match the endpoint → 409"
  });

  it('requires a Bearer token under /api/v1 and rejects it after sign-out', async () => {
    const { sim, token, api } = await start();
    expect((await call(sim, 'GET', '/api/v1/users')).status).toBe(401); // pm §5 line 498 "without a valid Bearer token → 401"
    expect((await call(sim, 'GET', '/api/v1/users', { token: 'forged' })).status).toBe(401); // pm §5 line 498
    expect((await api.get('/api/v1/users')).status).toBe(200); // pm §2.1 line 55 Bearer on every request except sign-in
    const out = await call(sim, 'DELETE', '/auth/signout', { token });
    expect(out.status).toBe(204); // pm §2.2 line 87 "DELETE /auth/signout → 204 No Content"
    expect(out.text).toBe(''); // pm §2.2 line 87 "empty body"
    expect((await api.get('/api/v1/users')).status).toBe(401); // pm §5 line 498 "after sign-out the token is rejected"
    expect((await call(sim, 'GET', '/users')).status).toBe(404); // pm §2.1 line 53 resource paths are /api/v1/...
  });

  it('requires Content-Type application/vnd.api+json on every request, GET included', async () => {
    const { api } = await start();
    const none = await api.get('/api/v1/users', { contentType: null });
    expect(none.status).toBe(415); // pm §2.1 line 54 "on every request"; §5 line 499 415 (stricter choice)
    expect(none.headers.get('content-type')).toBe(JSONAPI); // pm §5 line 500
    expect(errors(none)[0]!.status).toBe('415'); // pm §5 line 531 errors as JSON:API arrays
    const json = await api.post('/api/v1/users', userBody({ name: 'X' }), { contentType: 'application/json' });
    expect(json.status).toBe(415); // pm §2.1 line 54
    const charset = await api.get('/api/v1/users', { contentType: `${JSONAPI}; charset=utf-8` });
    expect(charset.status).toBe(415); // pm §2.1 line 54 (JSON:API: media type parameters → 415)
  });

  it('requires Accept-Language de or en on every request, sign-in included', async () => {
    const { sim, api } = await start();
    const none = await api.get('/api/v1/users', { language: null });
    expect(none.status).toBe(400); // pm §2.1 line 56 "Accept-Language: de or en" among the required headers (stricter choice)
    expect(errors(none)[0]!.source).toEqual({ parameter: 'Accept-Language' });
    expect((await api.get('/api/v1/users', { language: 'fr' })).status).toBe(400);
    expect((await api.get('/api/v1/users', { language: 'de-AT, en;q=0.5' })).status).toBe(200);
    const body = signInBody(sim.credentials.email!, sim.credentials.password!);
    expect((await call(sim, 'POST', '/auth/signin', { body, language: null })).status).toBe(400);
  });

  it('limits sign-in to 5 requests per 20 s with a text/plain 429 and no Retry-After', async () => {
    const sim = await startPapershiftSim();
    open.push(sim);
    const body = signInBody(sim.credentials.email!, sim.credentials.password!);
    for (let i = 0; i < 5; i++) expect((await call(sim, 'POST', '/auth/signin', { body })).status).toBe(200); // pm §2.5 line 145 "5 requests per 20 seconds"
    const limited = await call(sim, 'POST', '/auth/signin', { body });
    expect(limited.status).toBe(429); // pm §2.5 line 146 "Exceeding either gives HTTP 429"
    expect(limited.headers.get('content-type')).toMatch(/^text\/plain/); // pm §2.5 lines 147–148 "default 429 is text/plain"
    expect(limited.text.trim()).toBe('Retry later'); // pm §2.5 line 148 "Retry later"
    expect(limited.headers.get('retry-after')).toBeNull(); // pm §2.5 line 148 "with no Retry-After"
  });

  it('limits the API to 300 requests per minute by default, adjustable through the knobs', async () => {
    const { sim, api } = await start();
    expect(sim.server.knobs.rateLimit).toEqual({ requests: 300, windowMs: 60_000, retryAfterSec: null }); // pm §2.5 line 144 "300 requests per minute"
    sim.server.knobs.rateLimit = { requests: 2, windowMs: 60_000, retryAfterSec: null };
    await api.get('/api/v1/users');
    await api.get('/api/v1/users');
    const limited = await api.get('/api/v1/users');
    expect(limited.status).toBe(429); // pm §2.5 line 146
    expect(limited.text.trim()).toBe('Retry later'); // pm §5 lines 501–502 "default text/plain Retry later"
  });
});

describe('papershift sim: users', () => {
  it('creates a user from a name alone, with a UUID v4 id and status created', async () => {
    const { api } = await start();
    const res = await api.post('/api/v1/users', userBody({ name: 'Jana Muster' }));
    expect(res.status).toBe(201); // pm §7 line 566 "201 on create"
    const u = one(res);
    expect(u.id).toMatch(UUID_V4); // pm §1 line 44 "All identifiers are UUID strings"; §5 line 503 UUIDv4
    expect(u.type).toBe('user'); // pm §2.3 line 105 singular snake_case types
    expect(u.attributes).toMatchObject({ name: 'Jana Muster', email: null, status: 'created', discarded_at: null }); // pm §3.1 line 212 assumed attributes name, email, status, discarded_at; line 206 lifecycle starts at created
    const missing = await api.post('/api/v1/users', userBody({ email: 'a@b.example' }));
    expect(missing.status).toBe(422); // pm §3.1 line 203 "name (required)"
    expect(errors(missing)[0]!.source?.pointer).toBe('/data/attributes/name'); // pm §2.4 line 137 "source.pointer when field-specific"
  });

  it('keeps e-mails unique ignoring case, rejects wrong types and unknown attributes', async () => {
    const { api } = await start();
    await newUser(api, 'Jana', 'jana@acme.example');
    const dup = await api.post('/api/v1/users', userBody({ name: 'Other', email: 'JANA@acme.example' }));
    expect(dup.status).toBe(422); // pm §7 line 568 "Treat as unique per account, case-insensitive"
    expect((await api.post('/api/v1/users', { data: { type: 'users', attributes: { name: 'X' } } })).status).toBe(409); // pm §5 line 504 type mismatch → 409
    const classic = await api.post('/api/v1/users', userBody({ name: 'X', staff_number: '12' }));
    expect(classic.status).toBe(422); // pm §6 lines 536–537 staff_number is not on the Pulse user (stricter: unknown attribute rejected)
  });

  it('updates name and e-mail with PUT, answers 404 for unknown users', async () => {
    const { api } = await start();
    const id = await newUser(api, 'Jana', 'jana@acme.example');
    const res = await api.put(`/api/v1/users/${id}`, userBody({ email: 'jana.muster@acme.example' }));
    expect(res.status).toBe(200); // pm §2.3 line 115 "PUT ... behave like a partial update"
    expect(one(res).attributes).toMatchObject({ name: 'Jana', email: 'jana.muster@acme.example' }); // pm §2.3 line 115 partial update
    const unknown = await api.get('/api/v1/users/6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f');
    expect(unknown.status).toBe(404); // pm §2.4 line 136 "404 unknown id"
  });

  it('deactivates and reactivates (active after an accepted invitation, created otherwise), returning the user', async () => {
    const { sim, api } = await start();
    const fresh = await newUser(api, 'Fresh', 'fresh@acme.example');
    const off = await api.post(`/api/v1/users/${fresh}/deactivate`);
    expect(off.status).toBe(200);
    expect(one(off).type).toBe('user'); // pm §3.1 line 229 "Both return the user"
    expect(one(off).attributes.status).toBe('deactivated'); // pm §3.1 line 228 POST deactivate
    const on = await api.del(`/api/v1/users/${fresh}/deactivate`);
    expect(one(on).attributes.status).toBe('created'); // pm §3.1 line 232 "otherwise created"

    const invited = await newUser(api, 'Invited', 'invited@acme.example');
    expect(one(await api.post(`/api/v1/users/${invited}/invite`)).attributes.status).toBe('invited'); // pm §3.1 line 225 "status becomes invited"
    sim.acceptInvitation(invited); // pm §5 line 513 "simulate acceptance via a test hook"
    await api.post(`/api/v1/users/${invited}/deactivate`);
    expect(one(await api.del(`/api/v1/users/${invited}/deactivate`)).attributes.status).toBe('active'); // pm §3.1 line 232 "active if the person had already accepted"

    const noMail = await newUser(api, 'No Mail');
    expect((await api.post(`/api/v1/users/${noMail}/invite`)).status).toBe(422); // pm §5 line 514 "Invite of a user without email → 422"
    const list = many(await api.get('/api/v1/users'));
    expect(list.map((u) => u.id)).toEqual(expect.arrayContaining([fresh, invited, noMail])); // pm §1 line 42 "Pulse never hard-deletes"
  });

  it('locks the identity out at once when its own user is deactivated', async () => {
    const { sim, token } = await start();
    const own = sim.snapshot().identities[0]!.userId;
    const second = await signIn(sim);
    expect((await call(sim, 'POST', `/api/v1/users/${own}/deactivate`, { token })).status).toBe(200);
    expect((await call(sim, 'GET', '/api/v1/users', { token: second })).status).toBe(401); // pm §3.1 line 230 "logged out of the account at once"
  });
});

describe('papershift sim: filter engine, sort, paging', () => {
  async function people() {
    const s = await start();
    await newUser(s.api, 'Anna Alpha', 'anna@acme.example');
    await newUser(s.api, 'Bernd Beta', 'bernd@other.example');
    await newUser(s.api, 'Carla Gamma');
    return s;
  }
  const names = (a: Parameters<typeof many>[0]) => many(a).map((u) => u.attributes.name);

  it('supports every documented operator, ANDed across filters', async () => {
    const { api } = await people();
    const q = (f: string) => api.get(`/api/v1/users?${f}`).then(names);
    expect(await q('filter[name]=eq:Anna%20Alpha')).toEqual(['Anna Alpha']); // pm §2.6 line 153 filter[<attribute>]=<op>:<value>
    expect(await q('filter[name]=!eq:Anna%20Alpha&filter[email]=present')).toEqual(['HR Bot', 'Bernd Beta']); // pm §2.6 lines 155–156 !eq, present; line 154 ANDed
    expect(await q('filter[name]=gt:B&filter[name]=lt:C')).toEqual(['Bernd Beta']); // pm §2.6 line 155 gt, lt
    expect(await q('filter[name]=gte:Carla%20Gamma')).toEqual(['HR Bot', 'Carla Gamma'].filter((n) => n >= 'Carla Gamma')); // pm §2.6 line 155 gte
    expect(await q('filter[name]=lte:Anna%20Alpha')).toEqual(['Anna Alpha']); // pm §2.6 line 155 lte
    expect(await q('filter[name]=pre:ber')).toEqual(['Bernd Beta']); // pm §2.6 line 155 "pre (starts with)"
    expect(await q('filter[email]=suf:other.example')).toEqual(['Bernd Beta']); // pm §2.6 line 155 "suf (ends with)"
    expect(await q('filter[name]=ct:amm')).toEqual(['Carla Gamma']); // pm §2.6 line 155 "ct (contains)"
    expect(await q('filter[name]=!ct:a&filter[name]=!ct:e')).toEqual(['HR Bot']); // pm §2.6 line 155 "!ct"
    expect(await q('filter[name]=in:Anna%20Alpha,Carla%20Gamma')).toEqual(['Anna Alpha', 'Carla Gamma']); // pm §2.6 line 156 "in (assume comma separated)"
    expect(await q('filter[name]=!in:Anna%20Alpha,Carla%20Gamma,HR%20Bot')).toEqual(['Bernd Beta']); // pm §2.6 line 156 "!in"
    expect(await q('filter[email]=blank')).toEqual(['Carla Gamma']); // pm §2.6 line 156 "blank"
    expect(await q('filter[email_blank]=1')).toEqual(['Carla Gamma']); // pm §2.6 line 158 "filter[<attribute>_blank]=1"
    expect(await q('filter[email]=eq:anna%40acme.example')).toEqual(['Anna Alpha']); // pm §6 line 557 percent-encoded filter values
  });

  it('rejects unknown operators and attributes with 400, sorts with sort=attr / -attr', async () => {
    const { api } = await people();
    expect((await api.get('/api/v1/users?filter[name]=like:Anna')).status).toBe(400); // pm §2.6 line 155 only the listed operators
    expect((await api.get('/api/v1/users?filter[shoe_size]=eq:42')).status).toBe(400); // pm §2.6 line 153 filters name attributes
    expect(names(await api.get('/api/v1/users?sort=-name'))).toEqual(['HR Bot', 'Carla Gamma', 'Bernd Beta', 'Anna Alpha']); // pm §2.6 line 163 "sort=-<attr> (descending)"
    expect(names(await api.get('/api/v1/users?sort=name&filter[name]=!eq:HR%20Bot'))).toEqual(['Anna Alpha', 'Bernd Beta', 'Carla Gamma']); // pm §2.6 line 163
    expect((await api.get('/api/v1/users?include=teams')).status).toBe(400); // pm §2.6 lines 160–161 include names a relationship the resource page lists
  });

  it('answers whole collections without links by default and pages JSON:API-style when switched on', async () => {
    const { sim, api } = await people();
    const all = await api.get('/api/v1/users');
    expect(many(all)).toHaveLength(4);
    expect(links(all)).toBeUndefined(); // pm §2.7 line 177 "return the full collection by default (no links)"
    sim.settings.pageSize = 3;
    const first = await api.get('/api/v1/users');
    expect(many(first)).toHaveLength(3); // pm §2.7 lines 178–179 "opt-in mode implementing page[number]/page[size]"
    const next = links(first)!.next!;
    expect(next).toContain('page%5Bnumber%5D=2'); // pm §2.7 line 179 links.first/prev/next/last
    const second = await api.get(next.slice(sim.url.length));
    expect(many(second)).toHaveLength(1);
    expect(links(second)!.next).toBeNull(); // pm §2.7 line 177 "stop when it is absent or null"
  });
});

describe('papershift sim: payroll information', () => {
  it('returns data null until the first PUT, then upserts with staff_number as a string', async () => {
    const { api } = await start();
    const id = await newUser(api, 'Jana');
    const path = `/api/v1/users/${id}/payroll_information`;
    const empty = await api.get(path);
    expect(empty.status).toBe(200);
    expect((empty.body as { data: unknown }).data).toBeNull(); // pm §3.4 line 382 "{data: null} when nothing was ever set"
    const put = await api.put(path, { data: { type: 'payroll_information', attributes: { staff_number: 1042 } } });
    expect(put.status).toBe(200); // pm §3.4 line 383 "PUT creates or updates (upsert)"
    expect(one(put).attributes.staff_number).toBe('1042'); // pm §3.4 line 379 "serialise it as a string"
    expect(one(put).id).toMatch(UUID_V4); // pm §3.4 line 385 "its own UUID id, distinct from the user id"
    expect(one(put).id).not.toBe(id); // pm §3.4 line 385
    const date = await api.put(path, { data: { type: 'payroll_information', attributes: { employment_start_date: '2026-01-01' } } });
    expect(one(date).attributes).toMatchObject({ staff_number: '1042', employment_start_date: '2026-01-01' }); // pm §2.3 line 115 partial PUT
    const blank = await api.put(path, { data: { type: 'payroll_information', attributes: { staff_number: '' } } });
    expect(one(blank).attributes.staff_number).toBeNull(); // pm §3.4 line 379 "may be blank"
  });

  it('validates staff_number 1..99999 (string or number), unique per account, and the date', async () => {
    const { api } = await start();
    const a = await newUser(api, 'A');
    const b = await newUser(api, 'B');
    const put = (u: string, attributes: Record<string, unknown>) =>
      api.put(`/api/v1/users/${u}/payroll_information`, { data: { type: 'payroll_information', attributes } });
    expect((await put(a, { staff_number: '99999' })).status).toBe(200); // pm §3.4 line 379 "1..99,999"
    expect((await put(b, { staff_number: 0 })).status).toBe(422); // pm §3.4 line 379
    expect((await put(b, { staff_number: '100000' })).status).toBe(422); // pm §3.4 line 379
    expect((await put(b, { staff_number: '12a' })).status).toBe(422); // pm §3.4 line 379 "an integer"
    const clash = await put(b, { staff_number: 99999 });
    expect(clash.status).toBe(422); // pm §3.4 line 379 "unique within the account"
    expect(errors(clash)[0]!.source?.pointer).toBe('/data/attributes/staff_number'); // pm §2.4 line 137
    expect((await put(b, { employment_start_date: '2025-31-01' })).status).toBe(422); // pm §6 line 559 "an invalid date (2025-31-01)"
    expect((await put(b, { staff_number: '42' })).status).toBe(200); // pm §3.4 line 379
  });
});

describe('papershift sim: working time models', () => {
  const base = (u: string) => `/api/v1/users/${u}/working_time_models`;

  it('creates a weekly model with workdays; the answer echoes only pattern, start_date, user_id, discarded_at', async () => {
    const { api } = await start();
    const u = await newUser(api, 'Jana');
    const res = await api.post(base(u), model('2025-10-01', [{ day_of_week: 0, seconds: 28800 }, { day_of_week: 1, seconds: 28800 }]));
    expect(res.status).toBe(201); // pm §3.2 line 295 "assume 201"
    const m = one(res);
    expect(m.type).toBe('working_time_model'); // seed 002 line 52 "type": "working_time_model"
    expect(m.id).toMatch(UUID_V4); // pm §5 line 503
    expect(m.attributes).toEqual({ pattern: 'weekly', start_date: '2025-10-01', user_id: u, discarded_at: null }); // seed 002 lines 53–58 (response attributes); pm §3.2 line 303 "do not echo workdays"
    const shown = await api.get(`${base(u)}/${m.id}?include=weekly_workdays`);
    const rel = shown.body as { data: { relationships: { weekly_workdays: { data: Array<{ id: string }> } } } };
    expect(rel.data.relationships.weekly_workdays.data).toHaveLength(2); // pm §3.2 line 333 relationships.weekly_workdays.data
    expect(included(shown).map((w) => [w.type, w.attributes.day_of_week, w.attributes.seconds])).toEqual([
      ['weekly_workday', 0, 28800],
      ['weekly_workday', 1, 28800],
    ]); // pm §3.2 lines 334–336 included weekly_workday with day_of_week, seconds
  });

  it('validates pattern, start_date and workdays on create', async () => {
    const { api } = await start();
    const u = await newUser(api, 'Jana');
    const bad = async (body: unknown) => {
      const r = await api.post(base(u), body);
      expect(r.status).toBe(422);
      return errors(r)[0]!.source?.pointer;
    };
    expect(await bad({ data: { type: 'working_time_model', attributes: { pattern: 'monthly', start_date: '2026-01-01' } } })).toBe('/data/attributes/pattern'); // seed 002 line 8 "Must be set to weekly"
    expect(await bad({ data: { type: 'working_time_model', attributes: { pattern: 'weekly' } } })).toBe('/data/attributes/start_date'); // seed 002 line 9 "Must be set"
    expect(await bad(model('2025-02-30'))).toBe('/data/attributes/start_date'); // seed 002 line 9 "Format: YYYY-MM-DD"
    expect(await bad(model('2026-01-01', [{ day_of_week: 7, seconds: 1 }]))).toBe('/data/attributes/workdays/0/day_of_week'); // seed 002 line 13 "between 0 (Monday) and 6 (Sunday)"
    expect(await bad(model('2026-01-01', [{ seconds: 1 }]))).toBe('/data/attributes/workdays/0/day_of_week'); // seed 002 line 13 "Must be set on creation"
    expect(await bad(model('2026-01-01', [{ day_of_week: 1 }]))).toBe('/data/attributes/workdays/0/seconds'); // seed 002 line 14 seconds "Must be set"
    expect(await bad(model('2026-01-01', [{ day_of_week: 1, seconds: 86_401 }]))).toBe('/data/attributes/workdays/0/seconds'); // pm §3.2 line 351 "0 ≤ s ≤ 86400"
    expect(await bad(model('2026-01-01', [{ day_of_week: 1, seconds: 1 }, { day_of_week: 1, seconds: 2 }]))).toBe('/data/attributes/workdays/1/day_of_week'); // pm §3.2 line 350 duplicate day_of_week → 422
    expect(await bad(model('2026-01-01', [{ id: '0b4c7a52-2f35-4d8e-9a61-5e3f2d1c0b9a', seconds: 1 }]))).toBe('/data/attributes/workdays/0/id'); // pm §3.2 line 348 foreign workday id → 422
    expect((await api.post(base('0b4c7a52-2f35-4d8e-9a61-5e3f2d1c0b9a'), model('2026-01-01'))).status).toBe(404); // pm §3.2 line 349 "Unknown user_id in the URL → 404"
    expect((await api.post(base(u), { data: { type: 'working_time_models', attributes: {} } })).status).toBe(409); // pm §5 line 504
    expect((await api.post(base(u), model('2026-01-01'))).status).toBe(201); // seed 002 line 25 "You can optionally include workdays"
    expect(await bad(model('2026-01-01'))).toBe('/data/attributes/start_date'); // pm §3.2 line 353 / §5 line 522 duplicate start_date among live models → 422
  });

  it('PUT patches workdays: update by id, create without id, _delete; unmentioned workdays keep their ids', async () => {
    const { api } = await start();
    const u = await newUser(api, 'Jana');
    const created = one(
      await api.post(base(u), model('2026-01-01', [0, 1, 2, 4].map((d) => ({ day_of_week: d, seconds: 28800 })))),
    );
    const read = async () => {
      const r = await api.get(`${base(u)}/${created.id}?include=weekly_workdays`);
      return new Map(included(r).map((w) => [w.attributes.day_of_week as number, { id: w.id, seconds: w.attributes.seconds }]));
    };
    const before = await read();
    const put = await api.put(`${base(u)}/${created.id}`, {
      data: {
        type: 'working_time_model',
        attributes: {
          workdays: [
            { id: before.get(0)!.id, seconds: 25200 },
            { day_of_week: 3, seconds: 14400 },
            { id: before.get(4)!.id, _delete: true },
          ],
        },
      },
    });
    expect(put.status).toBe(200); // seed 002 line 100 workdays via the pseudo-attribute in PUT
    const after = await read();
    expect(after.get(0)).toEqual({ id: before.get(0)!.id, seconds: 25200 }); // seed 002 line 12 "id ... Must be set to update"
    expect(after.get(3)?.seconds).toBe(14400); // seed 002 line 12 "if not set, a new workday will be created"
    expect(after.has(4)).toBe(false); // seed 002 line 15 "_delete ... Set it to true" deletes
    expect(after.get(1)).toEqual(before.get(1)); // pm §3.2 line 321 "Workdays not mentioned ... left unchanged"
    expect(after.get(2)).toEqual(before.get(2)); // pm §3.2 line 321
  });

  it('rejects a changed day_of_week, a foreign workday id and a duplicate day, leaving the model unchanged', async () => {
    const { api } = await start();
    const u = await newUser(api, 'Jana');
    const m1 = one(await api.post(base(u), model('2026-01-01', [{ day_of_week: 0, seconds: 100 }])));
    const m2 = one(await api.post(base(u), model('2026-06-01', [{ day_of_week: 0, seconds: 200 }])));
    const wd = async (id: string) => included(await api.get(`${base(u)}/${id}?include=weekly_workdays`));
    const w1 = (await wd(m1.id))[0]!;
    const w2 = (await wd(m2.id))[0]!;
    const patch = (days: unknown[]) => api.put(`${base(u)}/${m1.id}`, { data: { type: 'working_time_model', attributes: { workdays: days } } });
    const moved = await patch([{ id: w1.id, day_of_week: 1, seconds: 100 }]);
    expect(moved.status).toBe(422); // seed 002 line 13 day_of_week "cannot be updated"; pm §3.2 line 346
    expect(errors(moved)[0]!.source?.pointer).toBe('/data/attributes/workdays/0/day_of_week'); // pm §2.4 line 137
    expect((await patch([{ id: w2.id, seconds: 5 }])).status).toBe(422); // pm §3.2 line 348 "id of a workday that does not belong to this model → 422"
    expect((await patch([{ seconds: 5, day_of_week: 6 }, { day_of_week: 0, seconds: 7 }])).status).toBe(422); // pm §3.2 line 350 duplicate day_of_week
    expect((await patch([{ id: w1.id, _delete: true }, { day_of_week: 0, seconds: 7 }])).status).toBe(200); // pm §4 lines 487–488 "delete the Tuesday workday and create a Wednesday one in the same PUT"
    const dup = await api.put(`${base(u)}/${m1.id}`, { data: { type: 'working_time_model', attributes: { start_date: '2026-06-01' } } });
    expect(dup.status).toBe(422); // pm §5 line 522 duplicate start_date among live models
    expect(one(await api.get(`${base(u)}/${m1.id}`)).attributes.start_date).toBe('2026-01-01'); // pm §5 line 522 (a rejected PUT changes nothing)
  });

  it('DELETE soft-deletes: 200 with discarded_at, still listed unless filtered, then 404 for PUT/DELETE', async () => {
    const { api } = await start();
    const u = await newUser(api, 'Jana');
    const m = one(await api.post(base(u), model('2026-01-01', [{ day_of_week: 0, seconds: 100 }])));
    const del = await api.del(`${base(u)}/${m.id}`);
    expect(del.status).toBe(200); // pm §5 line 510 "returns 200 with the record"
    expect(one(del).attributes.discarded_at).toEqual(expect.any(String)); // seed 002 line 10 "Automatically set when deleted (soft-delete)"
    expect(many(await api.get(base(u))).map((x) => x.id)).toEqual([m.id]); // pm §5 line 511 "lists include discarded records unless filter[discarded_at_blank]=1"
    expect(many(await api.get(`${base(u)}?filter[discarded_at_blank]=1`))).toEqual([]); // pm §2.6 line 158 "filter[discarded_at_blank]=1"
    expect((await api.put(`${base(u)}/${m.id}`, model('2026-02-01'))).status).toBe(404); // pm §5 line 525 "further PUT on a discarded model → 404"
    expect((await api.del(`${base(u)}/${m.id}`)).status).toBe(404); // pm §5 line 525 (DELETE likewise)
    expect((await api.post(base(u), model('2026-01-01'))).status).toBe(201); // pm §5 line 522 only live models block a start_date
  });

  it('filters models by start_date and discarded_at, sorts them, includes workdays in lists', async () => {
    const { api } = await start();
    const u = await newUser(api, 'Jana');
    for (const d of ['2024-01-01', '2025-01-01', '2026-01-01']) await api.post(base(u), model(d, [{ day_of_week: 2, seconds: 3600 }]));
    const starts = async (q: string) => many(await api.get(`${base(u)}?${q}`)).map((m) => m.attributes.start_date);
    expect(await starts('filter[start_date]=gte:2025-01-01&sort=-start_date')).toEqual(['2026-01-01', '2025-01-01']); // pm §2.6 lines 153–155, 163
    expect(await starts('filter[discarded_at]=blank&filter[start_date]=lt:2025-01-01')).toEqual(['2024-01-01']); // pm §2.6 line 156 blank
    const withDays = await api.get(`${base(u)}?include=weekly_workdays`);
    expect(included(withDays)).toHaveLength(3); // pm §2.6 line 160 include → top-level included array
  });
});

describe('papershift sim: snapshot', () => {
  it('snapshots in the seed format, and a snapshot seeds an identical simulator', async () => {
    const { sim, api } = await start();
    const u = await newUser(api, 'Jana', 'jana@acme.example');
    await api.post(`/api/v1/users/${u}/working_time_models`, model('2026-01-01', [{ day_of_week: 0, seconds: 1 }]));
    await api.put(`/api/v1/users/${u}/payroll_information`, { data: { type: 'payroll_information', attributes: { staff_number: 7 } } });
    const snap = sim.snapshot();
    expect(snap.payroll[u]!.staff_number).toBe('7'); // brief: seed format payroll: Record<userId, …>
    const again = await startPapershiftSim({ seed: snap });
    open.push(again);
    expect(again.snapshot()).toEqual(snap);
    expect(again.credentials).toEqual(sim.credentials);
  });
});
