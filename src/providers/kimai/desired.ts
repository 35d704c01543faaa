// Pure compile: a declared person → the Kimai user and preference values it should have on the plan date.
import {
  WEEKDAYS,
  type Contract,
  type Declarations,
  type Person,
  type Weekday,
} from '../../model/declarations.js';
import { firstStarting, lastStarted } from '../../model/contracts.js';
import type { DesiredUser, PrefValues } from './types.js';

/** Kimai's preference name for each weekday's hours (`day` contracts). */
export const DAY_PREF: Record<Weekday, string> = {
  mon: 'work_monday',
  tue: 'work_tuesday',
  wed: 'work_wednesday',
  thu: 'work_thursday',
  fri: 'work_friday',
  sat: 'work_saturday',
  sun: 'work_sunday',
};

const DAY_NAMES = new Set(Object.values(DAY_PREF));

/** Every preference the provider may write, in the order they are listed in a plan. */
export const MANAGED_PREFS = [
  'work_contract_type',
  ...WEEKDAYS.map((d) => DAY_PREF[d]),
  'hours_per_week',
  'work_days_week',
  'hours_per_month',
  'work_days_month',
  'holidays',
  'public_holiday_group',
  'work_start_day',
  'work_last_day',
];

/**
 * Value Kimai reports for a preference row that is not stored yet (kimai.md §5.1): the contract defaults that
 * creation/first save would write. Plugin names have no documented default: null.
 */
export function prefDefault(name: string): string | null {
  if (name === 'work_contract_type') return 'none';
  if (DAY_NAMES.has(name) || name === 'holidays') return '0';
  return null;
}

/**
 * The contract Kimai should hold on `date`: the latest one that has started. Before the first start (a future
 * hire) it is the first contract, so the user is prepared in advance; work_start_day keeps Kimai from expecting
 * time before it.
 */
export function contractInForce(contracts: readonly Contract[], date: string): Contract | undefined {
  return lastStarted(contracts, date) ?? firstStarting(contracts);
}

/** ISO weekday numbers (1 = Monday), ascending, comma-separated (kimai.md §5.1). */
const isoDays = (days: readonly Weekday[]): string => {
  let out = '';
  for (let i = 0; i < WEEKDAYS.length; i++) if (days.includes(WEEKDAYS[i]!)) out += out ? `,${i + 1}` : `${i + 1}`;
  return out;
};

/** Numbers as Kimai stores them: "30", "27.5", seconds as integers. */
const num = (n: number): string => String(n);

/** Preference values for the person on `date`; null when the person declares no contracts (nothing managed). */
export function desiredPreferences(person: Person, date: string): PrefValues | null {
  if (person.contracts.length === 0) return null;
  const c = contractInForce(person.contracts, date)!;
  const out: PrefValues = { work_contract_type: c.type };
  if (c.type === 'day') for (const d of WEEKDAYS) out[DAY_PREF[d]] = num(c.days[d] ?? 0);
  else if (c.type === 'week') {
    out.hours_per_week = num(c.weeklySeconds ?? 0);
    out.work_days_week = isoDays(c.workDays);
  } else {
    out.hours_per_month = num(c.monthlySeconds ?? 0);
    out.work_days_month = isoDays(c.workDays);
  }
  // A contract without vacationDays leaves Kimai's holidays alone rather than claiming 0 days.
  if (c.vacationDays !== null) out.holidays = num(c.vacationDays);
  out.public_holiday_group = c.publicHolidayGroup === null ? null : num(c.publicHolidayGroup);
  out.work_start_day = firstStarting(person.contracts)!.start;
  // The contract that starts last (of two starting together, the later one declared) says when work ends.
  let last = c;
  for (const x of person.contracts) if (x.start >= last.start) last = x;
  out.work_last_day = last.end;
  return out;
}

/** Kimai's API forms (Symfony) store an empty text field as null: a declared "" is compared and sent as null. */
const textOrNull = (v: string): string | null => (v === '' ? null : v);

/** Kimai keeps at most 60 characters of an alias and cuts the rest silently (kimai.md §3.3). */
const ALIAS_MAX = 60;

/** The alias Kimai stores for a display name: what a plan must compare with, or it never settles. */
export function storedAlias(name: string): string {
  const chars = [...name];
  return chars.length > ALIAS_MAX ? chars.slice(0, ALIAS_MAX).join('') : name;
}

/** The user record: settings from systems.kimai, falling back to the environment's Kimai defaults. */
export function desiredUser(person: Person, decl: Declarations, date: string): DesiredUser {
  const k = person.systems.kimai;
  if (!k) throw new Error(`kimai: ${person.key} is not managed in Kimai`);
  const d = decl.defaults.kimai;
  const out: DesiredUser = {
    username: k.username,
    email: person.email,
    alias: textOrNull(k.alias ?? storedAlias(`${person.firstName} ${person.lastName}`)),
    language: k.language ?? d.language,
    locale: k.locale ?? d.locale,
    timezone: k.timezone ?? d.timezone,
    // ROLE_USER is implicit in Kimai and rejected as a value (kimai.md §7.3).
    roles: [...new Set(k.roles.filter((r) => r !== 'ROLE_USER'))].sort(),
    // Active through the leave date; deactivated from the day after.
    enabled: !(person.leaveDate !== null && date > person.leaveDate),
  };
  if (k.title !== undefined) out.title = textOrNull(k.title);
  if (k.accountNumber !== undefined) out.accountNumber = textOrNull(k.accountNumber);
  return out;
}
