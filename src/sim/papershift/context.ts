// What every route module of the Papershift simulator shares: state, switches, tokens, and the route wrapper
// that enforces the rules common to every request (content type, Bearer token, JSON:API errors).
import type { Handler, SimRequest, SimResponse } from '../common/server.js';
import { ApiFailure, errorObject, errorResponse, isJsonApiContentType } from './jsonapi.js';
import { GroupIndex } from '../common/group-index.js';
import type { PapershiftState, SeedIdentity, SeedModel } from './state.js';

/** Switches for behaviour the docs leave open (papershift.md §5, §7); all mutable at run time via `sim.settings`. */
export interface PapershiftSimSettings {
  /** 5 requests / 20 s per IP on /auth/* (papershift.md §2.5); null switches it off. */
  authRateLimit: { requests: number; windowMs: number } | null;
  /** Opt-in JSON:API paging: default page size; null = whole collections, no links (papershift.md §2.7). */
  pageSize: number | null;
  /** Status for a missing / wrong Content-Type (the exact code is unknown; papershift.md §5). */
  mediaTypeStatus: 415 | 400;
  /** A request without `Accept-Language: de|en` gets a 400 (papershift.md §2.1 lists it with the required headers). */
  requireLanguage: boolean;
  /** Lists hide discarded records unless filtered (false: they are included, papershift.md §2.8). */
  hideDiscarded: boolean;
  /** Two workdays with one day_of_week in a model → 422. */
  rejectDuplicateWorkdays: boolean;
  /** Two live models of one user with one start_date → 422. */
  rejectDuplicateStartDate: boolean;
  /** Type name of the included workday records (unverified, papershift.md §3.2). */
  workdayType: string;
  /** Status for PUT/DELETE on a discarded model. */
  discardedWriteStatus: 404 | 422;
}

export const DEFAULT_SETTINGS: PapershiftSimSettings = {
  authRateLimit: { requests: 5, windowMs: 20_000 },
  pageSize: null,
  mediaTypeStatus: 415,
  requireLanguage: true,
  hideDiscarded: false,
  rejectDuplicateWorkdays: true,
  rejectDuplicateStartDate: true,
  workdayType: 'weekly_workday',
  discardedWriteStatus: 404,
};

export type Identity = Required<SeedIdentity>;

export interface SimContext {
  state: PapershiftState;
  settings: PapershiftSimSettings;
  /** Bearer token → identity id. Sign-out deletes the entry. */
  tokens: Map<string, string>;
  /** Origin of the server, for absolute paging links. */
  origin(): string;
  /** Users by id and models by user id, so a request does not scan every record. */
  index: { user: GroupIndex<PapershiftState['users'][number]>; models: GroupIndex<SeedModel> };
}

export function newIndexes(): SimContext['index'] {
  return { user: new GroupIndex((u) => u.id), models: new GroupIndex((m) => m.user_id) };
}

export function userById(ctx: SimContext, id: string | undefined): PapershiftState['users'][number] | undefined {
  return id === undefined ? undefined : ctx.index.user.first(ctx.state.users, id);
}

export function modelsOf(ctx: SimContext, userId: string): readonly SeedModel[] {
  return ctx.index.models.get(ctx.state.models, userId);
}

export type AuthedHandler = (req: SimRequest, who: Identity) => SimResponse | Promise<SimResponse>;

function unauthorized(detail: string): never {
  throw new ApiFailure(401, [errorObject(401, 'Unauthorized', detail)]);
}

/** The identity behind the request's Bearer token; 401 when missing, unknown, revoked, or its user is locked out. */
export function authenticate(ctx: SimContext, req: SimRequest): Identity {
  const header = req.headers.authorization;
  const m = header ? /^Bearer (\S+)$/.exec(header) : null;
  if (!m) unauthorized('Missing Bearer token');
  const identityId = ctx.tokens.get(m[1]!);
  const who = ctx.state.identities.find((i) => i.id === identityId);
  if (!who) unauthorized('Invalid or revoked token');
  // papershift.md §3.1: a deactivated user is logged out of the account at once.
  const user = userById(ctx, who.userId);
  if (!user || user.status === 'deactivated' || user.discarded_at) unauthorized('The user of this identity is deactivated');
  return who;
}

function catchFailures(run: (req: SimRequest) => SimResponse | Promise<SimResponse>): Handler {
  return async (req) => {
    try {
      return await run(req);
    } catch (err) {
      if (err instanceof ApiFailure) return errorResponse(err.status, err.errors);
      throw err;
    }
  };
}

/**
 * Content-Type is required on EVERY request, GET and DELETE included (papershift.md §2.1 "on every request").
 * A real server may well ignore it on body-less requests; rejecting is the stricter choice, so a client that
 * forgets it fails here rather than against production.
 */
export function checkMediaType(ctx: SimContext, req: SimRequest): void {
  if (!isJsonApiContentType(req.headers['content-type'])) {
    const status = ctx.settings.mediaTypeStatus;
    throw new ApiFailure(status, [
      errorObject(status, 'Unsupported Media Type', 'Send Content-Type: application/vnd.api+json on every request', { parameter: 'Content-Type' }),
    ]);
  }
  checkLanguage(ctx, req);
}

/**
 * `Accept-Language` picks the language of the server's messages, `de` or `en` (papershift.md §2.1, "required
 * headers"). What the real server does without it is unknown; as with Content-Type, the sim takes the strict view.
 */
function checkLanguage(ctx: SimContext, req: SimRequest): void {
  if (!ctx.settings.requireLanguage) return;
  const raw: string | string[] | undefined = req.headers['accept-language'];
  const header = typeof raw === 'string' ? raw : (raw?.[0] ?? '');
  const first = header.split(',')[0]!.split(';')[0]!.trim().toLowerCase();
  if (/^(de|en)(-[a-z0-9]+)*$/.test(first)) return;
  throw new ApiFailure(400, [
    errorObject(400, 'Bad Request', 'Send Accept-Language: de or en on every request', { parameter: 'Accept-Language' }),
  ]);
}

/** Wraps an /api/v1 handler: media type, then Bearer auth, then the handler; ApiFailure → errors document. */
export function authed(ctx: SimContext, handler: AuthedHandler): Handler {
  return catchFailures((req) => {
    checkMediaType(ctx, req);
    const who = authenticate(ctx, req);
    return handler(req, who);
  });
}

/** Wraps a handler that needs no token (sign-in). */
export function open(ctx: SimContext, handler: (req: SimRequest) => SimResponse | Promise<SimResponse>): Handler {
  return catchFailures((req) => {
    checkMediaType(ctx, req);
    return handler(req);
  });
}
