import { MockAgent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { extractApiMessage } from '../../../src/http/api-message.js';
import { bearerAuth } from '../../../src/http/auth.js';
import { createHttpClient } from '../../../src/http/client.js';
import { redact } from '../../../src/http/redact.js';
import { excerpt, isJsonContentType } from '../../../src/http/response.js';
import {
  backoffMs,
  parseRetryAfter,
  shouldRetryNetwork,
  shouldRetryStatus,
} from '../../../src/http/retry.js';

describe('extractApiMessage', () => {
  it('reads Kimai form errors, nested fields and form-level errors', () => {
    const body = {
      code: 400,
      message: 'Validation Failed',
      errors: {
        errors: ['This form should not contain extra fields.'],
        children: {
          username: { errors: ['The username is already used.'] },
          email: {},
          preferences: { children: { timezone: { errors: ['Invalid timezone'] } } },
        },
      },
    };
    expect(extractApiMessage(body)).toBe(
      'Validation Failed: This form should not contain extra fields.; username: The username is already used.; preferences.timezone: Invalid timezone',
    );
    expect(extractApiMessage({ code: 404, message: 'Not Found' })).toBe('Not Found');
  });

  it('reads Papershift JSON:API errors with pointers', () => {
    const body = {
      errors: [
        {
          status: '422',
          title: 'Invalid attribute',
          detail: 'must be set',
          source: { pointer: '/data/attributes/email' },
        },
        { status: '422', title: 'Taken', detail: 'Taken' },
      ],
    };
    expect(extractApiMessage(body)).toBe('Invalid attribute: must be set (/data/attributes/email); Taken');
  });

  it('reads the McTime envelope', () => {
    const body = {
      items: [
        { message: 'ok', valid: null },
        { message: 'User not found', data: null, valid: false },
      ],
      valid: false,
    };
    expect(extractApiMessage(body)).toBe('User not found');
    expect(extractApiMessage({ items: [], valid: false, message: 'Bad request' })).toBe('Bad request');
  });

  it('returns undefined for bodies without a message', () => {
    expect(extractApiMessage({ foo: 1 })).toBeUndefined();
    expect(extractApiMessage(null)).toBeUndefined();
    expect(extractApiMessage([1, 2])).toBeUndefined();
  });
});

describe('retry policy', () => {
  it('retries 429 always, 5xx only when repeatable', () => {
    expect(shouldRetryStatus(429, { method: 'POST', path: '/' })).toBe(true);
    expect(shouldRetryStatus(503, { method: 'POST', path: '/' })).toBe(false);
    expect(shouldRetryStatus(503, { method: 'POST', path: '/', idempotent: true })).toBe(true);
    expect(shouldRetryStatus(502, { method: 'GET', path: '/' })).toBe(true);
    expect(shouldRetryStatus(501, { method: 'GET', path: '/' })).toBe(false);
    expect(shouldRetryStatus(400, { method: 'GET', path: '/' })).toBe(false);
    expect(shouldRetryNetwork('ECONNRESET', { method: 'PUT', path: '/' })).toBe(false);
    expect(shouldRetryNetwork('ECONNRESET', { method: 'PUT', path: '/', idempotent: true })).toBe(true);
    expect(shouldRetryNetwork('ENOTFOUND', { method: 'GET', path: '/' })).toBe(false);
  });

  it('parses Retry-After as seconds or HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('86400', now)).toBe(300_000);
  });

  it('backs off exponentially with jitter, capped', () => {
    expect(backoffMs(0, 500, 30_000, () => 0)).toBe(250);
    expect(backoffMs(0, 500, 30_000, () => 1)).toBe(500);
    expect(backoffMs(3, 500, 30_000, () => 1)).toBe(4000);
    expect(backoffMs(10, 500, 30_000, () => 1)).toBe(30_000);
  });
});

describe('helpers', () => {
  it('redacts secrets in every form and any Bearer token', () => {
    expect(redact('key a+b/c and a%2Bb%2Fc and Bearer xyz.123', ['a+b/c'])).toBe(
      'key *** and *** and Bearer ***',
    );
    expect(redact('nothing', [''])).toBe('nothing');
    expect(redact('abcdef', ['abc', 'abcdef'])).toBe('***');
  });

  it('recognises JSON content types', () => {
    expect(isJsonContentType('application/json')).toBe(true);
    expect(isJsonContentType('application/json; charset=utf-8')).toBe(true);
    expect(isJsonContentType('application/vnd.api+json')).toBe(true);
    expect(isJsonContentType('text/html')).toBe(false);
    expect(isJsonContentType('application/jsonp')).toBe(false);
    expect(isJsonContentType(undefined)).toBe(false);
  });

  it('cuts excerpts to one line of 80 characters', () => {
    expect(excerpt('a\n  b')).toBe('a b');
    expect(excerpt('x'.repeat(100))).toBe(`${'x'.repeat(80)}…`);
  });
});

describe('with an injected dispatcher (MockAgent)', () => {
  let agent: MockAgent | undefined;
  afterEach(async () => {
    await agent?.close();
  });

  it('uses the dispatcher and reports a JSON body without content type', async () => {
    agent = new MockAgent();
    agent.disableNetConnect();
    const pool = agent.get('https://time.example.com');
    pool.intercept({ path: '/api/ping', method: 'GET' }).reply(200, '{"message":"pong"}');
    pool.intercept({ path: '/api/ping', method: 'GET' }).reply(200, 'pong');
    const http = createHttpClient({
      system: 'kimai',
      baseUrl: 'https://time.example.com/',
      auth: bearerAuth('t0ken'),
      dispatcher: agent,
    });
    await expect(http.send({ method: 'GET', path: '/api/ping' })).resolves.toMatchObject({
      body: { message: 'pong' },
    });
    await expect(http.send({ method: 'GET', path: '/api/ping' })).rejects.toThrow(
      'kimai: GET /api/ping answered 200 with no content type and a body that is not JSON ("pong")',
    );
    await http.close();
    agent.assertNoPendingInterceptors();
  });
});

describe('configuration errors', () => {
  it('rejects a missing or non-http base URL with a clear message', () => {
    expect(() => createHttpClient({ system: 'kimai', baseUrl: '', auth: bearerAuth('t') })).toThrow(
      'kimai: the URL "" is not a valid http(s) URL; check providers.kimai.url',
    );
    expect(() => createHttpClient({ system: 'mctime', baseUrl: 'ftp://x', auth: bearerAuth('t') })).toThrow(
      /not a valid http\(s\) URL/,
    );
  });
});
