/* eslint-disable */
/** Generated from schema/environment.schema.json by `npm run gen:types`. Do not edit by hand. */

/**
 * Kimai: URL and API token (Bearer), or the simulator.
 */
export type KimaiProvider = KimaiConnection | SimulatorProvider;
/**
 * Requests in flight at once.
 */
export type Concurrency = number;
/**
 * Per-request timeout in milliseconds.
 */
export type TimeoutMs = number;
/**
 * How often a failed request is sent again, 0..10 (default 5).
 */
export type Retries = number;
/**
 * Requests in flight at once.
 */
export type Concurrency1 = number;
/**
 * Per-request timeout in milliseconds.
 */
export type TimeoutMs1 = number;
/**
 * How often a failed request is sent again, 0..10 (default 5).
 */
export type Retries1 = number;
/**
 * Papershift: URL, e-mail and password (signs in for a Bearer token), or the simulator.
 */
export type PapershiftProvider = PapershiftConnection | SimulatorProvider;
/**
 * Requests in flight at once.
 */
export type Concurrency2 = number;
/**
 * Per-request timeout in milliseconds.
 */
export type TimeoutMs2 = number;
/**
 * How often a failed request is sent again, 0..10 (default 5).
 */
export type Retries2 = number;
/**
 * McTime: URL and API key (API_KEY header), or the simulator.
 */
export type McTimeProvider = McTimeConnection | SimulatorProvider;
/**
 * Requests in flight at once.
 */
export type Concurrency3 = number;
/**
 * Per-request timeout in milliseconds.
 */
export type TimeoutMs3 = number;
/**
 * How often a failed request is sent again, 0..10 (default 5).
 */
export type Retries3 = number;
/**
 * A Kimai server or the Kimai simulator.
 *
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "kimaiProvider".
 */
export type KimaiProvider1 = KimaiConnection | SimulatorProvider;
/**
 * A Papershift account or the Papershift simulator.
 *
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "papershiftProvider".
 */
export type PapershiftProvider1 = PapershiftConnection | SimulatorProvider;
/**
 * A McTime tenant or the McTime simulator.
 *
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "mctimeProvider".
 */
export type McTimeProvider1 = McTimeConnection | SimulatorProvider;
/**
 * Requests in flight at once for one system.
 *
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "concurrency".
 */
export type Concurrency4 = number;
/**
 * Per-request timeout in milliseconds.
 *
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "timeoutMs".
 */
export type TimeoutMs4 = number;
/**
 * How often a failed request is sent again: after a 429 (any request), and after a 5xx, a timeout or a broken connection (only requests that are safe to repeat), with a backoff from 500 ms, doubling. Default 5; 0 gives up at the first failure.
 *
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "retries".
 */
export type Retries4 = number;

/**
 * environment.yaml: the systems an environment manages, how to reach them, and the safety policy.
 */
export interface Environment {
  providers: Providers;
  policy?: Policy;
  defaults?: Defaults;
}
/**
 * The managed systems; a system absent here is not managed in this environment.
 */
export interface Providers {
  kimai?: KimaiProvider;
  papershift?: PapershiftProvider;
  mctime?: McTimeProvider;
}
/**
 * A real Kimai server.
 *
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "kimaiConnection".
 */
export interface KimaiConnection {
  /**
   * Base URL of the Kimai installation.
   */
  url: string;
  /**
   * API token; must be given as ${NAME}.
   */
  token: string;
  concurrency?: Concurrency;
  timeoutMs?: TimeoutMs;
  retries?: Retries;
}
/**
 * The system's simulator, started in-process; its state is kept beside the environment.
 *
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "simulatorProvider".
 */
export interface SimulatorProvider {
  /**
   * Use the simulator instead of a real system.
   */
  simulator: true;
  concurrency?: Concurrency1;
  timeoutMs?: TimeoutMs1;
  retries?: Retries1;
}
/**
 * A real Papershift account.
 *
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "papershiftConnection".
 */
