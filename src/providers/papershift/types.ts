// What read() returns and plan() consumes: Pulse records as the API names them (snake_case), so that the
// digests in a plan are digests of what the system holds.

export interface PsUser {
  id: string;
  name: string;
  email: string | null;
  /** created | invited | active | deactivated (papershift.md §3.1). */
  status: string;
  discarded_at: string | null;
}

export interface PsWorkday {
  id: string;
  /** 0 = Monday … 6 = Sunday. */
  day_of_week: number;
  seconds: number;
}

export interface PsModel {
  id: string;
  pattern: string;
  start_date: string;
  discarded_at: string | null;
  workdays: PsWorkday[];
}

export interface PsPayroll {
  id: string;
  staff_number: string | null;
  employment_start_date: string | null;
}

export interface PsUserDetails {
  /** Live (non-discarded) models. */
  models: PsModel[];
  /** Payroll information: null when never set; absent when not read (no staffNumber declared). */
  payroll?: PsPayroll | null;
}

export interface PapershiftActual {
  /** Every user the list returned, discarded ones included (they are ignored by matching). */
  users: PsUser[];
  /** Users that are the API identity itself: never deactivated. */
  ownUserIds: string[];
  /** Details of matched (targeted) people, by user id. */
  details: Record<string, PsUserDetails>;
  /** What the read noticed and the plan should say (a list that may have been cut short). */
  warnings?: string[];
}
