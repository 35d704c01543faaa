// Pure: the contract Kimai holds, read back from its preference rows. Only what reads back to the very same
// stored strings is taken; anything else is reported, so that the rebuilt declaration never claims more than
// Kimai holds.
import { WEEKDAYS, type Contract, type Weekday } from '../model/declarations.js';
import { DAY_PREF, prefDefault } from '../providers/kimai/desired.js';
import type { PrefValues } from '../providers/kimai/types.js';
import { draftContract } from './draft.js';


export interface KimaiContract {
  contract: Contract;
  start: string;
  end: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A stored row, or the value Kimai reports for a row that is not stored (as the plan reads it). */
const value = (prefs: PrefValues, name: string): string | null => (Object.hasOwn(prefs, name) ? prefs[name]! : prefDefault(name));

/** Whole seconds written exactly as the plan writes them (String(n)). */
function seconds(prefs: PrefValues, name: string): number | null {
  const v = value(prefs, name);
  return v !== null && /^(0|[1-9]\d*)$/.test(v) ? Number(v) : null;
}

/** "1,2,3,4,5" → mon..fri; null unless it is in the plan's own form (ascending, distinct). */
function isoDays(v: string | null): Weekday[] | null {
  if (v === null || !/^[1-7](,[1-7])*$/.test(v)) return null;
  const days = v.split(',').map((n) => WEEKDAYS[Number(n) - 1]!);
  const canonical = [...new Set(days)].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
  return canonical.join() === days.join() ? canonical : null;
}

function hours(prefs: PrefValues, type: 'day' | 'week' | 'month', warn: (w: string) => void): Partial<Contract> | null {
  if (type === 'day') {
    const days: Partial<Record<Weekday, number>> = {};
    for (const d of WEEKDAYS) {
      const s = seconds(prefs, DAY_PREF[d]);
      if (s === null || s > 86_400) {
        warn(`kimai preference ${DAY_PREF[d]} is not a number of seconds a declaration can give: contracts left out`);
        return null;
      }
      days[d] = s;
    }
    return { days, workDays: WEEKDAYS.filter((d) => (days[d] ?? 0) > 0) };
  }
  const [amount, list] = type === 'week' ? ['hours_per_week', 'work_days_week'] : ['hours_per_month', 'work_days_month'];
  const s = seconds(prefs, amount);
  const workDays = isoDays(value(prefs, list));
  if (s === null || workDays === null) {
    warn(`kimai preferences ${amount} / ${list} are not in the form the tool writes: contracts left out`);
    return null;
  }
  return type === 'week' ? { weeklySeconds: s, workDays } : { monthlySeconds: s, workDays };
}

/** vacationDays: a missing row is simply not declared (then the plan leaves Kimai's holidays alone). */
function vacationDays(prefs: PrefValues, warn: (w: string) => void): number | null {
  if (!Object.hasOwn(prefs, 'holidays') || prefs.holidays === null) return null;
  const n = Number(prefs.holidays);
  if (String(n) === prefs.holidays && n >= 0 && Number.isInteger(n * 2)) return n;
  warn(`kimai holidays "${prefs.holidays}" is not a number of (half) days: vacationDays left out`);
  return null;
}

function holidayGroup(prefs: PrefValues, warn: (w: string) => void): number | null {
  const v = value(prefs, 'public_holiday_group');
  if (v === null) return null;
  if (/^[1-9]\d*$/.test(v)) return Number(v);
  warn(`kimai public_holiday_group "${v}" is not a group id: the plan will clear it`);
  return null;
}

/** The contract in Kimai's preferences, or null when Kimai holds none (type none / not stored). */
export function kimaiContract(prefs: PrefValues, warn: (w: string) => void): KimaiContract | null {
  const type = value(prefs, 'work_contract_type');
  if (type !== 'day' && type !== 'week' && type !== 'month') return null;
  const start = value(prefs, 'work_start_day');
  const end = value(prefs, 'work_last_day');
  if (start === null || !DATE.test(start) || (end !== null && !DATE.test(end))) {
    warn('kimai holds a contract without a plain work_start_day / work_last_day date: contracts left out');
    return null;
  }
  const h = hours(prefs, type, warn);
  if (!h) return null;
  const contract = draftContract({ start, end, type, ...h, vacationDays: vacationDays(prefs, warn), publicHolidayGroup: holidayGroup(prefs, warn) });
  return { contract, start, end };
}
