// In-memory state of the Kimai simulator: users with their stored preference rows.
// Seed format = snapshot format (KimaiSeed), so a sandbox can persist and reload it.

export interface KimaiSeedUser {
  id?: number;
  username: string;
  email: string;
  enabled?: boolean;
  /** Stored roles; ROLE_USER is implicit and never stored (kimai.md §3.2). */
  roles?: string[];
  alias?: string | null;
  title?: string | null;
  accountNumber?: string | null;
  color?: string | null;
  language?: string;
  locale?: string;
  timezone?: string;
  systemAccount?: boolean;
  requiresPasswordReset?: boolean;
  /** Id of the supervisor user, or null. */
  supervisor?: number | null;
  /** Stored preference rows only (what the database holds), values as strings or null. */
  preferences?: Record<string, string | null>;
  /** Bearer API token of this user (kimai.md §2.1). */
  apiToken?: string;
  /** Deprecated legacy API password for X-AUTH-USER/X-AUTH-TOKEN (kimai.md §2.2). */
  apiPassword?: string;
}

export interface KimaiSeed {
  users: KimaiSeedUser[];
  nextId?: number;
}

export interface SimUser {
  id: number;
  username: string;
  email: string;
  enabled: boolean;
  roles: string[];
  alias: string | null;
  title: string | null;
  accountNumber: string | null;
  color: string | null;
  language: string;
  locale: string;
  timezone: string;
  systemAccount: boolean;
  requiresPasswordReset: boolean;
  supervisor: number | null;
  /** Stored rows in insertion order (a Map keeps it). */
  preferences: Map<string, string | null>;
  apiToken: string | null;
  apiPassword: string | null;
}

/** Fixed token of the super admin the simulator creates when the seed has none. */
export const DEFAULT_ADMIN_TOKEN = 'kimai-sim-admin-token';
/** PHP's server timezone fallback for a user created without one (kimai.md §3.3). */
export const SERVER_TIMEZONE = 'UTC';

export const ASSIGNABLE_ROLES = ['ROLE_TEAMLEAD', 'ROLE_ADMIN', 'ROLE_SUPER_ADMIN'] as const;

/** Names never shown in the `preferences` array (kimai.md §3.2); names starting with `_` too. */
export const HIDDEN_PREFS = new Set([
  'timezone',
  'locale',
  'language',
  'skin',
  'calendar_initial_view',
  'login_initial_view',
  'update_browser_title',
  'daily_stats',
  'export_decimal',
]);

/** Yes/no preferences coerced to "1"/"0" on write (kimai.md §3.5). */
export const YES_NO_PREFS = new Set(['update_browser_title', 'daily_stats', 'export_decimal']);

/** Core defaults injected on every single-user read (kimai.md §3.2, §5.3). language/locale/timezone are top-level fields here. */
export const CORE_DEFAULTS: ReadonlyArray<[string, string | null]> = [
  ['hourly_rate', '0'],
  ['internal_rate', null],
  ['first_weekday', 'monday'],
  ['favorite_routes', ''],
  ['skin', 'default'],
  ['update_browser_title', '0'],
  ['calendar_initial_view', 'month'],
  ['login_initial_view', 'dashboard'],
  ['daily_stats', '0'],
  ['export_decimal', '0'],
];

export const RATE_PREFS = new Set(['hourly_rate', 'internal_rate']);

/** Work-contract defaults created on user creation and registered for the preferences endpoint (kimai.md §3.3, §5.1). */
export const CONTRACT_DEFAULTS: ReadonlyArray<[string, string | null]> = [
  ['work_contract_type', 'none'],
  ['work_monday', '0'],
  ['work_tuesday', '0'],
  ['work_wednesday', '0'],
  ['work_thursday', '0'],
  ['work_friday', '0'],
  ['work_saturday', '0'],
  ['work_sunday', '0'],
  ['holidays', '0'],
  ['public_holiday_group', null],
  ['work_start_day', null],
  ['work_last_day', null],
];

/** Preferences of the closed-source contract plugin, by the mode that uses them (kimai.md §5.1). */
export const PLUGIN_PREFS: Readonly<Record<string, 'week' | 'month'>> = {
  hours_per_week: 'week',
  work_days_week: 'week',
  hours_per_month: 'month',
  work_days_month: 'month',
};

export const CONTRACT_NAMES = new Set([...CONTRACT_DEFAULTS.map(([n]) => n), ...Object.keys(PLUGIN_PREFS)]);

export class KimaiState {
  readonly users = new Map<number, SimUser>();
  nextId = 1;

