// Validated declarations -> the model (src/model/declarations.ts): seconds, resolved templates, sorted contracts.
import type { ContractTemplates } from '../generated/contracts.js';
import type { Environment } from '../generated/environment.js';
import type { Contract as ContractDecl } from '../generated/person.js';
import {
  WEEKDAYS,
  type Contract,
  type Defaults,
  type Employment,
  type KimaiSettings,
  type Person,
  type McTimeSettings,
  type Policy,
  type ProvidersConfig,
  type SourcePos,
  type Weekday,
} from '../model/declarations.js';
import { parseDuration } from './durations.js';
import { positionOf, type DeclPath, type SourceFile } from './positions.js';
import type { PersonEntry } from './semantic-person.js';
import type { Substitution } from './substitute.js';

export const POLICY_DEFAULTS = { unmanaged: 'report', maxChangesPercent: 30, minPopulation: 10 } as const;
export const KIMAI_DEFAULTS = { language: 'en', locale: 'en_GB', timezone: 'Europe/Berlin' } as const;

/**
 * Line and column are worked out when first read: finding them needs the file's document model. A class (not
 * closures) so that 20,000 of them cost a few bytes each.
 */
class DeclaredAt implements SourcePos {
  private at: { line: number; col: number } | undefined;

  constructor(
    private readonly source: SourceFile,
    private readonly path: DeclPath,
  ) {}

  get file(): string {
    return this.source.rel;
  }

  get line(): number {
    return (this.at ??= positionOf(this.source, this.path)).line;
  }

  get col(): number {
    return (this.at ??= positionOf(this.source, this.path)).col;
  }
}

export function sourcePos(file: SourceFile, path: DeclPath): SourcePos {
  return new DeclaredAt(file, path);
}

/** Only called after the semantic checks passed, so a bad duration here is a bug, not a user error. */
function seconds(v: string | number | undefined): number | null {
  if (v === undefined) return null;
  const d = parseDuration(v);
  if (!d.ok) throw new Error(`unchecked duration ${String(v)}`);
  return d.seconds;
}

/**
 * Written with plain loops and no throwaway objects: this runs 10,000+ times in a fresh process, and V8 spent
 * longer compiling the spread-and-filter version (inlined into three callers, recompiled after deopts) than running
 * it: --trace-opt reported ~300 of ~1,200 ms of TurboFan time while loading 10,000 files.
 */
export function normaliseContract(c: ContractDecl, templates: ContractTemplates, pos: SourcePos): Contract {
  // A template supplies everything; the contract may override only vacationDays and publicHolidayGroup.
  const t = c.template !== undefined ? templates[c.template] : undefined;
  const f = t ?? c;
  const type = f.type ?? 'week';
  const days: Partial<Record<Weekday, number>> = {};
  const workDays: Weekday[] = [];
  if (type === 'day') {
    for (const d of WEEKDAYS) {
      const s = seconds(f.days?.[d]) ?? 0;
      days[d] = s;
      if (s > 0) workDays.push(d);
    }
  } else if (f.workDays) {
    // Monday first, whatever the declared order.
    for (const d of WEEKDAYS) if (f.workDays.includes(d)) workDays.push(d);
  }
  return {
    start: c.start,
    end: c.end ?? null,
    type,
    days,
    weeklySeconds: type === 'week' ? seconds(f.weeklyHours) : null,
    monthlySeconds: type === 'month' ? seconds(f.monthlyHours) : null,
    workDays,
    vacationDays: c.vacationDays ?? t?.vacationDays ?? null,
    publicHolidayGroup: c.publicHolidayGroup ?? t?.publicHolidayGroup ?? null,
    template: c.template ?? null,
    pos,
  };
}

function sensitiveValues(subs: Substitution[], prefix: DeclPath): string[] {
  if (subs.length === 0) return []; // most files hold no ${NAME}
  const mine = subs.filter((s) => prefix.every((seg, i) => s.path[i] === seg));
  return [...new Set(mine.flatMap((s) => s.values).filter((v) => v !== ''))];
}

/** Every key of `from` but those in `except`, in order (an object rest pattern, without its cost). */
function without<T extends object, K extends keyof T>(from: T, ...except: K[]): Omit<T, K> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(from)) if (!except.includes(key as K)) out[key] = from[key as keyof T];
  return out as Omit<T, K>;
}

/**
 * A copy of validated declaration data (plain JSON values; the schemas allow no `__proto__` key): YAML aliases can
 * make two places share one object, which must not be shared in the model. structuredClone cost a few percent.
 */
function copyData<T>(v: T): T {
  if (Array.isArray(v)) return v.map(copyData) as T;
  if (typeof v !== 'object' || v === null) return v;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(v)) out[key] = copyData((v as Record<string, unknown>)[key]);
  return out as T;
}

function kimaiSettings(
  k: NonNullable<NonNullable<PersonEntry['person']['systems']>['kimai']>,
): KimaiSettings {
  const settings = without(k, 'roles') as KimaiSettings;
  settings.roles = [...(k.roles ?? [])];
  return settings;
}

export function normalisePerson(e: PersonEntry, subs: Substitution[], templates: ContractTemplates): Person {
  const p = e.person;
  const contracts: Contract[] = [];
  const declared = p.contracts ?? [];
  for (let i = 0; i < declared.length; i++) {
    contracts.push(normaliseContract(declared[i]!, templates, sourcePos(e.file, [...e.prefix, 'contracts', i])));
  }
  if (contracts.length > 1) contracts.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const systems: Person['systems'] = {};
  if (p.systems?.kimai) systems.kimai = kimaiSettings(p.systems.kimai);
  if (p.systems?.papershift) systems.papershift = { ...p.systems.papershift };
  if (p.systems?.mctime) {
    const { id, roles } = p.systems.mctime;
    const mctime: McTimeSettings = { fields: without(p.systems.mctime, 'id', 'roles') };
    if (id !== undefined) mctime.id = id;
    if (roles !== undefined) mctime.roles = roles;
    systems.mctime = mctime;
  }
  // Kept exactly as declared (McTime's own names, YYYY-MM-DD dates): the McTime provider maps them.
  const employments: Employment[] = [];
  for (const x of p.employments ?? []) employments.push(copyData(x) as Employment);
  return {
    key: p.key,
    firstName: p.firstName,
    lastName: p.lastName,
    email: p.email,
    leaveDate: p.leaveDate ?? null,
    contracts,
    employments,
    systems,
    sensitiveValues: sensitiveValues(subs, e.prefix),
    pos: sourcePos(e.file, e.prefix),
  };
}

export function normaliseEnvironment(
  env: Environment,
  file: SourceFile,
): { providers: ProvidersConfig; policy: Policy; defaults: Defaults } {
  const pol = env.policy ?? {};
  return {
    providers: structuredClone<ProvidersConfig>(env.providers),
    policy: {
      unmanaged: pol.unmanaged ?? POLICY_DEFAULTS.unmanaged,
      maxChangesPercent: pol.maxChangesPercent ?? POLICY_DEFAULTS.maxChangesPercent,
      minPopulation: pol.minPopulation ?? POLICY_DEFAULTS.minPopulation,
      ignore: (pol.ignore ?? []).map((r, i) => ({ ...r, pos: sourcePos(file, ['policy', 'ignore', i]) })),
    },
    defaults: { kimai: { ...KIMAI_DEFAULTS, ...env.defaults?.kimai } },
  };
}
