// Snapshots of the three simulators reduced to what a run is responsible for, so that a run under faults can be
// compared field by field with a clean run: generated ids, timestamps and secrets are dropped, lists sorted by
// their natural keys (e-mail, username, start date).
import type { ProviderName } from '../../src/model/declarations.js';
import type { Simulator } from '../../src/sim/common/types.js';

type Json = Record<string, unknown>;
export type Sims = Record<ProviderName, Simulator>;

/** Keys whose values the simulators generate (ids, history, timestamps) and which differ between two clean runs. */
const GENERATED = new Set([
  'id',
  'relId',
  'relID',
  'historyDataId',
  'user_id',
  'created_at',
  'updated_at',
  'apiToken',
  'apiPassword',
  'password',
  'supervisor',
]);

export function stripGenerated(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripGenerated);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !GENERATED.has(k))
        .map(([k, v]) => [k, stripGenerated(v)]),
    );
  }
  return value;
}

const byKey = (key: string) => (a: Json, b: Json) => String(a[key]).localeCompare(String(b[key]));

/** McTime users by e-mail, every field kept except generated ids. */
export function mctimeState(sim: Simulator): Json[] {
  const snap = sim.snapshot() as { users: Json[] };
  return snap.users.map((u) => stripGenerated(u) as Json).sort(byKey('email'));
}

export function kimaiState(sim: Simulator): Json[] {
  const snap = sim.snapshot() as { users: Json[] };
  return snap.users.map((u) => stripGenerated(u) as Json).sort(byKey('username'));
}

/** Papershift users by e-mail; models keyed by their user's e-mail and start date, workdays by weekday. */
export function papershiftState(sim: Simulator): Json {
  const snap = sim.snapshot() as { users: Json[]; models: Json[]; payroll: Record<string, Json> };
  const emailOf = new Map(snap.users.map((u) => [String(u.id), String(u.email)]));
  const models = snap.models
    .map((m) => ({
      user: emailOf.get(String(m.user_id)),
      start: m.start_date,
      pattern: m.pattern,
      live: m.discarded_at === null,
      days: (m.workdays as Json[]).map((d) => `${String(d.day_of_week)}:${String(d.seconds)}`).sort(),
    }))
    .sort((a, b) =>
      `${a.user}|${String(a.start)}|${a.live}`.localeCompare(`${b.user}|${String(b.start)}|${b.live}`),
    );
  const payroll = Object.entries(snap.payroll)
    .map(([userId, p]) => ({ user: emailOf.get(userId), ...(stripGenerated(p) as Json) }))
    .sort((a, b) => String(a.user).localeCompare(String(b.user)));
  return { users: snap.users.map((u) => stripGenerated(u) as Json).sort(byKey('email')), models, payroll };
}

export function allState(sims: Sims): Json {
  return {
    kimai: kimaiState(sims.kimai),
    papershift: papershiftState(sims.papershift),
    mctime: mctimeState(sims.mctime),
  };
}

/** Every leaf path where a and b differ ("users[3].address.city: "Wien" -> "Graz""), for readable failures. */
export function diffLeaves(a: unknown, b: unknown, path = ''): string[] {
  if (
    a !== null &&
    b !== null &&
    typeof a === 'object' &&
    typeof b === 'object' &&
    Array.isArray(a) === Array.isArray(b)
  ) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) =>
      diffLeaves(
        (a as Json)[k],
        (b as Json)[k],
        Array.isArray(a) ? `${path}[${k}]` : path ? `${path}.${k}` : k,
      ),
    );
  }
  return JSON.stringify(a) === JSON.stringify(b)
    ? []
    : [`${path}: ${JSON.stringify(a)} -> ${JSON.stringify(b)}`];
}

/** Leaf paths of McTime records (keyed by e-mail) that differ between two states. */
export function changedMcTimeFields(before: Json[], after: Json[]): string[] {
  const index = (list: Json[]) => Object.fromEntries(list.map((u) => [String(u.email), u]));
  return diffLeaves(index(before), index(after)).map((line) => line.split(': ')[0]!);
}

/** Natural keys that occur more than once: a user created twice. */
export function duplicates(sims: Sims): string[] {
  const dupes = (label: string, values: string[]) => {
    const seen = new Set<string>();
    return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false))).map((v) => `${label} ${v}`);
  };
  const k = sims.kimai.snapshot() as { users: Json[] };
  const p = sims.papershift.snapshot() as { users: Json[]; models: Json[] };
  const m = sims.mctime.snapshot() as { users: Json[] };
  const liveModels = p.models
    .filter((x) => x.discarded_at === null)
    .map((x) => `${String(x.user_id)}@${String(x.start_date)}`);
  return [
    ...dupes(
      'kimai username',
      k.users.map((u) => String(u.username).toLowerCase()),
    ),
    ...dupes(
      'kimai email',
      k.users.map((u) => String(u.email).toLowerCase()),
    ),
    ...dupes(
      'papershift email',
      p.users.map((u) => String(u.email).toLowerCase()),
    ),
    ...dupes('papershift model', liveModels),
    ...dupes(
      'mctime email',
      m.users.map((u) => String(u.email).toLowerCase()),
    ),
  ];
}

/** Requests that change something (Papershift's sign-in is a POST but writes nothing). */
export function writes(sims: Sims): Array<{ system: string; method: string; path: string; status: number }> {
  return Object.values(sims).flatMap((s) =>
    s.server.log
      .filter((l) => l.method !== 'GET' && !l.path.startsWith('/auth/'))
      .map((l) => ({ system: s.name, method: l.method, path: l.path, status: l.status })),
  );
}

/** Create requests that reached a system more than once for the same natural key (username or e-mail). */
export function repeatedCreates(sims: Sims): string[] {
  const keyOf = (system: string, path: string, body: unknown): string | null => {
    const b = (body ?? {}) as Json;
    if (system === 'kimai' && path === '/api/users') return `kimai ${String(b.username)}`;
    if (system === 'mctime' && path === '/api/v2/auth/users' && b.id === undefined)
      return `mctime ${String(b.email)}`;
    const attrs = ((b.data ?? {}) as Json).attributes as Json | undefined;
    if (system === 'papershift' && path === '/api/v1/users') return `papershift ${String(attrs?.email)}`;
    return null;
  };
  const keys = Object.values(sims).flatMap((s) =>
    s.server.log.filter((l) => l.method === 'POST').map((l) => keyOf(s.name, l.path, l.body)),
  );
  const seen = new Set<string>();
  return keys.filter((k): k is string => k !== null && (seen.has(k) || (seen.add(k), false)));
}
