// Pure: the McTime part of a person (names, systems.mctime, employments, a future leave date) from the RAW user
// document. McTime re-sends whatever is not declared, so a value that cannot be declared exactly is left out
// (and named in a note) rather than approximated: leaving out never changes the user, approximating would.
import type { Employment as EmploymentDecl } from '../generated/person.js';
import { isSensitivePath } from '../model/sensitive.js';
import { TIMESTAMP_FIELDS } from '../providers/mctime/desired.js';
import { padDate } from '../providers/mctime/merge.js';
import { employmentKey, employmentsOf, isObject, same, type JsonObject } from '../providers/mctime/paths.js';
import type { McTimeImportRecord } from './records.js';
import { fit, isBlank, personDef, propertySchema } from './schema-fit.js';

export interface McTimePart {
  firstName: string | null;
  lastName: string | null;
  settings: Record<string, unknown>;
  employments: EmploymentDecl[];
  leaveDate: string | null;
  /** Stored values that are not declared (McTime keeps them as they are). */
  leftOut: string[];
}

/** Turns a sensitive value into what is written (a ${NAME} reference, or the value itself). */
export type SensitiveWriter = (field: string, value: string) => string;


/**
 * The day a stored timestamp stands for, when it is a whole UTC day's first or last second (the tool writes starts
 * as the first, ends as the last, as McTime's field reference does); otherwise null.
 */
export function wholeDay(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const m = /^(\d{4}-\d{2}-\d{2})(T(00:00:00(\.0+)?|23:59:59)(Z|\+00:00))?$/.exec(v);
  return m ? m[1]! : null;
}

/** Timestamps to dates where exact, "1985-2-1" padded; other values as they are (the schema check decides). */
function toDeclDates(v: unknown, name = ''): unknown {
  if (Array.isArray(v)) return v.map((x) => toDeclDates(x));
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toDeclDates(x, k)]));
  // The fields the provider writes as timestamps (mctime.md §2.6); a whole UTC day reads back as a plain date.
  if (TIMESTAMP_FIELDS.has(name)) return wholeDay(v) ?? v;
  // The same padding the provider applies before sending a birth date back.
  if (name === 'birthDate') return padDate(v);
  return v;
}

function hideSensitive(v: unknown, write: SensitiveWriter): unknown {
  if (Array.isArray(v)) return v.map((x) => hideSensitive(x, write));
  if (!isObject(v)) return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, isSensitivePath(k) && !isObject(x) ? write(k, String(x)) : hideSensitive(x, write)]));
}

const EMPLOYMENT = personDef('employment');
const MCTIME = personDef('mctime');
/** Employment-level keys the declaration format has no place for (and that carry no data when blank). */
const RECORD_KEYS = new Set(['id', 'accountId', 'accountRelId', 'parentGroupRelId', 'historyDataId', 'roles', 'userEmployments', 'firstName', 'lastName', 'email', 'validTo']);

function employment(e: JsonObject, start: string, write: SensitiveWriter, leftOut: string[]): EmploymentDecl | null {
  const out: Record<string, unknown> = {};
  for (const [name, sub] of Object.entries(e)) {
    if (name === 'id' || isBlank(sub)) continue;
    const at = propertySchema(EMPLOYMENT, name);
    const path = `employments[${start}].${name}`;
    if (!at) {
      leftOut.push(path);
      continue;
    }
    const f = fit(toDeclDates(sub), at, path);
    leftOut.push(...f.dropped);
    if (f.value !== undefined) out[name] = hideSensitive(f.value, write);
  }
  const basic = out.basicData;
  if (!isObject(basic) || basic.employmentStart !== start) return null;
  // The documented order: basicData first, then the rest as McTime lists them.
  const { basicData, ...rest } = out;
  return { basicData, ...rest } as unknown as EmploymentDecl;
}

function employments(record: JsonObject, write: SensitiveWriter, warn: (w: string) => void, leftOut: string[]): EmploymentDecl[] {
  const out: EmploymentDecl[] = [];
  const stored = employmentsOf(record).sort((a, b) => ((employmentKey(a) ?? '') < (employmentKey(b) ?? '') ? -1 : 1));
  for (const e of stored) {
    const start = wholeDay(isObject(e.basicData) ? e.basicData.employmentStart : null);
    if (!start) {
      warn(`mctime employment starting ${String(employmentKey(e))} has no plain start date: left out (McTime keeps it)`);
      continue;
    }
    const prev = out.at(-1)?.basicData;
    if (prev && (prev.employmentEnd === undefined || prev.employmentEnd >= start)) {
      warn(`mctime employment from ${start} overlaps the one before: left out (McTime keeps it)`);
      continue;
    }
    const decl = employment(e, start, write, leftOut);
    if (decl) out.push(decl);
    else warn(`mctime employment from ${start} cannot be declared: left out (McTime keeps it)`);
  }
  return out;
}

/** Roles as declared: organizations by name, by id where a name repeats for one role (names must be unambiguous). */
function roles(stored: unknown, warn: (w: string) => void): Record<string, unknown>[] | undefined {
  if (!Array.isArray(stored) || stored.length === 0) return undefined;
  const out: Record<string, unknown>[] = [];
  const roleAt = propertySchema(personDef('mctimeRole'), 'role')!;
  for (const r of stored.filter(isObject)) {
    const orgs = Array.isArray(r.organizations) ? r.organizations.filter(isObject) : [];
    const names = orgs.map((o) => o.name);
    const organizations = orgs.map((o) => (typeof o.name === 'string' && o.name !== '' && names.filter((n) => n === o.name).length === 1 ? { name: o.name } : { id: String(o.id) }));
    if (fit(r.role, roleAt, 'role').value === undefined || organizations.length === 0) {
      warn(`mctime role ${String(r.role)} cannot be declared: roles left out (McTime keeps them)`);
      return undefined;
    }
    out.push({ role: r.role, organizations });
  }
  return out;
}

function settings(record: JsonObject, write: SensitiveWriter, warn: (w: string) => void, leftOut: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(record)) {
    if (RECORD_KEYS.has(name) || isBlank(v)) continue;
    const at = name === 'id' ? null : propertySchema(MCTIME, name);
    if (!at) {
      leftOut.push(name);
      continue;
    }
    // McTime's default sign-in (web and apps) needs no declaration.
    if (name === 'availableLoginMethods' && same(v, [0, 1])) continue;
    const f = fit(toDeclDates(v, name), at, name);
    leftOut.push(...f.dropped);
    if (f.value !== undefined) out[name] = (hideSensitive({ [name]: f.value }, write) as JsonObject)[name];
  }
  // Roles last, as in the sandbox declarations.
  const r = roles(record.roles, warn);
  if (r) out.roles = r;
  return out;
}

export function rebuildMcTime(r: McTimeImportRecord, date: string, write: SensitiveWriter, warn: (w: string) => void): McTimePart {
  const rec = r.record;
  const leftOut: string[] = [];
  const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
  let leaveDate: string | null = null;
  if (!isBlank(rec.validTo)) {
    const d = wholeDay(rec.validTo);
    // A future end of access is the leave date; a past one would make the other systems deactivate the person.
    if (d !== null && d >= date) leaveDate = d;
    else warn(`mctime validTo ${String(rec.validTo)} is not declared (McTime keeps it)`);
  }
  return {
    firstName: text(rec.firstName),
    lastName: text(rec.lastName),
    settings: settings(rec, write, warn, leftOut),
    employments: employments(rec, write, warn, leftOut),
    leaveDate,
    leftOut,
  };
}
