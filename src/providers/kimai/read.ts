// Reads Kimai in two requests: every user with roles and stored preferences, and the token owner; a third, the
// installed plugins, when a week or month contract is declared. The three run at once.
import { HttpError } from '../../http/errors.js';
import type { HttpClient } from '../../http/types.js';
import type { PlanInput, Progress } from '../../model/provider.js';
import { contractInForce } from './desired.js';
import type { KimaiActual, KimaiUserRecord } from './types.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function fail(what: string): never {
  throw new Error(`kimai: unexpected answer from ${what}`);
}

/** Preferences arrive as `[{name, value}]` in no meaningful order (kimai.md §7.13): index them by name. */
function prefsOf(v: unknown): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  if (!Array.isArray(v)) return out;
  for (const p of v as unknown[]) {
    if (isObject(p) && typeof p.name === 'string') out[p.name] = p.value === null || p.value === undefined ? null : typeof p.value === 'string' ? p.value : JSON.stringify(p.value);
  }
  return out;
}

export function parseUser(v: unknown): KimaiUserRecord {
  if (!isObject(v) || typeof v.id !== 'number' || typeof v.username !== 'string') fail('GET /api/users');
  return {
    id: v.id,
    username: v.username,
    email: str(v.email) ?? '',
    enabled: v.enabled === true,
    alias: str(v.alias),
    title: str(v.title),
    accountNumber: str(v.accountNumber),
    language: str(v.language),
    locale: str(v.locale),
    timezone: str(v.timezone),
    roles: Array.isArray(v.roles) ? (v.roles as unknown[]).filter((r): r is string => typeof r === 'string' && r !== 'ROLE_USER').sort() : [],
    preferences: prefsOf(v.preferences),
  };
}

/** Week and month contracts need the working-contract plugin: ask for the plugins only when one is declared. */
function needsContractPlugin(input: PlanInput): boolean {
  return input.people.some((p) => p.systems.kimai && (contractInForce(p.contracts, input.date)?.type ?? 'day') !== 'day');
}

/**
 * Whether the installed plugins include the working-contract one (kimai.md §3.6, §7.8; its id is inferred, so any
 * name with "contract" counts). Undefined when the answer tells nothing: an older Kimai or a token without the
 * right gets 404 or 403 here, and the plan then only warns, as it does without asking.
 */
async function readContractPlugin(http: HttpClient): Promise<boolean | undefined> {
  try {
    const res = await http.send({ method: 'GET', path: '/api/plugins', idempotent: true });
    if (!Array.isArray(res.body)) return undefined;
    return (res.body as unknown[]).some((p) => isObject(p) && typeof p.name === 'string' && /contract/i.test(p.name));
  } catch (err) {
    // Any refusal but a bad token or a rate limit, and any answer that is not JSON (an HTML 404 page), says nothing.
    const refused = err instanceof HttpError && err.status >= 400 && err.status < 500 && err.status !== 401 && err.status !== 429;
    if (refused || (err instanceof HttpError && err.kind === 'format')) return undefined;
    throw err;
  }
}

export async function readKimai(http: HttpClient, input: PlanInput, progress: Progress): Promise<KimaiActual> {
  progress.update('kimai', 'listing users');
  // One request for everything: visible=3 includes disabled users, full=true adds roles and stored preferences.
  const [list, me, contractPlugin] = await Promise.all([
    http.send({ method: 'GET', path: '/api/users?visible=3&full=true', idempotent: true }),
    http.send({ method: 'GET', path: '/api/users/me', idempotent: true }),
    needsContractPlugin(input) ? readContractPlugin(http) : undefined,
  ]);
  if (!Array.isArray(list.body)) fail('GET /api/users');
  const users = (list.body as unknown[]).map(parseUser);
  if (!isObject(me.body) || typeof me.body.id !== 'number' || typeof me.body.username !== 'string') fail('GET /api/users/me');
  progress.update('kimai', `listed ${users.length} users`);
  return { users, me: { id: me.body.id, username: me.body.username }, ...(contractPlugin === undefined ? {} : { contractPlugin }) };
}
