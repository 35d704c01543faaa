// Pure: working-time model changes of one person. One live model per declared contract start; workdays are
// patched in place so that unchanged workdays keep their ids (papershift.md §2.3, §4, §6).
import type { Change, FieldChange, PlannedRequest } from '../../generated/plan.js';
import { WEEKDAYS, type Weekday } from '../../model/declarations.js';
import { digestOf } from '../../plan/digest.js';
import { paths } from './api.js';
import type { DesiredModel, Workdays } from './desired.js';
import { change, changeId, diffFields, modelRef, type PersonContext } from './plan-common.js';
import type { PsModel, PsWorkday } from './types.js';

type WorkdayOp = { id: string; seconds: number } | { id: string; _delete: true } | { day_of_week: number; seconds: number };

const dayIndex = (d: Weekday) => WEEKDAYS.indexOf(d);
const label = (start: string) => `working-time model from ${start}`;
const modelBody = (attributes: Record<string, unknown>) => ({ data: { type: 'working_time_model', attributes } });

/** Workdays keyed by weekday; a second workday for one weekday (a server without the uniqueness rule) is extra. */
function byDay(model: PsModel): { days: Map<Weekday, PsWorkday>; extra: PsWorkday[] } {
  const days = new Map<Weekday, PsWorkday>();
  const extra: PsWorkday[] = [];
  for (const w of model.workdays) {
    const d = WEEKDAYS[w.day_of_week];
    if (d === undefined || days.has(d)) extra.push(w);
    else days.set(d, w);
  }
  return { days, extra };
}

function secondsOf(days: Map<Weekday, PsWorkday>): Workdays {
  return Object.fromEntries([...days].map(([d, w]) => [d, w.seconds]));
}

function createModel(ctx: PersonContext, m: DesiredModel): Change {
  const { key } = ctx.person;
  const workdays = WEEKDAYS.flatMap((d) => (m.workdays[d] === undefined ? [] : [{ day_of_week: dayIndex(d), seconds: m.workdays[d] }]));
  const fields: FieldChange[] = [
    { path: 'start_date', before: null, after: m.start },
    ...WEEKDAYS.flatMap((d) => (m.workdays[d] === undefined ? [] : [{ path: `workdays.${d}`, before: null, after: m.workdays[d] }])),
  ];
  return change({
    id: changeId.model(key, m.start),
    person: key,
    resource: 'working-time-model',
    resourceKey: m.start,
    label: label(m.start),
    action: 'create',
    fields,
    requests: [
      {
        method: 'POST',
        path: paths.models(ctx.userId),
        // Workdays in the create body (newer doc build, papershift.md §3.2 / seed 002).
        body: modelBody({ pattern: 'weekly', start_date: m.start, workdays }),
        capture: [{ ref: modelRef(key, m.start), pointer: '/data/id' }],
        idempotent: false,
      },
    ],
    actualDigest: null,
    dependsOn: ctx.createsUser ? [ctx.createsUser] : [],
  });
}

/**
 * Workday operations for what differs, and nothing else: seconds by workday id, `_delete` by id, a new day
 * without id. `day_of_week` is never sent for an existing workday (immutable, seed 002).
 */
function workdayOps(fields: FieldChange[], days: Map<Weekday, PsWorkday>, extra: PsWorkday[]): WorkdayOp[] {
  const ops: WorkdayOp[] = [];
  for (const f of fields) {
    const d = f.path.replace(/^workdays\./, '') as Weekday;
    const existing = days.get(d);
    if (existing && typeof f.after === 'number') ops.push({ id: existing.id, seconds: f.after });
    else if (existing) ops.push({ id: existing.id, _delete: true });
    else if (typeof f.after === 'number') ops.push({ day_of_week: dayIndex(d), seconds: f.after });
  }
  for (const w of extra) ops.push({ id: w.id, _delete: true });
  return ops;
}

function updateModel(ctx: PersonContext, m: DesiredModel, actual: PsModel): Change | null {
  const { days, extra } = byDay(actual);
  const fields = diffFields(ctx, 'working-time-model', { workdays: secondsOf(days) }, { workdays: m.workdays });
  if (fields.length === 0 && extra.length === 0) return null;
  const ops = workdayOps(fields, days, extra);
  const warnings = extra.map((w) => `workday ${w.id} repeats day_of_week ${w.day_of_week} and is deleted`);
  const request: PlannedRequest = {
    method: 'PUT',
    path: paths.model(ctx.userId, actual.id),
    body: modelBody({ workdays: ops }),
    // Repeating a PUT that creates or deletes workdays would fail or duplicate; only seconds updates are safe.
    idempotent: ops.every((o) => 'seconds' in o && 'id' in o),
  };
  return change({
    id: changeId.model(ctx.person.key, m.start),
    person: ctx.person.key,
    resource: 'working-time-model',
    resourceKey: m.start,
    label: label(m.start),
    action: 'update',
    fields,
    requests: [request],
    warnings,
    actualDigest: digestOf(actual),
    actualId: actual.id,
  });
}

/** Soft delete (DELETE sets discarded_at, papershift.md §2.8) of a live model no contract starts on. */
function deleteModel(ctx: PersonContext, actual: PsModel, id: string): Change | null {
  const { days } = byDay(actual);
  const before = secondsOf(days);
  const gone = Object.fromEntries(Object.keys(before).map((d) => [d, null]));
  // Explicit nulls (not an empty object) so that every workday shows as its own field.
  const fields = diffFields(ctx, 'working-time-model', { start_date: actual.start_date, workdays: before }, { start_date: null, workdays: gone });
  // A delete cannot be partial: when a rule holds back any of its fields, the model stays.
  const all = 1 + days.size;
  if (fields.length < all) return null;
  return change({
    id,
    person: ctx.person.key,
    resource: 'working-time-model',
    resourceKey: actual.start_date,
    label: label(actual.start_date),
    action: 'delete',
    fields,
    requests: [{ method: 'DELETE', path: paths.model(ctx.userId, actual.id), idempotent: true }],
    actualDigest: digestOf(actual),
    actualId: actual.id,
  });
}

export function modelChanges(ctx: PersonContext, desired: DesiredModel[], actual: PsModel[]): Change[] {
  const out: Change[] = [];
  const live = actual.filter((m) => m.discarded_at === null);
  const wanted = new Set(desired.map((m) => m.start));
  const first = new Map<string, PsModel>();
  for (const m of live) {
    if (!first.has(m.start_date)) first.set(m.start_date, m);
    // A second live model on one start date (a server without that rule): the extra one goes.
    else out.push(...[deleteModel(ctx, m, `${changeId.model(ctx.person.key, m.start_date)}:${m.id}`)].filter((c) => c !== null));
  }
  for (const m of desired) {
    const a = first.get(m.start);
    const c = a ? updateModel(ctx, m, a) : createModel(ctx, m);
    if (c) out.push(c);
  }
  for (const [start, m] of first) {
    if (wanted.has(start)) continue;
    const c = deleteModel(ctx, m, changeId.model(ctx.person.key, start));
    if (c) out.push(c);
  }
  return out;
}
