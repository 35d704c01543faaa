/* eslint-disable */
/** Generated from schema/plan.schema.json by `npm run gen:types`. Do not edit by hand. */

/**
 * A managed system.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "providerName".
 */
export type ProviderName = 'kimai' | 'papershift' | 'mctime';
/**
 * Kind of record a change touches.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "resource".
 */
export type ResourceKind = 'user' | 'preferences' | 'payroll' | 'working-time-model' | 'employment';
/**
 * What the change does to the resource.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "action".
 */
export type ChangeAction = 'create' | 'update' | 'delete' | 'deactivate';

/**
 * A saved or printed plan: the ordered changes that bring the systems in line with the declarations. Contains personal data.
 */
export interface Plan {
  /**
   * Major.minor version of this format; a reader rejects another major.
   */
  formatVersion: '1.0';
  /**
   * Human note that the file contains personal data.
   */
  notice?: string;
  /**
   * Name of the environment the plan was made for.
   */
  env: string;
  /**
   * The plan date (YYYY-MM-DD): the contract in force on this date is the one written to Kimai.
   */
  date: string;
  /**
   * sha256 of the loaded declarations; apply refuses a saved plan whose declarations changed.
   */
  declarationsDigest: string;
  /**
   * The systems that were read for this plan.
   */
  providers: ProviderName[];
  /**
   * Person keys the plan was restricted to with --target (absent: all).
   */
  targets?: string[];
  /**
   * Changes in the order apply executes them (dependencies first).
   */
  changes: Change[];
  /**
   * Users found in a system that match no declaration.
   */
  unmanaged: UnmanagedUser[];
  /**
   * Differences left alone because of policy.ignore rules.
   */
  ignored: IgnoredDifference[];
  /**
   * Warnings that concern the plan as a whole.
   */
  warnings?: string[];
  summary: PlanSummary;
  /**
   * sha256 over the plan without this field.
   */
  digest: string;
}
/**
 * One change to one resource of one person in one system.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "change".
 */
export interface Change {
  /**
   * Stable identity: provider:person:resource[:key].
   */
  id: string;
  provider: ProviderName;
  /**
   * Key of the declared person (or the system's own id for an unmanaged user).
   */
  person: string;
  resource: ResourceKind;
  /**
   * Distinguishes several resources of one kind (a model's start date).
   */
  resourceKey?: string;
  /**
   * Short human description of the resource.
   */
  label?: string;
  action: ChangeAction;
  /**
   * Field-level differences.
   */
  fields: FieldChange[];
  /**
   * The exact requests apply sends, in order.
   */
  requests: PlannedRequest[];
  /**
   * What a reviewer must know (data a full-replace would erase, kept records).
   */
  warnings: string[];
  /**
   * sha256 of the actual record this change was computed from; null when the record does not exist.
   */
  actualDigest: string | null;
  /**
   * The system's id of the record, when it exists.
   */
  actualId?: string;
  /**
   * Ids of changes that must succeed first.
   */
  dependsOn: string[];
}
/**
 * One field that differs: before is the actual value, after the desired one (null: absent).
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "fieldChange".
 */
export interface FieldChange {
  /**
   * Dotted path of the field inside the resource.
   */
  path: string;
  /**
   * Value in the system now (null when absent).
   */
  before: unknown;
  /**
   * Value after apply (null when removed).
   */
  after: unknown;
  /**
   * True when the value is personal data to be masked in human-readable output.
   */
  sensitive?: boolean;
}
/**
 * An HTTP request apply will send; {{ref}} placeholders are filled from earlier captures.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "request".
 */
export interface PlannedRequest {
  /**
   * HTTP method.
   */
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /**
   * Path below the system's base URL, with query string if any.
   */
  path: string;
  /**
   * JSON body.
   */
  body?: unknown;
  /**
   * Values to take from the response.
   */
  capture?: Capture[];
  /**
   * True when the request may be repeated safely after a failure.
   */
  idempotent?: boolean;
}
/**
 * A value to take from the response of a request, for later requests (an id of a created record).
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "capture".
 */
export interface Capture {
  /**
   * Name of the placeholder the value fills, used as {{ref}} in later requests.
   */
  ref: string;
  /**
   * JSON pointer into the response body.
   */
  pointer: string;
}
/**
 * A user in a system that matches no declaration.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "unmanagedUser".
 */
export interface UnmanagedUser {
  provider: ProviderName;
  /**
   * The system's id of the user.
   */
  id: string;
  /**
   * Display name or username.
   */
  name: string;
  /**
   * E-mail, when the system has one.
   */
  email?: string | null;
  /**
   * Whether the user is active in the system.
   */
  active?: boolean;
  /**
   * True for the account this tool itself signs in as (the API token's owner, or the same person's account in another system): listed, never changed, and not counted as drift.
   */
  serviceAccount?: boolean;
}
/**
 * A difference not planned because a policy.ignore rule covers it.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "ignoredDifference".
 */
export interface IgnoredDifference {
  provider: ProviderName;
  /**
   * Person key.
   */
  person: string;
  /**
   * The ignored field.
   */
  field: string;
  /**
   * Date after which the rule lapses.
   */
  until?: string;
}
/**
 * Counts of changes by action.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "summary".
 */
export interface PlanSummary {
  /**
   * Changes that create a record.
   */
  create: number;
  /**
   * Changes that update a record.
   */
  update: number;
  /**
   * Changes that delete (or soft-delete) a record.
   */
  delete: number;
  /**
   * Changes that deactivate a user.
   */
  deactivate: number;
  /**
   * Number of warnings over all changes.
   */
  warnings: number;
  /**
   * Number of unmanaged users.
   */
  unmanaged: number;
  /**
   * Number of differences ignored by policy.
   */
  ignored: number;
}