  constructor(seed: KimaiSeed | undefined) {
    checkSeed(seed);
    for (const u of seed?.users ?? []) this.add(fromSeed(u, u.id ?? this.nextId));
    if (seed?.nextId !== undefined && seed.nextId > this.nextId) this.nextId = seed.nextId;
    this.ensureAdminToken();
  }

  add(user: SimUser): void {
    if (this.users.has(user.id)) throw new Error(`kimai sim: duplicate user id ${user.id} in seed`);
    this.users.set(user.id, user);
    this.nextId = Math.max(this.nextId, user.id + 1);
  }

  /** The seeded super admin with a token; one is created (or given the fixed token) when the seed has none. */
  private ensureAdminToken(): void {
    const supers = [...this.users.values()].filter((u) => u.roles.includes('ROLE_SUPER_ADMIN') && u.enabled);
    if (supers.some((u) => u.apiToken)) return;
    const first = supers[0];
    if (first) {
      first.apiToken = DEFAULT_ADMIN_TOKEN;
      return;
    }
    this.add(
      fromSeed({ username: 'admin', email: 'admin@example.com', enabled: true, roles: ['ROLE_SUPER_ADMIN'], apiToken: DEFAULT_ADMIN_TOKEN }, this.nextId),
    );
  }

  adminToken(): string {
    const admin = [...this.users.values()].find((u) => u.roles.includes('ROLE_SUPER_ADMIN') && u.enabled && u.apiToken);
    return admin?.apiToken ?? DEFAULT_ADMIN_TOKEN;
  }

  byToken(token: string): SimUser | undefined {
    return [...this.users.values()].find((u) => u.apiToken === token);
  }

  /** Username or e-mail, as the legacy X-AUTH-USER header and the uniqueness checks use them. */
  byName(name: string): SimUser | undefined {
    const lower = name.toLowerCase();
    return [...this.users.values()].find((u) => u.username.toLowerCase() === lower || u.email.toLowerCase() === lower);
  }

  snapshot(): KimaiSeed {
    return { users: [...this.users.values()].map(toSeed), nextId: this.nextId };
  }
}

/** Seeds come from files people edit: fail early with a message naming the bad entry. */
function checkSeed(seed: KimaiSeed | undefined): void {
  if (seed === undefined) return;
  const users: unknown = seed.users;
  if (!Array.isArray(users)) throw new Error('kimai sim: seed.users must be an array');
  (users as Array<Record<string, unknown> | null>).forEach((r, i) => {
    if (!r || typeof r.username !== 'string' || typeof r.email !== 'string') throw new Error(`kimai sim: seed.users[${i}] needs string username and email`);
    if (r.id !== undefined && !Number.isInteger(r.id)) throw new Error(`kimai sim: seed.users[${i}].id must be an integer`);
  });
}

function fromSeed(u: KimaiSeedUser, id: number): SimUser {
  const language = u.language ?? 'en';
  return {
    id,
    username: u.username,
    email: u.email,
    enabled: u.enabled ?? true,
    roles: (u.roles ?? []).filter((r) => r !== 'ROLE_USER'),
    alias: u.alias ?? null,
    title: u.title ?? null,
    accountNumber: u.accountNumber ?? null,
    color: u.color ?? null,
    language,
    locale: u.locale ?? language,
    timezone: u.timezone ?? SERVER_TIMEZONE,
    systemAccount: u.systemAccount ?? false,
    requiresPasswordReset: u.requiresPasswordReset ?? false,
    supervisor: u.supervisor ?? null,
    preferences: new Map(Object.entries(u.preferences ?? {})),
    apiToken: u.apiToken ?? null,
    apiPassword: u.apiPassword ?? null,
  };
}

function toSeed(u: SimUser): KimaiSeedUser {
  const out: KimaiSeedUser = {
    id: u.id,
    username: u.username,
    email: u.email,
    enabled: u.enabled,
    roles: [...u.roles],
    alias: u.alias,
    title: u.title,
    accountNumber: u.accountNumber,
    color: u.color,
    language: u.language,
    locale: u.locale,
    timezone: u.timezone,
    systemAccount: u.systemAccount,
    requiresPasswordReset: u.requiresPasswordReset,
    supervisor: u.supervisor,
    preferences: Object.fromEntries(u.preferences),
  };
  if (u.apiToken) out.apiToken = u.apiToken;
  if (u.apiPassword) out.apiPassword = u.apiPassword;
  return out;
}

/** A fresh user as POST /api/users builds it before validation passes. */
export function newUser(id: number): SimUser {
  return fromSeed({ username: '', email: '', enabled: false }, id);
}
