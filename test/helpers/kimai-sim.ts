// Test helpers for the Kimai simulator: a tiny fetch wrapper and a seed with one user per role.
import type { Simulator } from '../../src/sim/common/types.js';
import type { KimaiSeed } from '../../src/sim/kimai/index.js';

export const TOKENS = { super: 'tok-super', admin: 'tok-admin', lead: 'tok-lead', user: 'tok-user', disabled: 'tok-disabled' } as const;

export function roleSeed(): KimaiSeed {
  return {
    users: [
      { id: 1, username: 'boss', email: 'boss@example.com', roles: ['ROLE_SUPER_ADMIN'], apiToken: TOKENS.super, timezone: 'Europe/Berlin', language: 'de', locale: 'de_DE' },
      { id: 2, username: 'anna', email: 'anna@example.com', roles: ['ROLE_ADMIN'], apiToken: TOKENS.admin, alias: 'Anna Admin' },
      { id: 3, username: 'tim', email: 'tim@example.com', roles: ['ROLE_TEAMLEAD'], apiToken: TOKENS.lead },
      {
        id: 4,
        username: 'ulla',
        email: 'ulla@example.com',
        apiToken: TOKENS.user,
        alias: 'Ulla Umbrella',
        title: 'Developer',
        accountNumber: '0042',
        preferences: { work_contract_type: 'day', work_monday: '28800', hourly_rate: '50', skin: 'dark', _latest_approval: '2026-01' },
      },
      { id: 5, username: 'dora', email: 'dora@example.com', enabled: false, apiToken: TOKENS.disabled, alias: 'Dora Disabled' },
      { id: 6, username: 'lena', email: 'lena@example.com', apiPassword: 'legacy-secret', alias: 'Madonna' },
    ],
    nextId: 10,
  };
}

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

export interface CallOptions {
  token?: string | null;
  body?: unknown;
  /** Sent verbatim instead of JSON.stringify(body). */
  raw?: string;
  headers?: Record<string, string>;
}

/** One request to the simulator; `token: null` sends no Authorization header. */
export async function call(sim: Simulator<KimaiSeed>, method: string, path: string, opts: CallOptions = {}): Promise<Reply> {
  const headers: Record<string, string> = { ...opts.headers };
  const token = opts.token === undefined ? TOKENS.super : opts.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  let body: string | undefined;
  if (opts.raw !== undefined) body = opts.raw;
  else if (opts.body !== undefined) body = JSON.stringify(opts.body);
  if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
  const res = await fetch(sim.url + path, { method, headers, body });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** Preferences array of an entity as a name → value map (order is not meaningful, kimai.md §3.2). */
export function prefMap(entity: unknown): Record<string, string | null> {
  const prefs = (entity as { preferences: Array<{ name: string; value: string | null }> }).preferences;
  return Object.fromEntries(prefs.map((p) => [p.name, p.value]));
}
