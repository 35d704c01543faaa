// The `workdays` pseudo-attribute of working time models: a patch list in Rails nested-attributes style
// (papershift.md §2.3, §3.2; seed 002 "Valid Attributes"). Validated as a whole before anything changes.
import type { SimContext } from './context.js';
import { invalid, throwIfAny, type ErrorObject } from './jsonapi.js';
import { newId, type SeedWorkday } from './state.js';

const KEYS = ['id', 'day_of_week', 'seconds', '_delete'];
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `seconds` must be set; an integer 0..86400 (0 is valid: the templates' example uses it; §3.2). */
function checkSeconds(v: unknown, pointer: string, errors: ErrorObject[]): v is number {
  if (v === undefined) errors.push(invalid(`${pointer}/seconds`, 'must be set'));
  else if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 86_400) errors.push(invalid(`${pointer}/seconds`, 'must be an integer between 0 and 86400'));
  else return true;
  return false;
}

function isDay(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 6;
}

/**
 * Applies `workdays` entries to a model's current workdays and returns the new list (input untouched):
 * with `id` → update `seconds` only, or remove with `_delete: true`; without `id` → create (needs
 * `day_of_week` 0..6 and `seconds`). Unmentioned workdays stay as they are. Errors (422): an id that is not
 * this model's (also every id on create), a changed `day_of_week` (immutable, seed 002), `_delete` without
 * id, and — switchable — two workdays with one `day_of_week` in the result.
 */
export function applyWorkdayOps(ctx: SimContext, current: SeedWorkday[], raw: unknown): SeedWorkday[] {
  const base = '/data/attributes/workdays';
  if (!Array.isArray(raw)) throwIfAny([invalid(base, 'must be an array')]);
  const errors: ErrorObject[] = [];
  const next = new Map(current.map((w) => [w.id, { ...w }]));
  const origin = new Map<string, string>();
  const touched = new Set<string>();
  (raw as unknown[]).forEach((entry, i) => {
    const p = `${base}/${i}`;
    if (!isRecord(entry)) return errors.push(invalid(p, 'must be an object'));
    for (const k of Object.keys(entry)) if (!KEYS.includes(k)) errors.push(invalid(`${p}/${k}`, 'is not a permitted attribute'));
    const del = entry._delete;
    if (del !== undefined && typeof del !== 'boolean') return errors.push(invalid(`${p}/_delete`, 'must be true or false'));
    if (entry.id !== undefined) {
      const id = entry.id;
      const existing = typeof id === 'string' ? current.find((w) => w.id === id) : undefined;
      if (!existing || typeof id !== 'string') return errors.push(invalid(`${p}/id`, 'does not belong to this working time model'));
      if (touched.has(id)) return errors.push(invalid(`${p}/id`, 'is mentioned twice'));
      touched.add(id);
      if (del === true) return next.delete(id);
      if (entry.day_of_week !== undefined && entry.day_of_week !== existing.day_of_week) {
        return errors.push(invalid(`${p}/day_of_week`, 'cannot be changed'));
      }
      if (checkSeconds(entry.seconds, p, errors)) next.get(id)!.seconds = entry.seconds;
      return;
    }
    if (del === true) return errors.push(invalid(`${p}/_delete`, 'needs the id of the workday to delete'));
    if (entry.day_of_week === undefined) errors.push(invalid(`${p}/day_of_week`, 'must be set'));
    else if (!isDay(entry.day_of_week)) errors.push(invalid(`${p}/day_of_week`, 'must be an integer between 0 (Monday) and 6 (Sunday)'));
    const okSeconds = checkSeconds(entry.seconds, p, errors);
    if (isDay(entry.day_of_week) && okSeconds) {
      const w: SeedWorkday = { id: newId(), day_of_week: entry.day_of_week, seconds: entry.seconds as number };
      next.set(w.id, w);
      origin.set(w.id, p);
    }
  });
  throwIfAny(errors);
  if (ctx.settings.rejectDuplicateWorkdays) {
    const seen = new Set<number>();
    for (const w of next.values()) {
      if (seen.has(w.day_of_week)) errors.push(invalid(`${origin.get(w.id) ?? base}/day_of_week`, 'has already been taken'));
      seen.add(w.day_of_week);
    }
  }
  throwIfAny(errors);
  return [...next.values()];
}
