// Pure: working-time contracts from what the systems hold. Papershift keeps the history (one weekly model per
// contract), Kimai the contract in force (preferences). Whether a rebuilt contract is right is decided with the
// providers' own compile functions, so that "fits" means exactly "plan() would see no difference".
import type { ContractTemplate, ContractTemplates } from '../generated/contracts.js';
import type { Contract as ContractDecl } from '../generated/person.js';
import { formatDuration } from '../config/durations.js';
import { normaliseContract } from '../config/normalise.js';
import { WEEKDAYS, type Contract, type Person, type Weekday } from '../model/declarations.js';
import { contractInForce, desiredPreferences } from '../providers/kimai/desired.js';
import { desiredPerson, spreadWeekly } from '../providers/papershift/desired.js';
import type { PsModel } from '../providers/papershift/types.js';
import { draftContract, IMPORT_POS } from './draft.js';
import { kimaiContract } from './kimai-contract.js';
import type { RecordGroup } from './records.js';

const POS = IMPORT_POS;

function fake(contracts: Contract[]): Person {
  return { key: 'import', firstName: 'I', lastName: 'I', email: 'i@i', leaveDate: null, contracts, employments: [], systems: {}, sensitiveValues: [], pos: POS };
}

/** What Papershift would hold for the contract (seconds per workday), or null when it cannot hold it. */
export function papershiftEffect(c: Contract): string | null {
  const { desired, errors } = desiredPerson(fake([{ ...c, end: null }]), c.start);
  return errors.length ? null : JSON.stringify(desired.models[0]?.workdays ?? {});
}

/** What Kimai would hold for the contract, apart from the start and end days. */
export function kimaiEffect(c: Contract): string {
  const { work_start_day: _s, work_last_day: _l, ...prefs } = desiredPreferences(fake([{ ...c, end: null }]), c.start)!;
  return JSON.stringify(prefs);
}

/** A Papershift model as a contract: `week` when its seconds are the provider's even spread, else `day`. */
export function contractFromModel(m: PsModel, warn: (w: string) => void): Contract {
  const days: Partial<Record<Weekday, number>> = {};
  for (const w of m.workdays) {
    const d = WEEKDAYS[w.day_of_week];
    if (d === undefined || days[d] !== undefined) {
      warn(`papershift model from ${m.start_date} repeats or has an unknown weekday (${w.day_of_week}); the plan will delete the extra workday`);
      continue;
    }
    if (w.seconds === 0) warn(`papershift model from ${m.start_date} has a 0-second ${d}; a declaration cannot say that, the plan will delete it`);
    days[d] = w.seconds;
  }
  const worked = WEEKDAYS.filter((d) => (days[d] ?? 0) > 0);
  const sum = worked.reduce((s, d) => s + days[d]!, 0);
  const exact = Object.fromEntries(worked.map((d) => [d, days[d]]));
  if (worked.length > 0 && JSON.stringify(spreadWeekly(sum, worked)) === JSON.stringify(exact))
    return draftContract({ start: m.start_date, type: 'week', weeklySeconds: sum, workDays: worked });
  return draftContract({ start: m.start_date, type: 'day', days: Object.fromEntries(WEEKDAYS.map((d) => [d, days[d] ?? 0])), workDays: worked });
}

function liveModels(models: readonly PsModel[], warn: (w: string) => void): PsModel[] {
  const byStart = new Map<string, PsModel>();
  for (const m of [...models].sort((a, b) => (a.start_date < b.start_date ? -1 : a.start_date > b.start_date ? 1 : 0))) {
    if (byStart.has(m.start_date)) warn(`two papershift models start on ${m.start_date}; the plan will delete the second`);
    else byStart.set(m.start_date, m);
  }
  return [...byStart.values()];
}

export interface RebuiltContracts {
  contracts: Contract[];
  /** Index of the contract Kimai holds (the one in force on the date), or null. */
  kimaiIndex: number | null;
}

