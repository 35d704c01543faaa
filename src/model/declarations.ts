// The normalised declarations: what loading + validation produce and what compile/diff consume.
// Durations are seconds, templates are resolved, contracts are sorted by start.
import type { ProviderName } from '../generated/plan.js';

export type { ProviderName };
export const PROVIDERS: readonly ProviderName[] = ['kimai', 'papershift', 'mctime'];

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
/** Monday first; the index is Papershift's day_of_week and ISO weekday - 1. */
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export interface SourcePos {
  file: string;
  line: number;
  col: number;
}

export type ContractType = 'day' | 'week' | 'month';

export interface Contract {
  start: string;
  /** Inclusive last day, or null when open-ended. */
  end: string | null;
  type: ContractType;
  /** `day` contracts: seconds per weekday (0 = not worked). Empty for week/month. */
  days: Partial<Record<Weekday, number>>;
  /** `week` contracts: seconds per week. */
  weeklySeconds: number | null;
  /** `month` contracts: seconds per month. */
  monthlySeconds: number | null;
  /** `week`/`month` contracts: the days the hours are spread over. For `day` contracts: days with seconds > 0. */
  workDays: Weekday[];
  vacationDays: number | null;
  publicHolidayGroup: number | null;
  /** Name of the template it came from, if any. */
  template: string | null;
  pos: SourcePos;
}

export interface KimaiSettings {
  username: string;
  id?: number;
  roles: string[];
  timezone?: string;
  language?: string;
  locale?: string;
  alias?: string;
  title?: string;
  accountNumber?: string;
}

export interface PapershiftSettings {
  id?: string;
  staffNumber?: number;
}

export interface McTimeRoleOrganization {
  id?: string;
  name?: string;
}
export interface McTimeRole {
  role: string;
  organizations: McTimeRoleOrganization[];
}
export interface McTimeSettings {
  id?: string;
  roles?: McTimeRole[];
  /** Other McTime user fields given in the declaration (gender, birthDate, address, exportIds, ...), McTime's names. */
  fields: Record<string, unknown>;
}

/** A McTime employment as declared: McTime's own sub-object names; dates as YYYY-MM-DD. */
export type Employment = Record<string, Record<string, unknown> | Array<Record<string, unknown>>> & {
  basicData: Record<string, unknown> & { employmentStart: string };
};

export interface Person {
  key: string;
  firstName: string;
  lastName: string;
  email: string;
  /** Last working day; after it the person is deactivated in every system. */
  leaveDate: string | null;
  contracts: Contract[];
  employments: Employment[];
  systems: {
    kimai?: KimaiSettings;
    papershift?: PapershiftSettings;
    mctime?: McTimeSettings;
  };
  /** Values this person's declaration took from ${NAME} references: masked wherever they appear in human output. */
  sensitiveValues: string[];
  pos: SourcePos;
}

export interface ProviderConfigSimulator {
  simulator: true;
}
export interface KimaiConnection {
  url: string;
  token: string;
}
export interface PapershiftConnection {
  url: string;
  email: string;
  password: string;
}
export interface McTimeConnection {
  url: string;
  apiKey: string;
}
export interface ConnectionTuning {
  /** Requests in flight at once for this system. */
  concurrency?: number;
  /** Per-request timeout in milliseconds. */
  timeoutMs?: number;
  /** How often a failed request is sent again (default 5). */
  retries?: number;
}

export interface ProvidersConfig {
  kimai?: (KimaiConnection | ProviderConfigSimulator) & ConnectionTuning;
  papershift?: (PapershiftConnection | ProviderConfigSimulator) & ConnectionTuning;
  mctime?: (McTimeConnection | ProviderConfigSimulator) & ConnectionTuning;
}

export interface IgnoreRule {
  system: ProviderName;
  field: string;
  person?: string;
  until?: string;
  reason?: string;
  pos: SourcePos;
}

export interface Policy {
  unmanaged: 'report' | 'deactivate';
  maxChangesPercent: number;
  /** The threshold applies only from this many managed users on. */
  minPopulation: number;
  ignore: IgnoreRule[];
}

export interface Defaults {
  kimai: { language: string; locale: string; timezone: string };
}

export interface Declarations {
  env: string;
  /** Folder of the environment, e.g. `<root>/environments/sandbox`. */
  dir: string;
  providers: ProvidersConfig;
  policy: Policy;
  defaults: Defaults;
  people: Person[];
  /** Secret values (tokens, passwords, API keys) to redact from every message. */
  secrets: string[];
  /** sha256 over the normalised declarations (stable across formatting changes). */
  digest: string;
}
