// The one small interface every system implements (src/providers/<name>/index.ts).
// read() is I/O, plan() is pure; apply is generic (src/apply/) and uses the optional hooks.
import type { Change, IgnoredDifference, PlannedRequest, UnmanagedUser } from '../generated/plan.js';
import type { HttpClient } from '../http/types.js';
import type { ImportRecord } from '../import/records.js';
import type { Declarations, Person, ProviderName } from './declarations.js';

export interface PlanInput {
  decl: Declarations;
  /** People to plan for: all declared ones, or the --target ones. */
  people: Person[];
  /** Restricted to --target keys (unmanaged users are then not listed). */
  targeted: boolean;
  /** Plan date, YYYY-MM-DD. */
  date: string;
}

export interface ProviderPlan {
  changes: Change[];
  unmanaged: UnmanagedUser[];
  ignored: IgnoredDifference[];
  /** Plan-wide warnings (a system-level fact a reviewer must know). */
  warnings: string[];
  /** Problems that make a plan impossible (two users matching one declaration). */
  errors: string[];
}

/** What a progress line is about: one system, or loading the declarations. */
export type ProgressTopic = ProviderName | 'declarations';

export interface Progress {
  /** A short status line for one topic, e.g. "listed 230 users" or "read 12/40 users". */
  update(topic: ProgressTopic, text: string): void;
}

export interface ApplyContext {
  http: HttpClient;
  /** Values captured so far ({{ref}} → value). */
  refs: ReadonlyMap<string, string>;
}

export interface Provider<Actual = unknown> {
  readonly name: ProviderName;
  /** Reads what the plan needs: the user list once, details only for matched (targeted) people. */
  read(http: HttpClient, input: PlanInput, progress: Progress): Promise<Actual>;
  /** Pure: desired (from input) versus actual → changes. Deterministic. */
  plan(input: PlanInput, actual: Actual): ProviderPlan;
  /**
   * Called right before a request is sent. May return a replacement request (McTime re-reads the record and
   * merges again), or throw StaleError when the record moved in a field the change touches.
   */
  prepare?(change: Change, request: PlannedRequest, ctx: ApplyContext): Promise<PlannedRequest>;
  /**
   * Called with each 2xx answer to a write: throws when the answer says the write failed all the same (McTime's
   * envelope with `valid: false`, mctime.md §7.11), so that it is reported as failed, not journaled as applied.
   */
  checkAnswer?(change: Change, request: PlannedRequest, body: unknown): void;
  /**
   * After a create failed without a clear answer (5xx, timeout, reset): looks the record up. Returns the
   * captures as if the create had answered (the create happened), or null (safe to send again).
   */
  findCreated?(change: Change, request: PlannedRequest, ctx: ApplyContext): Promise<Record<string, string> | null>;
  /**
   * For `people import`: the full records of the users no declaration claims (read() fetched details only for
   * matched people). `actual` is what read() returned for the same input, so the user list is not read twice.
   */
  readUnmanaged?(http: HttpClient, input: PlanInput, actual: Actual, progress: Progress): Promise<ImportRecord[]>;
}

export class StaleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StaleError';
  }
}

/**
 * What findCreated makes of the records that match a create's natural key (e-mail, start date): none → null
 * (safe to send again), one → that record, several → an error. Several means the create may have run more than
 * once (or someone made one by hand meanwhile): sending it again adds another, and picking one is a guess.
 */
export function theCreatedOne<T extends { id: string }>(found: readonly T[], what: string): T | null {
  if (found.length <= 1) return found[0] ?? null;
  throw new Error(
    `${what}: ${found.length} records match (${found.map((f) => f.id).join(', ')}), so the create may have happened more than once; keep one, remove the others, then run apply again`,
  );
}