export function rebuildContracts(g: RecordGroup, date: string, warn: (w: string) => void): RebuiltContracts {
  const k = g.kimai ? kimaiContract(g.kimai.user.preferences, warn) : null;
  const models = g.papershift ? liveModels(g.papershift.models, warn) : [];
  if (k?.contract.type === 'month' && g.papershift) {
    warn('kimai holds a month contract, which Papershift cannot hold: contracts left out (each system keeps its own)');
    return { contracts: [], kimaiIndex: null };
  }
  if (models.length === 0) {
    if (!k) return { contracts: [], kimaiIndex: null };
    if (g.papershift) warn('papershift has no working-time model: the plan will create one from the kimai contract');
    return { contracts: [{ ...k.contract, start: k.start, end: k.end }], kimaiIndex: g.kimai ? 0 : null };
  }
  const contracts = models.map((m) => contractFromModel(m, warn));
  if (!g.kimai) return { contracts, kimaiIndex: null };
  const current = contractInForce(contracts, date)!;
  const i = contracts.indexOf(current);
  if (!k) {
    warn(`kimai holds no contract: the plan will write the one from ${current.start} there`);
    return { contracts, kimaiIndex: i };
  }
  const fromKimai = { ...k.contract, start: current.start, end: null };
  if (papershiftEffect(fromKimai) === papershiftEffect(current)) contracts[i] = fromKimai;
  else {
    warn(`kimai and papershift disagree on the contract from ${current.start}: papershift's is declared, the plan will change kimai`);
    contracts[i] = { ...current, vacationDays: k.contract.vacationDays, publicHolidayGroup: k.contract.publicHolidayGroup };
  }
  if (k.start !== contracts[0]!.start) warn(`kimai's work_start_day (${k.start}) is not the first papershift model's start (${contracts[0]!.start}): the plan will change kimai`);
  contracts[contracts.length - 1] = { ...contracts[contracts.length - 1]!, end: k.end };
  return { contracts, kimaiIndex: i };
}

/** A template of contracts.yaml that gives exactly this contract in the systems that hold it, with overrides. */
export function fittingTemplate(c: Contract, templates: ContractTemplates, where: { kimai: boolean; papershift: boolean }): ContractDecl | null {
  for (const name of Object.keys(templates)) {
    const t: ContractTemplate = templates[name]!;
    const decl: ContractDecl = { start: c.start, template: name };
    if (c.vacationDays !== null && c.vacationDays !== t.vacationDays) decl.vacationDays = c.vacationDays;
    if (c.publicHolidayGroup !== null && c.publicHolidayGroup !== t.publicHolidayGroup) decl.publicHolidayGroup = c.publicHolidayGroup;
    const resolved = normaliseContract(decl, templates, POS);
    if (where.papershift && papershiftEffect(resolved) !== papershiftEffect(c)) continue;
    if (where.kimai && kimaiEffect(resolved) !== kimaiEffect(c)) continue;
    if (!where.kimai && !where.papershift) continue;
    return decl;
  }
  return null;
}

/** The declaration of a contract: the template when one fits, else its type and hours. Field order as documented. */
export function contractDecl(c: Contract, templates: ContractTemplates, where: { kimai: boolean; papershift: boolean }): ContractDecl {
  const head: ContractDecl = { start: c.start, ...(c.end !== null ? { end: c.end } : {}) };
  const t = fittingTemplate(c, templates, where);
  if (t) {
    const { start: _s, ...rest } = t;
    return { ...head, ...rest };
  }
  const out: ContractDecl = { ...head, type: c.type };
  if (c.type === 'day') {
    const worked = WEEKDAYS.filter((d) => (c.days[d] ?? 0) > 0);
    // `days` needs one entry: a model without workdays is an all-zero week.
    out.days = worked.length ? Object.fromEntries(worked.map((d) => [d, formatDuration(c.days[d]!)])) : { mon: 0 };
  } else {
    if (c.type === 'week') out.weeklyHours = formatDuration(c.weeklySeconds ?? 0);
    else out.monthlyHours = formatDuration(c.monthlySeconds ?? 0);
    out.workDays = c.workDays as ContractDecl['workDays'];
  }
  if (c.vacationDays !== null) out.vacationDays = c.vacationDays;
  if (c.publicHolidayGroup !== null) out.publicHolidayGroup = c.publicHolidayGroup;
  return out;
}