export interface PapershiftConnection {
  /**
   * Base URL of the Papershift API.
   */
  url: string;
  /**
   * E-mail address of the API user.
   */
  email: string;
  /**
   * Password of the API user; must be given as ${NAME}.
   */
  password: string;
  concurrency?: Concurrency2;
  timeoutMs?: TimeoutMs2;
  retries?: Retries2;
}
/**
 * A real McTime tenant.
 *
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "mctimeConnection".
 */
export interface McTimeConnection {
  /**
   * Base URL of the McTime API.
   */
  url: string;
  /**
   * API key; must be given as ${NAME}.
   */
  apiKey: string;
  concurrency?: Concurrency3;
  timeoutMs?: TimeoutMs3;
  retries?: Retries3;
}
/**
 * Safety rules for plan and apply.
 */
export interface Policy {
  /**
   * What to do with users in a system that no declaration matches: report them, or deactivate them.
   */
  unmanaged?: 'report' | 'deactivate';
  /**
   * apply refuses (without --force) when more than this share of managed users would change.
   */
  maxChangesPercent?: number;
  /**
   * maxChangesPercent applies only from this many managed users on.
   */
  minPopulation?: number;
  /**
   * Differences to leave alone.
   */
  ignore?: IgnoreRule[];
}
/**
 * A field the tool leaves alone in one system, for everyone or one person, optionally until a date.
 *
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "ignoreRule".
 */
export interface IgnoreRule {
  /**
   * The system.
   */
  system: 'kimai' | 'papershift' | 'mctime';
  /**
   * Field path as shown in the plan (e.g. `alias`, `preferences.holidays`); covers everything below it.
   */
  field: string;
  /**
   * Key of the one person the rule is for; absent: everyone.
   */
  person?: string;
  /**
   * Last day the rule applies (YYYY-MM-DD); after it the difference shows up again.
   */
  until?: string;
  /**
   * Why the difference is ignored, for humans.
   */
  reason?: string;
}
/**
 * Values used where a declaration gives none.
 */
export interface Defaults {
  kimai?: KimaiDefaults;
}
/**
 * Defaults for Kimai users.
 */
export interface KimaiDefaults {
  /**
   * UI language (e.g. `en`, `de`).
   */
  language?: string;
  /**
   * Number and date formatting locale (e.g. `en_GB`, `de_AT`).
   */
  locale?: string;
  /**
   * IANA time zone (e.g. `Europe/Vienna`).
   */
  timezone?: string;
}
/**
 * Connection settings per system.
 *
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "providers".
 */
export interface Providers1 {
  kimai?: KimaiProvider;
  papershift?: PapershiftProvider;
  mctime?: McTimeProvider;
}
/**
 * Safety rules for plan and apply.
 *
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "policy".
 */
export interface Policy1 {
  /**
   * What to do with users in a system that no declaration matches: report them, or deactivate them.
   */
  unmanaged?: 'report' | 'deactivate';
  /**
   * apply refuses (without --force) when more than this share of managed users would change.
   */
  maxChangesPercent?: number;
  /**
   * maxChangesPercent applies only from this many managed users on.
   */
  minPopulation?: number;
  /**
   * Differences to leave alone.
   */
  ignore?: IgnoreRule[];
}
/**
 * Values used where a declaration gives none.
 *
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "defaults".
 */
export interface Defaults1 {
  kimai?: KimaiDefaults;
}
/**
 * Language, locale and time zone of Kimai users that do not set their own.
 *
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "kimaiDefaults".
 */
export interface KimaiDefaults1 {
  /**
   * UI language (e.g. `en`, `de`).
   */
  language?: string;
  /**
   * Number and date formatting locale (e.g. `en_GB`, `de_AT`).
   */
  locale?: string;
  /**
   * IANA time zone (e.g. `Europe/Vienna`).
   */
  timezone?: string;
}
