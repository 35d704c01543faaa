// The fewest requests each API allows for a job (derived from ../shared/apis/*.md; the derivation is written
// out in BENCHMARKS.md by report.ts), computed from the generated population.
import { CONTRACT_TEMPLATES, type Mutation, type PersonSpec } from './generate.js';

export type System = 'kimai' | 'papershift' | 'mctime';
export const SYSTEMS: readonly System[] = ['kimai', 'papershift', 'mctime'];
export type PerSystem = Record<System, number>;

/** McTime lists 20 users a page and has no total: the last page is the first one shorter than 20. */
export const MCTIME_PAGE = 20;
const pages = (users: number) => Math.floor(users / MCTIME_PAGE) + 1;

/** A week or month contract in force on the date (the latest started one; before any start, the first). */
function weekOrMonth(p: PersonSpec, date: string): boolean {
  const sorted = [...p.contracts].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const c = sorted.filter((x) => x.start <= date).at(-1) ?? sorted[0];
  if (!c) return false;
  const type = 'template' in c ? CONTRACT_TEMPLATES[c.template as keyof typeof CONTRACT_TEMPLATES].type : c.type;
  return type !== 'day';
}

/**
 * plan (and the fresh plan inside apply):
 * - Kimai: GET /api/users?visible=3&full=true (unpaginated, roles and stored preferences included) + GET /api/users/me,
 *   + GET /api/plugins when a week or month contract is in force (they need the working-contract plugin, kimai.md §7.8).
 * - Papershift: sign-in + GET /api/v1/users + per managed user its live models (include=weekly_workdays) and,
 *   when a staff number is declared, its payroll information.
 * - McTime: list pages of active users (people + the API key's admin) and of inactive users, + GET /users/{id} per
 *   managed user (list rows lack what an edit needs).
 */
export function planMinimum(people: readonly PersonSpec[], date: string): PerSystem {
  const ps = people.filter((p) => p.systems.papershift);
  const mc = people.filter((p) => p.systems.mctime).length;
  return {
    kimai: 2 + (people.some((p) => weekOrMonth(p, date)) ? 1 : 0),
    papershift: 2 + ps.length + ps.filter((p) => p.systems.papershift?.staffNumber !== undefined).length,
    mctime: pages(mc + 1) + pages(0) + mc,
  };
}

/**
 * The writes of the 10 % change: one request per changed resource (Kimai preferences: one PATCH while the
 * contract type stays; a Papershift model: one PUT with its workdays; a McTime user: one full-replace POST
 * plus the re-read right before it, mctime.md §4.3).
 */
export function writeMinimum(people: readonly PersonSpec[], mutations: readonly Mutation[]): PerSystem {
  const byKey = new Map(people.map((p) => [p.key, p]));
  const out: PerSystem = { kimai: 0, papershift: 0, mctime: 0 };
  for (const m of mutations) {
    const p = byKey.get(m.key)!;
    if (m.kind === 'vacation') out.kimai += 1;
    else if (m.kind === 'hours') {
      out.kimai += 1;
      if (p.systems.papershift) out.papershift += 1;
    } else out.mctime += 2;
  }
  return out;
}

export function add(a: PerSystem, b: PerSystem): PerSystem {
  return { kimai: a.kimai + b.kimai, papershift: a.papershift + b.papershift, mctime: a.mctime + b.mctime };
}

/** The ideal wall time: the busiest system's minimum requests through C server slots of L ms each. */
export function idealMs(min: PerSystem, latencyMs: number, concurrency: number): number {
  return Math.max(...SYSTEMS.map((s) => (min[s] * latencyMs) / concurrency));
}
