// Pure: what a declared person should look like in Papershift (DESIGN.md "How a contract reaches each system").
import { WEEKDAYS, type Contract, type Person, type Weekday } from '../../model/declarations.js';

/** Seconds per weekday; a day that is not worked is absent. */
export type Workdays = Partial<Record<Weekday, number>>;

export interface DesiredModel {
  start: string;
  workdays: Workdays;
}

export interface DesiredPerson {
  user: { name: string; email: string };
  /** The staff number as Pulse serialises it (a string), or null when none is declared (left alone). */
  staffNumber: string | null;
  /** One weekly model per declared contract, by start date. */
  models: DesiredModel[];
  /** Past the leave date: the user is to be deactivated. */
  leaver: boolean;
}

/** Pulse accepts 0..86400 seconds per workday (papershift.md §3.2). */
export const MAX_DAY_SECONDS = 86_400;

/**
 * How a `week` contract's hours reach Papershift, which only knows seconds per weekday: the weekly seconds
 * are spread over the work days so that the sum is exact to the second. Each work day gets
 * floor(weekly / n) seconds, and the first (weekly mod n) work days in Monday-first order get one second
 * more. Example: 40h = 144000 s over Mon, Wed, Fri = 48000 s each; 37h = 133200 s over 7 days =
 * 19029 s on Mon..Thu and 19028 s on Fri..Sun (sum 133200). Duplicate work days count once.
 */
export function spreadWeekly(weeklySeconds: number, workDays: readonly Weekday[]): Workdays {
  const days = WEEKDAYS.filter((d) => workDays.includes(d));
  const out: Workdays = {};
  if (days.length === 0) return out;
  const base = Math.floor(weeklySeconds / days.length);
  const extra = weeklySeconds % days.length;
  days.forEach((d, i) => (out[d] = base + (i < extra ? 1 : 0)));
  return out;
}

/** A `day` contract: one workday per day with seconds > 0 (a 0 day is simply not a workday). */
function dayWorkdays(c: Contract): Workdays {
  const out: Workdays = {};
  for (const d of WEEKDAYS) {
    const s = c.days[d];
    if (s !== undefined && s > 0) out[d] = s;
  }
  return out;
}

function modelFor(person: Person, c: Contract, errors: string[]): DesiredModel | null {
  // A contract's `end` is not expressible: a Pulse model lasts until the user's next model starts
  // (papershift.md §3.2), so the end date is ignored here.
  let workdays: Workdays;
  if (c.type === 'day') workdays = dayWorkdays(c);
  else if (c.type === 'week') {
    if ((c.weeklySeconds ?? 0) > 0 && c.workDays.length === 0) {
      errors.push(`${person.key}: the week contract from ${c.start} has no work days to spread its hours over`);
      return null;
    }
    workdays = spreadWeekly(c.weeklySeconds ?? 0, c.workDays);
  } else {
    // Validation rejects month contracts for people managed in Papershift; this keeps plan() total.
    errors.push(`${person.key}: the month contract from ${c.start} cannot be expressed in Papershift (weekly models only)`);
    return null;
  }
  for (const [d, s] of Object.entries(workdays)) {
    if (s > MAX_DAY_SECONDS) errors.push(`${person.key}: the contract from ${c.start} gives ${d} ${s} s, more than a day (${MAX_DAY_SECONDS} s)`);
  }
  return { start: c.start, workdays };
}

export function desiredPerson(person: Person, date: string): { desired: DesiredPerson; errors: string[] } {
  const errors: string[] = [];
  const models: DesiredModel[] = [];
  const starts = new Set<string>();
  for (const c of person.contracts) {
    if (starts.has(c.start)) errors.push(`${person.key}: two contracts start on ${c.start}; Papershift keeps one model per start date`);
    starts.add(c.start);
    const m = modelFor(person, c, errors);
    if (m) models.push(m);
  }
  const staff = person.systems.papershift?.staffNumber;
  return {
    desired: {
      user: { name: `${person.firstName} ${person.lastName}`, email: person.email },
      staffNumber: staff === undefined ? null : String(staff),
      models: models.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)),
      leaver: person.leaveDate !== null && date > person.leaveDate,
    },
    errors,
  };
}
