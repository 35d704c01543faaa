// What the Kimai provider reads and compiles. Preference values are strings (or null), as Kimai stores them.

/** One user as `GET /api/users?visible=3&full=true` returns it, reduced to what the provider manages. */
export interface KimaiUserRecord {
  id: number;
  username: string;
  email: string;
  enabled: boolean;
  alias: string | null;
  title: string | null;
  accountNumber: string | null;
  language: string | null;
  locale: string | null;
  timezone: string | null;
  /** Stored roles, without the implicit ROLE_USER. */
  roles: string[];
  /** Stored preference rows only (the list endpoint runs no default injection, kimai.md §3.1). */
  preferences: Record<string, string | null>;
}

export interface KimaiActual {
  users: KimaiUserRecord[];
  /** The token owner: never deactivated, never disabled through its own token (kimai.md §3.4). */
  me: { id: number; username: string };
  /**
   * Whether `GET /api/plugins` lists the working-contract plugin, which week and month contracts need (kimai.md
   * §7.8). Undefined when not asked (no week or month contract declared) or when the answer said nothing (404, 403).
   */
  contractPlugin?: boolean;
}

/**
 * Desired user fields; title/accountNumber only when declared (otherwise left alone). An empty text is null:
 * Kimai's API forms (Symfony) store "" as null, so declaring "" means "no value".
 */
export interface DesiredUser {
  username: string;
  email: string;
  alias: string | null;
  title?: string | null;
  accountNumber?: string | null;
  language: string;
  locale: string;
  timezone: string;
  roles: string[];
  enabled: boolean;
}

export type PrefValues = Record<string, string | null>;
