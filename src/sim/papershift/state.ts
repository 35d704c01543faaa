// State of the Papershift (Pulse) simulator. The seed and the snapshot share one shape, so a snapshot can be
// fed back as a seed (the sandbox keeps its state between runs that way).
import { randomUUID } from 'node:crypto';

export type UserStatus = 'created' | 'invited' | 'active' | 'deactivated';

export interface SeedUser {
  id: string;
  name: string;
  email: string | null;
  status: UserStatus;
  discarded_at?: string | null;
  /**
   * Whether the person ever accepted an invitation. Not an API attribute: the simulator needs it because
   * reactivation gives `active` after an accepted invitation and `created` otherwise (papershift.md §3.1).
   */
  invitation_accepted?: boolean;
}

export interface SeedPayroll {
  id: string;
  staff_number: string | null;
  employment_start_date: string | null;
}

export interface SeedWorkday {
  id: string;
  day_of_week: number;
  seconds: number;
}

export interface SeedModel {
  id: string;
  user_id: string;
  pattern: string;
  start_date: string;
  discarded_at: string | null;
  workdays: SeedWorkday[];
}

export interface SeedIdentity {
  /** The identity's own UUID (generated when the seed has none). */
  id?: string;
  email: string;
  password: string;
  /** This identity's user in the account (`accounts[0].user.id` of the sign-in answer). */
  userId: string;
}

export interface PapershiftSeed {
  account: { id: string; name: string };
  identities: SeedIdentity[];
  users: SeedUser[];
  /** Payroll information by user id. */
  payroll: Record<string, SeedPayroll>;
  models: SeedModel[];
}

/** Normalised mutable state: every optional seed field filled in. */
export interface PapershiftState {
  account: { id: string; name: string };
  identities: Array<Required<SeedIdentity>>;
  users: Array<Required<SeedUser>>;
  payroll: Map<string, SeedPayroll>;
  models: SeedModel[];
}

export const DEFAULT_IDENTITY = { email: 'hr-bot@acme.example', password: 'sim-hr-bot-password', name: 'HR Bot' };

const clone = <T>(v: T): T => structuredClone(v);

export function newId(): string {
  // UUID v4, as Pulse uses for every record (papershift.md §1); never the invalid sample ids of the docs.
  return randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}

/** Builds the state from a (possibly partial, user-edited) seed; adds the API identity when there is none. */
export function stateFromSeed(seed: Partial<PapershiftSeed> | undefined): PapershiftState {
  const s = clone(seed ?? {});
  const state: PapershiftState = {
    account: s.account ?? { id: newId(), name: 'Acme GmbH' },
    identities: [],
    users: (s.users ?? []).map((u) => ({
      id: u.id,
      name: u.name,
      email: u.email ?? null,
      status: u.status,
      discarded_at: u.discarded_at ?? null,
      invitation_accepted: u.invitation_accepted ?? u.status === 'active',
    })),
    payroll: new Map(Object.entries(s.payroll ?? {})),
    models: (s.models ?? []).map((m) => ({ ...m, discarded_at: m.discarded_at ?? null, workdays: m.workdays ?? [] })),
  };
  for (const i of s.identities ?? []) state.identities.push({ id: i.id ?? newId(), email: i.email, password: i.password, userId: i.userId });
  if (state.identities.length === 0) {
    const userId = newId();
    state.users.push({
      id: userId,
      name: DEFAULT_IDENTITY.name,
      email: DEFAULT_IDENTITY.email,
      status: 'active',
      discarded_at: null,
      invitation_accepted: true,
    });
    state.identities.push({ id: newId(), email: DEFAULT_IDENTITY.email, password: DEFAULT_IDENTITY.password, userId });
  }
  for (const i of state.identities) {
    if (!state.users.some((u) => u.id === i.userId)) throw new Error(`papershift seed: identity ${i.email} names unknown user ${i.userId}`);
  }
  return state;
}

export function snapshotOf(state: PapershiftState): PapershiftSeed {
  return clone({
    account: state.account,
    identities: state.identities,
    users: state.users,
    payroll: Object.fromEntries(state.payroll),
    models: state.models,
  });
}
