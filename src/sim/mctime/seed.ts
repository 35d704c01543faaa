// Loading a seed or a snapshot: the same validation as POST /users, but ids that are given are kept and
// missing ones are filled in (a seed is written by hand; a snapshot round-trips unchanged).
import { randomUUID } from 'node:crypto';
import { EMPLOYMENT_OBJECTS, USER_FIELDS } from './fields.js';
import { McTimeState, isObject, type JsonObject, type McTimeSeed } from './state.js';
import { normaliseBody } from './validate.js';

function padDate(v: unknown): unknown {
  const m = typeof v === 'string' ? /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v) : null;
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : v;
}

function seedRoles(sent: unknown, doc: JsonObject, state: McTimeState): JsonObject[] {
  const company = state.organizations.find((o) => o.parentId === null);
  const roles = Array.isArray(sent)
    ? (sent as JsonObject[])
    : [{ role: 'employee', organizations: [{ id: company?.id }] }];
  return roles.map((r) => ({
    ...r,
    organizations: (r.organizations as JsonObject[]).map((o) => {
      const org =
        typeof o.id === 'string' ? state.org(o.id) : state.organizations.find((x) => x.name === o.name);
      if (!org) throw new Error(`McTime seed: unknown organization ${String(o.id ?? o.name)}`);
      return {
        id: org.id,
        name: org.name,
        relId: typeof o.relId === 'number' ? o.relId : state.newRelId(),
        validFrom: o.validFrom ?? doc.validFrom ?? null,
        validTo: o.validTo ?? doc.validTo ?? null,
      };
    }),
  }));
}

function seedEmployment(e: JsonObject, state: McTimeState): JsonObject {
  const out: JsonObject = { ...e, id: e.id ?? state.newId(), paySchedules: e.paySchedules ?? [] };
  for (const k of ['from', 'to', 'validFrom', 'validTo']) out[k] = e[k] ?? null;
  for (const name of Object.keys(EMPLOYMENT_OBJECTS)) {
    const sub = e[name];
    out[name] = isObject(sub) ? { ...sub, id: sub.id ?? state.newId() } : null;
  }
  return out;
}

export function seedUser(raw: JsonObject, state: McTimeState): JsonObject {
  const sent = normaliseBody({ ...raw, birthDate: padDate(raw.birthDate) }, { strictTimestamps: false });
  const doc: JsonObject = { ...sent, id: sent.id ?? state.newId() };
  for (const k of Object.keys(USER_FIELDS)) doc[k] = sent[k] ?? null;
  doc.accountId ??= state.newId();
  doc.accountRelId ??= state.newRelId();
  doc.parentGroupRelId ??= state.newRelId();
  doc.historyDataId ??= state.newId();
  doc.availableLoginMethods = sent.availableLoginMethods ?? [0, 1];
  doc.roles = seedRoles(sent.roles, doc, state);
  if (isObject(sent.address)) {
    const { relID, relId, ...rest } = sent.address;
    doc.address = { ...rest, id: rest.id ?? state.newId(), relId: relID ?? relId ?? state.newRelId() };
  } else doc.address = null;
  doc.exportIds = sent.exportIds ?? null;
  const employments = Array.isArray(sent.userEmployments) ? (sent.userEmployments as JsonObject[]) : [];
  doc.userEmployments = employments.map((e) => seedEmployment(e, state));
  return doc;
}

const ADMIN_EMAIL = 'admin@mctime.sim';

/** Builds the state; adds a company and a main_administrator with an API key when the seed has none. */
export function loadSeed(seed: McTimeSeed | undefined): { state: McTimeState; apiKey: string } {
  const s: McTimeSeed = seed ? structuredClone(seed) : { organizations: [], users: [], apiKeys: {} };
  if (!s.organizations.some((o) => o.parentId === null))
    s.organizations.unshift({
      id: randomUUID(),
      name: 'Main',
      type: 'company',
      parentId: null,
      validFrom: null,
      validTo: null,
    });
  const state = new McTimeState(s);
  for (const u of s.users) {
    const doc = seedUser(u, state);
    state.users.set(String(doc.id), doc);
  }
  const isMainAdmin = (id: string) =>
    (state.users.get(id)?.roles as JsonObject[] | undefined)?.some((r) => r.role === 'main_administrator') ??
    false;
  const keyed = [...state.apiKeys].find(([, userId]) => isMainAdmin(userId));
  if (keyed) return { state, apiKey: keyed[0] };
  let admin = [...state.users.keys()].find(isMainAdmin);
  if (!admin) {
    const company = state.organizations.find((o) => o.parentId === null)!;
    const doc = seedUser(
      {
        firstName: 'Sim',
        lastName: 'Administrator',
        email: ADMIN_EMAIL,
        roles: [{ role: 'main_administrator', organizations: [{ id: company.id }] }],
      },
      state,
    );
    state.users.set(String(doc.id), doc);
    admin = String(doc.id);
  }
  let apiKey = [...state.apiKeys].find(([, userId]) => userId === admin)?.[0];
  if (!apiKey) {
    apiKey = `sim-${randomUUID()}`;
    state.apiKeys.set(apiKey, admin);
  }
  return { state, apiKey };
}
