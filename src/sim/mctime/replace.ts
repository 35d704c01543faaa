// The full-replace rule of POST /users (mctime.md §3.3, §4.1): the body becomes the whole stored user.
// Absent top-level fields are stored as null (roles -> default role, availableLoginMethods -> [0,1],
// userEmployments -> none), nested objects keep their id only when sent with it, employments not sent
// are deleted. Creating (no id) goes through the same builder with no previous document.
import { auditDiff } from './audit.js';
import { SimHttpError } from './envelope.js';
import { EMPLOYMENT_OBJECTS, USER_FIELDS } from './fields.js';
import { isObject, type JsonObject, type McTimeHistoryEntry, type McTimeState } from './state.js';

export interface ReplaceContext {
  state: McTimeState;
  keyUserId: string;
  now: Date;
  /** Duplicate e-mail on create/edit: the real behaviour is unknown (mctime.md §8), default reject. */
  duplicateEmail: 'reject' | 'allow';
}

export interface ReplaceResult {
  doc: JsonObject;
  entry: McTimeHistoryEntry;
}

const today = (now: Date) => `${now.toISOString().slice(0, 10)}T00:00:00+00:00`;

function mainCompanyId(ctx: ReplaceContext): string {
  const key = ctx.state.users.get(ctx.keyUserId);
  const firstOrg = ctx.state.scopeOf(ctx.keyUserId).values().next().value;
  const company = firstOrg ? ctx.state.companyOf(firstOrg) : undefined;
  const fallback = ctx.state.organizations.find((o) => o.parentId === null);
  const id = company?.id ?? fallback?.id;
  if (!id || !key) throw new SimHttpError(400, 'No main organization');
  return id;
}

function resolveRoles(
  sent: unknown,
  old: JsonObject | null,
  validFrom: unknown,
  validTo: unknown,
  ctx: ReplaceContext,
): JsonObject[] {
  const roles = Array.isArray(sent)
    ? (sent as JsonObject[])
    : [{ role: 'employee', organizations: [{ id: mainCompanyId(ctx) }] }];
  const scope = ctx.state.scopeOf(ctx.keyUserId);
  // mctime.md §2.1/§6: a key may only hand out roles in organizations it is responsible for; an unchanged
  // role the user already holds in a visible organization may be re-sent (an employee editing itself).
  const managed = ctx.state.managedScope(ctx.keyUserId);
  const oldRel = new Map<string, number>();
  for (const r of Array.isArray(old?.roles) ? (old.roles as JsonObject[]) : [])
    for (const o of Array.isArray(r.organizations) ? (r.organizations as JsonObject[]) : [])
      if (typeof o.relId === 'number') oldRel.set(`${String(r.role)}|${String(o.id)}`, o.relId);
  return roles.map((r) => {
    const seen = new Set<string>();
    const organizations = (r.organizations as JsonObject[]).flatMap((o) => {
      // The id wins over the name; a name that several organizations share picks the first (vendor: "random").
      const org =
        typeof o.id === 'string'
          ? ctx.state.org(o.id)
          : (ctx.state.organizations.find((x) => x.name === o.name && scope.has(x.id)) ??
            ctx.state.organizations.find((x) => x.name === o.name));
      if (!org) throw new SimHttpError(400, `Organization not found: ${String(o.id ?? o.name)}`);
      const kept = oldRel.has(`${String(r.role)}|${org.id}`) && scope.has(org.id);
      if (!managed.has(org.id) && !kept)
        throw new SimHttpError(401, `Organization not accessible: ${org.id}`);
      if (seen.has(org.id)) return [];
      seen.add(org.id);
      const relId = oldRel.get(`${String(r.role)}|${org.id}`) ?? ctx.state.newRelId();
      return [{ id: org.id, name: org.name, relId, validFrom: validFrom ?? null, validTo: validTo ?? null }];
    });
    return { role: r.role, organizations };
  });
}

function resolveAddress(sent: unknown, old: JsonObject | null, ctx: ReplaceContext): JsonObject | null {
  if (!isObject(sent)) return null;
  const { relID, relId, ...rest } = sent;
  const oldAddr = isObject(old?.address) ? old.address : null;
  if (typeof rest.id === 'string') {
    if (!oldAddr || oldAddr.id !== rest.id) throw new SimHttpError(400, `Address not found: ${rest.id}`);
    const sentRel = relID ?? relId;
    if (sentRel !== undefined && sentRel !== null && sentRel !== oldAddr.relId)
      throw new SimHttpError(400, 'address.relID does not belong to this address');
    return { ...rest, id: rest.id, relId: oldAddr.relId };
  }
  // Without id the vendor creates a new address; the old one is dropped (mctime.md §4.1 rule 3).
  return { ...rest, id: ctx.state.newId(), relId: ctx.state.newRelId() };
}

