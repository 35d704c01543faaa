// How stored users are shown on read. With quirks on (default) the read-side oddities of the real API are
// reproduced (mctime.md §2.6, §3.2, §6): unpadded birthDate, "" for an open employmentEnd, decimals as
// strings, address.relId (while writes say relID). A client that echoes these back unchanged gets a 400.
import { EMPLOYMENT_OBJECTS } from './fields.js';
import { isObject, rolesOf, type JsonObject } from './state.js';

function unpad(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${m[1]}-${Number(m[2])}-${Number(m[3])}` : date;
}

function renderEmployment(e: JsonObject): JsonObject {
  const out: JsonObject = { ...e };
  for (const [name, fields] of Object.entries(EMPLOYMENT_OBJECTS)) {
    const sub = e[name];
    if (!isObject(sub)) continue;
    const copy: JsonObject = { ...sub };
    for (const [k, kind] of Object.entries(fields))
      if (kind.kind === 'decimal' && typeof copy[k] === 'number') copy[k] = String(copy[k]);
    if (name === 'basicData' && copy.employmentEnd === null) copy.employmentEnd = '';
    out[name] = copy;
  }
  return out;
}

export function renderUser(doc: JsonObject, quirks: boolean): JsonObject {
  const out = structuredClone(doc);
  if (!quirks) return out;
  if (typeof out.birthDate === 'string') out.birthDate = unpad(out.birthDate);
  if (Array.isArray(out.userEmployments))
    out.userEmployments = (out.userEmployments as JsonObject[]).map(renderEmployment);
  return out;
}

/** The list row: only what public clients read (mctime.md §3.1), so an edit built from it loses data visibly. */
export function listRow(doc: JsonObject): JsonObject {
  const roles = rolesOf(doc);
  const primary = roles.find((r) => r.role === 'employee') ?? roles[0];
  return {
    id: doc.id,
    firstName: doc.firstName ?? null,
    lastName: doc.lastName ?? null,
    email: doc.email ?? null,
    mobilePhoneNumber: doc.mobilePhoneNumber ?? null,
    organizationId: primary?.orgIds[0] ?? null,
  };
}
