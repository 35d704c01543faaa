// Turns a raw answer (status, headers, full body text) into an HttpResponse, or into an HttpError whose
// message tells a user what went wrong: the API's own message, a redirect to a login page, an HTML error
// page from a proxy, or truncated JSON.
import { STATUS_CODES } from 'node:http';
import type { ProviderName } from '../model/declarations.js';
import { extractApiMessage } from './api-message.js';
import { HttpError, type HttpErrorInit } from './errors.js';
import { redact, redactDeep } from './redact.js';
import type { HttpRequest, HttpResponse } from './types.js';

export interface RawAnswer {
  status: number;
  /** Lower-case names, repeated headers joined with ", ". */
  headers: Record<string, string>;
  text: string;
}

export interface AnswerContext {
  system: ProviderName;
  req: HttpRequest;
  secrets: readonly string[];
  /** Retries spent on this request, mentioned in the message when the last answer still failed. */
  retries: number;
}

// application/json, application/vnd.api+json, application/problem+json — with or without parameters.
const JSON_TYPE = /^application\/(?:json|[\w.-]+\+json)\s*(?:;|$)/i;

export function isJsonContentType(contentType: string | undefined): boolean {
  return contentType !== undefined && JSON_TYPE.test(contentType.trim());
}

/** The first 80 characters of a body, on one line, for error messages. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** Builds an HttpError with everything user-visible redacted. */
export function httpError(
  ctx: AnswerContext,
  message: string,
  init: Omit<HttpErrorInit, 'system' | 'method' | 'path'>,
): HttpError {
  const suffix =
    ctx.retries > 0 ? ` (gave up after ${ctx.retries} ${ctx.retries === 1 ? 'retry' : 'retries'})` : '';
  return new HttpError(
    redact(`${ctx.system}: ${ctx.req.method} ${ctx.req.path} ${message}${suffix}`, ctx.secrets),
    {
      ...init,
      system: ctx.system,
      method: ctx.req.method,
      path: ctx.req.path,
      retries: ctx.retries,
      apiMessage: init.apiMessage === undefined ? undefined : redact(init.apiMessage, ctx.secrets),
      body: init.body === undefined ? undefined : redactDeep(init.body, ctx.secrets),
    },
  );
}

function statusLabel(status: number): string {
  const reason = STATUS_CODES[status];
  return reason ? `${status} ${reason}` : String(status);
}

/** error_description from `WWW-Authenticate: Bearer error="invalid_token",error_description="…"` (Kimai's 401). */
function authChallenge(headers: Record<string, string>): string | undefined {
  const m = /error_description="([^"]*)"/i.exec(headers['www-authenticate'] ?? '');
  return m?.[1] || undefined;
}

type Parsed = { ok: true; body: unknown } | { ok: false; problem: string };

function parseBody(answer: RawAnswer): Parsed {
  if (answer.text.trim() === '') return { ok: true, body: undefined };
  const type = answer.headers['content-type'];
  const looksJson = isJsonContentType(type);
  // Without a content type we still accept JSON; with a non-JSON one (an HTML error page) we do not guess.
  if (!looksJson && type)
    return {
      ok: false,
      problem: `with ${type.split(';')[0]?.trim()} instead of JSON ("${excerpt(answer.text)}")`,
    };
  try {
    return { ok: true, body: JSON.parse(answer.text) as unknown };
  } catch {
    const what = looksJson ? 'invalid or truncated JSON' : 'no content type and a body that is not JSON';
    return { ok: false, problem: `with ${what} ("${excerpt(answer.text)}")` };
  }
}

/** The response on 2xx; throws HttpError on 3xx, >= 400, and bodies that are not JSON. */
export function interpretAnswer(answer: RawAnswer, ctx: AnswerContext): HttpResponse {
  const { status, headers } = answer;
  if (status >= 300 && status < 400) {
    const to = headers.location ? ` to ${headers.location}` : '';
    throw httpError(ctx, `was redirected (${status})${to}; check the URL`, { status, kind: 'redirect' });
  }
  const parsed = parseBody(answer);
  if (!parsed.ok) throw httpError(ctx, `answered ${status} ${parsed.problem}`, { status, kind: 'format' });
  if (status < 300) return { status, headers, body: parsed.body };

  if (parsed.body === undefined) {
    const challenge = authChallenge(headers);
    const hint = status === 401 || status === 403 ? '; check the credentials' : '';
    const detail = challenge ? `: ${challenge}` : '';
    throw httpError(ctx, `failed with ${statusLabel(status)}${detail} (empty answer${hint})`, {
      status,
      kind: 'status',
      apiMessage: challenge,
    });
  }
  const apiMessage = extractApiMessage(parsed.body);
  const detail = apiMessage ? `: ${apiMessage}` : ` ("${excerpt(JSON.stringify(parsed.body))}")`;
  throw httpError(ctx, `failed with ${status}${detail}`, {
    status,
    kind: 'status',
    apiMessage,
    body: parsed.body,
  });
}