function resolveEmployment(sent: JsonObject, oldList: JsonObject[], ctx: ReplaceContext): JsonObject {
  const old = typeof sent.id === 'string' ? oldList.find((e) => e.id === sent.id) : undefined;
  if (typeof sent.id === 'string' && !old) throw new SimHttpError(400, `Employment not found: ${sent.id}`);
  const out: JsonObject = { ...sent, id: old ? old.id : ctx.state.newId() };
  for (const k of ['from', 'to', 'validFrom', 'validTo']) out[k] = sent[k] ?? null;
  out.paySchedules = Array.isArray(sent.paySchedules) ? sent.paySchedules : [];
  for (const name of Object.keys(EMPLOYMENT_OBJECTS)) {
    let sub = isObject(sent[name]) ? { ...sent[name] } : null;
    if (name === 'basicData' && !sub) sub = {};
    if (!sub) {
      out[name] = null;
      continue;
    }
    const oldSub = old && isObject(old[name]) ? old[name] : null;
    if (typeof sub.id === 'string' && (!oldSub || oldSub.id !== sub.id))
      throw new SimHttpError(400, `${name} not found: ${sub.id}`);
    if (typeof sub.id !== 'string') sub.id = ctx.state.newId();
    if (name === 'basicData') sub.employmentStart ??= today(ctx.now); // seed 003: "today's date will be saved"
    out[name] = sub;
  }
  return out;
}

function checkOverlaps(employments: JsonObject[]): void {
  const periods = employments.map((e) => {
    const b = e.basicData as JsonObject;
    const start = Date.parse(String(b.employmentStart));
    const end = typeof b.employmentEnd === 'string' ? Date.parse(b.employmentEnd) : Infinity;
    if (end < start) throw new SimHttpError(400, 'employmentEnd lies before employmentStart');
    return { start, end };
  });
  for (let i = 0; i < periods.length; i++)
    for (let j = i + 1; j < periods.length; j++) {
      const a = periods[i]!;
      const b = periods[j]!;
      if (a.start <= b.end && b.start <= a.end)
        throw new SimHttpError(400, 'Employment periods may not overlap');
    }
}

function checkEmail(doc: JsonObject, ctx: ReplaceContext): void {
  if (ctx.duplicateEmail === 'allow' || typeof doc.email !== 'string' || doc.email === '') return;
  const email = doc.email.toLowerCase();
  for (const u of ctx.state.users.values())
    if (u.id !== doc.id && typeof u.email === 'string' && u.email.toLowerCase() === email)
      throw new SimHttpError(400, 'A user with this email already exists');
}

/** Builds the stored document from a validated body; `old` is null on create. */
export function buildUser(sent: JsonObject, old: JsonObject | null, ctx: ReplaceContext): ReplaceResult {
  const creating = old === null;
  const doc: JsonObject = {};
  // Unknown top-level properties are stored as sent, so that they too vanish when a client omits them.
  for (const [k, v] of Object.entries(sent)) doc[k] = v;
  doc.id = creating ? ctx.state.newId() : old.id;
  for (const k of Object.keys(USER_FIELDS)) doc[k] = sent[k] ?? null;
  if (!creating) {
    // mctime.md §3.3: these ids are sent back when editing; one that names another record is an error
    // (stricter than the silent reference, which only says to provide them).
    for (const k of ['accountId', 'accountRelId', 'parentGroupRelId', 'historyDataId'] as const) {
      const given = sent[k];
      if (given !== undefined && given !== null && old[k] !== undefined && old[k] !== null && given !== old[k])
        throw new SimHttpError(400, `${k} does not belong to this user`);
    }
  }
  if (creating) {
    doc.accountId = ctx.state.newId();
    doc.accountRelId = ctx.state.newRelId();
    doc.parentGroupRelId = ctx.state.newRelId();
    doc.historyDataId = ctx.state.newId();
  }
  doc.availableLoginMethods = Array.isArray(sent.availableLoginMethods) ? sent.availableLoginMethods : [0, 1];
  doc.roles = resolveRoles(sent.roles, old, doc.validFrom, doc.validTo, ctx);
  doc.address = resolveAddress(sent.address, old, ctx);
  doc.exportIds = isObject(sent.exportIds) ? sent.exportIds : null;
  const oldEmployments = Array.isArray(old?.userEmployments) ? (old.userEmployments as JsonObject[]) : [];
  const sentEmployments = Array.isArray(sent.userEmployments) ? (sent.userEmployments as JsonObject[]) : [];
  const employments = sentEmployments.map((e) => resolveEmployment(e, oldEmployments, ctx));
  if (new Set(employments.map((e) => e.id)).size !== employments.length)
    throw new SimHttpError(400, 'The same employment id was sent twice');
  checkOverlaps(employments);
  doc.userEmployments = employments;
  checkEmail(doc, ctx);
  const diff = auditDiff(old ?? {}, doc);
  const entry: McTimeHistoryEntry = {
    at: ctx.now.toISOString(),
    action: creating ? 'create' : 'edit',
    byUserId: ctx.keyUserId,
    ...diff,
    // U3: an e-mail on create sends an invitation; on edit it is replaced directly (mctime.md §3.3).
    invitationSent: creating && typeof doc.email === 'string' && doc.email !== '',
  };
  return { doc, entry };
}
