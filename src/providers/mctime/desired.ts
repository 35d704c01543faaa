// Pure: the declared McTime leaves of one person. Only what the declaration names is desired; everything
// else in the stored record is left as it is (and re-sent, because McTime's POST replaces the whole user).
import type { Contract, McTimeRole, Person } from '../../model/declarations.js';
import { lastStarted } from '../../model/contracts.js';
import { isObject, text } from './paths.js';

export interface Leaf {
  path: string;
  value: unknown;
  /** Declared as a date (YYYY-MM-DD): a stored timestamp at any time of that UTC day matches. */
  day?: string;
}

export interface DesiredUser {
  leaves: Leaf[];
  /** Declared roles, or undefined when the declaration leaves roles alone. */
  roles: McTimeRole[] | undefined;
}

/** Declared date fields that McTime stores as timestamps (mctime.md §2.6: UTC with +00:00). */
export const TIMESTAMP_FIELDS: ReadonlySet<string> = new Set([
  'validFrom',
  'validTo',
  'from',
  'to',
  'employmentStart',
  'employmentEnd',
  'probationPeriod',
]);

/**
 * Fields that end a period. A declared date there is the last day, so McTime gets that day's last second, as its
 * field reference writes them (seed 003: `validTo` and `employmentEnd` as `2022-12-31T23:59:59+00:00`): a leaver
 * keeps access through the leave date, as in Kimai, and an employment covers its last day.
 */
const END_FIELDS: ReadonlySet<string> = new Set(['validTo', 'to', 'employmentEnd']);

/** A day as McTime's timestamp (UTC with +00:00, mctime.md §2.6): its first second, or its last for an end. */
export function toTimestamp(date: string, end = false): string {
  return `${date}${end ? 'T23:59:59' : 'T00:00:00'}+00:00`;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Objects become one leaf per member; scalars and arrays are one leaf. */
function flatten(prefix: string, name: string, v: unknown, out: Leaf[]): void {
  const path = prefix ? `${prefix}.${name}` : name;
  if (isObject(v)) for (const [k, x] of Object.entries(v)) flatten(path, k, x, out);
  else if (TIMESTAMP_FIELDS.has(name) && typeof v === 'string' && DATE_ONLY.test(v))
    out.push({ path, value: toTimestamp(v, END_FIELDS.has(name)), day: v });
  else if (v !== undefined) out.push({ path, value: v });
}

export function desiredUser(person: Person): DesiredUser {
  const settings = person.systems.mctime;
  const leaves: Leaf[] = [
    { path: 'firstName', value: person.firstName },
    { path: 'lastName', value: person.lastName },
    { path: 'email', value: person.email },
  ];
  for (const [k, v] of Object.entries(settings?.fields ?? {})) flatten('', k, v, leaves);
  // A leaver's access ends with the leave date (deactivation is an edit of validTo, mctime.md §3.4).
  if (person.leaveDate) leaves.push({ path: 'validTo', value: toTimestamp(person.leaveDate, true), day: person.leaveDate });
  for (const e of person.employments) {
    const key = e.basicData.employmentStart;
    for (const [name, sub] of Object.entries(e)) {
      const prefix = `userEmployments[${key}]`;
      if (Array.isArray(sub)) leaves.push({ path: `${prefix}.${name}`, value: sub });
      else flatten(prefix, name, sub, leaves);
    }
  }
  return { leaves, roles: settings?.roles };
}

/** Weekly hours of the contract in force on `date` (week: weeklySeconds, day: sum of the days), or null. */
export function contractWeeklyHours(contracts: Contract[], date: string): number | null {
  const inForce = lastStarted(contracts, date);
  if (!inForce || (inForce.end !== null && inForce.end < date)) return null;
  if (inForce.type === 'week' && inForce.weeklySeconds !== null) return inForce.weeklySeconds / 3600;
  if (inForce.type === 'day') return Object.values(inForce.days).reduce((s, v) => s + (v ?? 0), 0) / 3600;
  return null;
}

/** Warning (c): a declared employmentContract.weeklyHours that disagrees with the contract in force. */
export function weeklyHoursWarnings(person: Person, date: string): string[] {
  const hours = contractWeeklyHours(person.contracts, date);
  if (hours === null) return [];
  const out: string[] = [];
  for (const e of person.employments) {
    const { employmentStart: start, employmentEnd: end } = e.basicData as {
      employmentStart: string;
      employmentEnd?: string;
    };
    if (start > date || (end !== undefined && end < date)) continue;
    const contract = e.employmentContract;
    const declared = isObject(contract) ? contract.weeklyHours : undefined;
    if (declared === undefined || declared === null || Number(declared) === hours) continue;
    out.push(
      `employment ${start}: employmentContract.weeklyHours ${text(declared)} disagrees with the contract in force on ${date} (${hours}h per week)`,
    );
  }
  return out;
}
