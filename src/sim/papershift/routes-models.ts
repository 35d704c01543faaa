// User working time models, nested under the user (papershift.md §3.2, seed 002): create, list, show, PUT
// (partial, workday patch list), DELETE = soft delete. Workdays are read with include=weekly_workdays.
import type { Router, SimRequest } from '../common/server.js';
import { authed, modelsOf, type SimContext } from './context.js';
import { checkAttributes, collection, fail, invalid, parseBody, parseInclude, queryCollection, respond, throwIfAny, type ErrorObject, type Resource } from './jsonapi.js';
import { isDate } from './routes-payroll.js';
import { findUser, liveUser, visible } from './routes-users.js';
import { newId, nowIso, type SeedModel } from './state.js';
import { applyWorkdayOps } from './workdays.js';

const FIELDS = ['id', 'pattern', 'start_date', 'user_id', 'discarded_at'] as const;
const WRITABLE = ['pattern', 'start_date', 'workdays'];
const READ_ONLY = ['user_id', 'discarded_at'];
const INCLUDES = ['weekly_workdays'];
const BASE = '/api/v1/users/:user_id/working_time_models';

function modelResource(ctx: SimContext, m: SeedModel, withWorkdays: boolean): Resource {
  // The response echoes pattern, start_date, user_id and discarded_at only — never `workdays` (seed 002).
  const r: Resource = {
    id: m.id,
    type: 'working_time_model',
    attributes: { pattern: m.pattern, start_date: m.start_date, user_id: m.user_id, discarded_at: m.discarded_at },
  };
  if (withWorkdays) r.relationships = { weekly_workdays: { data: m.workdays.map((w) => ({ id: w.id, type: ctx.settings.workdayType })) } };
  return r;
}

function workdayResources(ctx: SimContext, models: SeedModel[]): Resource[] {
  return models.flatMap((m) =>
    m.workdays.map((w) => ({ id: w.id, type: ctx.settings.workdayType, attributes: { day_of_week: w.day_of_week, seconds: w.seconds } })),
  );
}

function single(ctx: SimContext, req: SimRequest, m: SeedModel, status = 200) {
  const inc = parseInclude(req.query, INCLUDES).includes('weekly_workdays');
  return respond(status, { data: modelResource(ctx, m, inc), ...(inc ? { included: workdayResources(ctx, [m]) } : {}) });
}

function findModel(ctx: SimContext, userId: string, id: string | undefined): SeedModel {
  const m = modelsOf(ctx, userId).find((x) => x.id === id);
  if (!m) fail(404, 'Not Found', `No working time model ${id} for user ${userId}`);
  return m;
}

/** A model that may still change: PUT/DELETE on a discarded one → 404 (configurable; papershift.md §5). */
function liveModel(ctx: SimContext, userId: string, id: string | undefined): SeedModel {
  const m = findModel(ctx, userId, id);
  if (m.discarded_at) fail(ctx.settings.discardedWriteStatus, ctx.settings.discardedWriteStatus === 404 ? 'Not Found' : 'Unprocessable Entity', `Working time model ${id} was deleted`);
  return m;
}

/** pattern must be "weekly", start_date a real date, unique among the user's live models (switchable, §3.2). */
function checkModel(ctx: SimContext, attrs: Record<string, unknown>, userId: string, self: SeedModel | null, errors: ErrorObject[]): void {
  if ('pattern' in attrs || !self) {
    if (attrs.pattern === undefined || attrs.pattern === null) errors.push(invalid('/data/attributes/pattern', 'must be set'));
    else if (attrs.pattern !== 'weekly') errors.push(invalid('/data/attributes/pattern', 'must be weekly'));
  }
  if ('start_date' in attrs || !self) {
    const d = attrs.start_date;
    if (d === undefined || d === null || d === '') errors.push(invalid('/data/attributes/start_date', 'must be set'));
    else if (!isDate(d)) errors.push(invalid('/data/attributes/start_date', 'must be a valid date (YYYY-MM-DD)'));
    else if (ctx.settings.rejectDuplicateStartDate && modelsOf(ctx, userId).some((m) => m !== self && !m.discarded_at && m.start_date === d)) {
      errors.push(invalid('/data/attributes/start_date', 'has already been taken'));
    }
  }
}

export function addModelRoutes(router: Router, ctx: SimContext): void {
  const { state } = ctx;
  router.add(
    'GET',
    BASE,
    authed(ctx, (req) => {
      const u = findUser(ctx, req.params.user_id);
      const inc = parseInclude(req.query, INCLUDES).includes('weekly_workdays');
      const mine = visible(ctx, req, [...modelsOf(ctx, u.id)]);
      const byId = new Map(mine.map((m) => [m.id, m]));
      // Discarded models are listed too unless filtered out (papershift.md §2.8: the existence of
      // filter[discarded_at_blank] suggests so); sim.settings.hideDiscarded switches that.
      const items = queryCollection(
        mine.map((m) => modelResource(ctx, m, inc)),
        req.query,
        FIELDS,
      );
      const included = inc ? workdayResources(ctx, items.map((r) => byId.get(r.id)!)) : [];
      return respond(200, collection(items, included, req, ctx.origin(), { pageSize: ctx.settings.pageSize }));
    }),
  );
  router.add(
    'GET',
    `${BASE}/:id`,
    authed(ctx, (req) => single(ctx, req, findModel(ctx, findUser(ctx, req.params.user_id).id, req.params.id))),
  );
  router.add(
    'POST',
    BASE,
    authed(ctx, (req) => {
      const u = liveUser(ctx, req.params.user_id);
      parseInclude(req.query, INCLUDES);
      const attrs = checkAttributes(parseBody(req, 'working_time_model').attributes, WRITABLE, READ_ONLY);
      const errors: ErrorObject[] = [];
      checkModel(ctx, attrs, u.id, null, errors);
      throwIfAny(errors);
      // On create every workday is new: an `id` can only be foreign (422).
      const workdays = attrs.workdays === undefined ? [] : applyWorkdayOps(ctx, [], attrs.workdays);
      const m: SeedModel = { id: newId(), user_id: u.id, pattern: 'weekly', start_date: attrs.start_date as string, discarded_at: null, workdays };
      state.models.push(m);
      return single(ctx, req, m, 201);
    }),
  );
  router.add(
    'PUT',
    `${BASE}/:id`,
    authed(ctx, (req) => {
      const u = liveUser(ctx, req.params.user_id);
      const m = liveModel(ctx, u.id, req.params.id);
      parseInclude(req.query, INCLUDES);
      const attrs = checkAttributes(parseBody(req, 'working_time_model', m.id).attributes, WRITABLE, READ_ONLY);
      const errors: ErrorObject[] = [];
      checkModel(ctx, attrs, u.id, m, errors);
      throwIfAny(errors);
      // Validate everything before changing anything: a rejected PUT leaves the model as it was.
      const workdays = attrs.workdays === undefined ? m.workdays : applyWorkdayOps(ctx, m.workdays, attrs.workdays);
      if (typeof attrs.start_date === 'string') m.start_date = attrs.start_date;
      m.workdays = workdays;
      return single(ctx, req, m);
    }),
  );
  router.add(
    'DELETE',
    `${BASE}/:id`,
    authed(ctx, (req) => {
      const u = liveUser(ctx, req.params.user_id);
      const m = liveModel(ctx, u.id, req.params.id);
      // Soft delete: discarded_at set, 200 with the record (papershift.md §2.8, §3.2).
      m.discarded_at = nowIso();
      return single(ctx, req, m);
    }),
  );
}
