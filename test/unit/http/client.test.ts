import { afterEach, describe, expect, it } from 'vitest';
import { bearerAuth, bearerFromResponse, headerAuth, sessionAuth } from '../../../src/http/auth.js';
import { createHttpClient, type HttpClientOptions } from '../../../src/http/client.js';
import { HttpError } from '../../../src/http/errors.js';
import type { HttpClient } from '../../../src/http/types.js';
import { json, startServer, type Handler, type TestServer } from './server.js';

const TOKEN = 's3cr3t-T0ken-value';
let server: TestServer | undefined;
let client: HttpClient | undefined;

afterEach(async () => {
  await client?.close();
  await server?.close();
  client = undefined;
  server = undefined;
});

// Small backoff values: the tests check behaviour, never durations.
async function setup(
  handler: Handler,
  opts: Partial<HttpClientOptions> = {},
): Promise<{ http: HttpClient; srv: TestServer }> {
  server = await startServer(handler);
  client = createHttpClient({
    system: 'kimai',
    baseUrl: server.url,
    auth: bearerAuth(TOKEN),
    retryBaseMs: 1,
    maxDelayMs: 5,
    defaultRetryAfterMs: 10,
    ...opts,
  });
  return { http: client, srv: server };
}

async function failure(p: Promise<unknown>): Promise<HttpError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(HttpError);
  return err as HttpError;
}

describe('createHttpClient', () => {
  it('sends auth, content type and a JSON body; parses the JSON answer', async () => {
    const { http, srv } = await setup((_req, res) => json(res, 201, { id: 7 }));
    const res = await http.send({ method: 'POST', path: '/api/users', body: { username: 'jdoe' } });
    expect(res).toMatchObject({ status: 201, body: { id: 7 } });
    expect(srv.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(srv.requests[0]?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(srv.requests[0]!.body)).toEqual({ username: 'jdoe' });
  });

  it('keeps a base URL path and accepts an empty body', async () => {
    const { http, srv } = await setup((_req, res) => res.writeHead(204).end(), {
      auth: headerAuth('API_KEY', 'k-123'),
    });
    client = http;
    const res = await http.send({ method: 'DELETE', path: '/users/1' });
    expect(res.body).toBeUndefined();
    expect(srv.requests[0]?.headers.api_key).toBe('k-123');
  });

  it('puts the base URL path before each request path, and decodes a body sent in pieces', async () => {
    const text = JSON.stringify({ name: 'Zoë Ünal — 東京' });
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    const cut = bytes.indexOf(Buffer.from('東', 'utf8')) + 1; // inside a three-byte character
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(bytes.subarray(0, cut));
      setTimeout(() => res.end(bytes.subarray(cut)), 5);
    });
    client = createHttpClient({ system: 'mctime', baseUrl: `${server.url}/api/v2/auth/`, auth: headerAuth('API_KEY', 'k') });
    const res = await client.send({ method: 'GET', path: '/users?page=2' });
    expect(server.requests[0]?.url).toBe('/api/v2/auth/users?page=2');
    // A UTF-8 byte order mark is dropped, as fetch and undici's body.text() do.
    expect(res.body).toEqual({ name: 'Zoë Ünal — 東京' });
  });

  it('sends the configured content type on every request, GET and DELETE included', async () => {
    const { http, srv } = await setup(
      (_req, res) =>
        json(res, 200, { data: [] }, { 'content-type': 'application/vnd.api+json; charset=utf-8' }),
      {
        contentType: 'application/vnd.api+json',
        headers: { 'accept-language': 'en' },
      },
    );
    const res = await http.send({ method: 'GET', path: '/api/v1/users' });
    await http.send({ method: 'DELETE', path: '/api/v1/users/1' });
    expect(res.body).toEqual({ data: [] });
    expect(srv.requests.map((r) => r.headers['content-type'])).toEqual([
      'application/vnd.api+json',
      'application/vnd.api+json',
    ]);
    expect(srv.requests.map((r) => r.headers['accept-language'])).toEqual(['en', 'en']);
  });

  it('retries a 429 with Retry-After (seconds and HTTP date), for POST too', async () => {
    const { http, srv } = await setup((req, res) => {
      if (req.n === 0) return json(res, 429, { message: 'slow down' }, { 'retry-after': '0' });
      if (req.n === 1)
        return json(res, 429, {}, { 'retry-after': new Date(Date.now() - 1000).toUTCString() });
      json(res, 201, { ok: true });
    });
    const res = await http.send({ method: 'POST', path: '/api/users', body: {} });
    expect(res.body).toEqual({ ok: true });
    expect(srv.requests).toHaveLength(3);
    expect(http.stats).toEqual({ requests: 3, retries: 2 });
  });

  it('retries a text/plain 429 without Retry-After after the default wait', async () => {
    const { http, srv } = await setup((req, res) => {
      if (req.n === 0) return res.writeHead(429, { 'content-type': 'text/plain' }).end('Retry later');
      json(res, 200, []);
    });
    await expect(http.send({ method: 'GET', path: '/x' })).resolves.toMatchObject({ status: 200 });
    expect(srv.requests).toHaveLength(2);
  });

  it('gives up on 429 after maxRetries and says so', async () => {
    const { http, srv } = await setup(
      (_req, res) => res.writeHead(429, { 'content-type': 'text/plain' }).end('Retry later'),
      { maxRetries: 2 },
    );
    const err = await failure(http.send({ method: 'GET', path: '/x' }));
    expect(srv.requests).toHaveLength(3);
    expect(err.status).toBe(429);
    expect(err.message).toBe(
      'kimai: GET /x answered 429 with text/plain instead of JSON ("Retry later") (gave up after 2 retries)',
    );
  });

  it('retries a 5xx for GET', async () => {
    const { http, srv } = await setup((req, res) =>
      req.n < 2 ? json(res, 503, { code: 503, message: 'Service Unavailable' }) : json(res, 200, [1]),
    );
    await expect(http.send({ method: 'GET', path: '/api/users' })).resolves.toMatchObject({ body: [1] });
    expect(srv.requests).toHaveLength(3);
  });

  it('never retries a POST create after a 5xx', async () => {
    const { http, srv } = await setup((_req, res) =>
      json(res, 500, { code: 500, message: 'Internal Server Error' }),
    );
    const err = await failure(http.send({ method: 'POST', path: '/api/users', body: { a: 1 } }));
    expect(srv.requests).toHaveLength(1);
    expect(err.message).toBe('kimai: POST /api/users failed with 500: Internal Server Error');
    expect(err.outcomeUnknown).toBe(true);
  });

  it('retries an idempotent POST after a 5xx, with the same body', async () => {
    const { http, srv } = await setup((req, res) =>
      req.n === 0 ? json(res, 502, {}) : json(res, 200, { ok: 1 }),
    );
    await http.send({ method: 'POST', path: '/users', body: { id: 5, name: 'x' }, idempotent: true });
    expect(srv.requests.map((r) => r.body)).toEqual(['{"id":5,"name":"x"}', '{"id":5,"name":"x"}']);
  });

  it('retries a reset connection for GET; reports it for a POST without retrying', async () => {
    const { http, srv } = await setup((req, res) => {
      if (req.n === 0 || req.method === 'POST') res.socket?.destroy();
      else json(res, 200, {});
    });
    await expect(http.send({ method: 'GET', path: '/a' })).resolves.toMatchObject({ status: 200 });
    const before = srv.requests.length;
    const err = await failure(http.send({ method: 'POST', path: '/b', body: {} }));
    expect(srv.requests.length - before).toBe(1);
    expect(err.status).toBe(0);
    expect(err.message).toMatch(/^kimai: POST \/b failed: connection (reset|closed) by the server/);
    expect(err.outcomeUnknown).toBe(true);
  });

  it('times out when no answer comes and says so', async () => {
    const { http } = await setup(() => undefined, { timeoutMs: 100, maxRetries: 1 });
    const err = await failure(http.send({ method: 'GET', path: '/slow' }));
    expect(err.kind).toBe('timeout');
    expect(err.message).toMatch(
      /^kimai: GET \/slow failed: timed out after 100 ms waiting for an answer \(http:\/\/127\.0\.0\.1:\d+\) \(gave up after 1 retry\)$/,
    );
  });

  it('times out when the body stops halfway, and retries a GET whose body was cut off', async () => {
    let cuts = 0;
    const { http, srv } = await setup(
      (req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"half":');
        if (req.url === '/cut' && cuts++ === 0) setTimeout(() => res.socket?.destroy(), 20);
        else if (req.url === '/cut') res.end('1}');
        // /stall: the rest never comes
      },
      { timeoutMs: 100, maxRetries: 1 },
    );
    const err = await failure(http.send({ method: 'GET', path: '/stall' }));
    expect(err.kind).toBe('timeout');
    expect(err.outcomeUnknown).toBe(true);
    await expect(http.send({ method: 'GET', path: '/cut' })).resolves.toMatchObject({ status: 200, body: { half: 1 } });
    expect(srv.requests.filter((r) => r.url === '/cut')).toHaveLength(2);
  });

  it('reports a refused connection with the origin', async () => {
    const srv = await startServer(() => undefined);
    const url = srv.url;
    await srv.close();
    client = createHttpClient({ system: 'kimai', baseUrl: url, auth: bearerAuth(TOKEN), maxRetries: 0 });
    const err = await failure(client.send({ method: 'GET', path: '/api/users' }));
    expect(err.message).toBe(`kimai: GET /api/users failed: connection refused (${url})`);
    expect(err.outcomeUnknown).toBe(false);
  });

  it('reports an HTML error page instead of JSON', async () => {
    const html = `<html><head><title>502 Bad Gateway</title></head><body>${'x'.repeat(200)}</body></html>`;
    const { http } = await setup(
      (_req, res) => res.writeHead(502, { 'content-type': 'text/html' }).end(html),
      { maxRetries: 0 },
    );
    const err = await failure(http.send({ method: 'GET', path: '/api/users' }));
    expect(err.message).toBe(
      `kimai: GET /api/users answered 502 with text/html instead of JSON ("${html.slice(0, 80)}…")`,
    );
  });

  it('reports truncated JSON', async () => {
    const { http } = await setup((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":[{"id":1},'),
    );
    const err = await failure(http.send({ method: 'GET', path: '/api/users' }));
    expect(err.kind).toBe('format');
    expect(err.message).toBe(
      'kimai: GET /api/users answered 200 with invalid or truncated JSON ("{"data":[{"id":1},")',
    );
  });

  it('explains a 401 with an empty body', async () => {
    const { http } = await setup((_req, res) =>
      res
        .writeHead(401, {
          'www-authenticate': 'Bearer error="invalid_token",error_description="Invalid credentials."',
        })
        .end(),
    );
    const err = await failure(http.send({ method: 'GET', path: '/api/users' }));
    expect(err.message).toBe(
      'kimai: GET /api/users failed with 401 Unauthorized: Invalid credentials. (empty answer; check the credentials)',
    );
  });

  it('treats a redirect as an error', async () => {
    const { http, srv } = await setup((_req, res) =>
      res.writeHead(302, { location: 'https://time.example.com/en/login' }).end(),
    );
    const err = await failure(http.send({ method: 'GET', path: '/api/users' }));
    expect(srv.requests).toHaveLength(1);
    expect(err.message).toBe(
      'kimai: GET /api/users was redirected (302) to https://time.example.com/en/login; check the URL',
    );
  });

  it('extracts the McTime envelope message', async () => {
    const { http } = await setup(
      (_req, res) =>
        json(res, 400, {
          items: [{ message: 'Overlapping employments', data: null, valid: false }],
          valid: false,
        }),
      { system: 'mctime', auth: headerAuth('API_KEY', 'key-1') },
    );
    const err = await failure(http.send({ method: 'POST', path: '/users', body: {} }));
    expect(err.message).toBe('mctime: POST /users failed with 400: Overlapping employments');
    expect(err.apiMessage).toBe('Overlapping employments');
  });

  it('respects the concurrency limit', async () => {
    const { http, srv } = await setup(
      async (_req, res) => {
        await new Promise((r) => setTimeout(r, 20));
        json(res, 200, {});
      },
      { concurrency: 3 },
    );
    await Promise.all(Array.from({ length: 15 }, (_, i) => http.send({ method: 'GET', path: `/u/${i}` })));
    expect(srv.requests).toHaveLength(15);
    expect(srv.maxInFlight).toBeLessThanOrEqual(3);
    expect(srv.maxInFlight).toBeGreaterThan(1);
  });

  it('never puts the token into error messages, bodies or log lines', async () => {
    const lines: string[] = [];
    const { http } = await setup(
      (req, res) =>
        req.n === 0
          ? json(res, 503, { message: `upstream rejected ${String(req.headers.authorization)}` })
          : json(res, 400, { message: `token ${TOKEN} is not allowed`, echo: req.headers.authorization }),
      { log: (l) => lines.push(l) },
    );
    const err = await failure(http.send({ method: 'GET', path: `/api/users?token=${TOKEN}` }));
    const everything = [err.message, err.apiMessage, JSON.stringify(err.body), ...lines].join('\n');
    expect(everything).not.toContain(TOKEN);
    expect(err.message).toBe(
      'kimai: GET /api/users?token=*** failed with 400: token *** is not allowed (gave up after 1 retry)',
    );
    expect(lines.length).toBe(1);
  });
});

describe('sessionAuth (Papershift sign-in)', () => {
  const signInHandler =
    (accepted: () => string, issued: string[]): Handler =>
    (req, res) => {
      if (req.url === '/auth/signin') {
        const token = `tok-${issued.length + 1}`;
        issued.push(token);
        return json(
          res,
          200,
          { data: { type: 'identity' } },
          { authorization: `Bearer ${token}`, 'content-type': 'application/vnd.api+json' },
        );
      }
      if (req.headers.authorization !== `Bearer ${accepted()}`) {
        return json(res, 401, {
          errors: [
            {
              status: '401',
              title: 'Unauthorized',
              detail: `token ${String(req.headers.authorization)} expired`,
            },
          ],
        });
      }
      json(res, 200, { data: [] });
    };

  function papershift(srv: TestServer): HttpClient {
    return createHttpClient({
      system: 'papershift',
      baseUrl: srv.url,
      contentType: 'application/vnd.api+json',
      retryBaseMs: 1,
      auth: sessionAuth({
        secrets: ['pw-secret'],
        signIn: async (raw) =>
          bearerFromResponse(
            await raw({
              method: 'POST',
              path: '/auth/signin',
              body: {
                data: { type: 'identity', data: { attributes: { email: 'a@b.c', password: 'pw-secret' } } },
              },
            }),
          ),
      }),
    });
  }

  it("waits the sign-in window, not the general one, after a sign-in answered 429", async () => {
    let signIns = 0;
    server = await startServer((req, res) => {
      if (req.url === '/auth/signin') {
        signIns++;
        // Rack::Attack's default answer: text/plain, no Retry-After (papershift.md §2.5).
        if (signIns === 1) return void res.writeHead(429, { 'content-type': 'text/plain' }).end('Retry later\n');
        return json(res, 200, { data: { type: 'identity' } }, { authorization: 'Bearer tok-1' });
      }
      json(res, 200, { data: [] });
    });
    // The general wait is ten minutes: if the sign-in used it, this test would time out.
    client = createHttpClient({
      system: 'papershift',
      baseUrl: server.url,
      contentType: 'application/vnd.api+json',
      defaultRetryAfterMs: 600_000,
      signInRetryAfterMs: 5,
      auth: sessionAuth({
        secrets: [],
        signIn: async (raw) => bearerFromResponse(await raw({ method: 'POST', path: '/auth/signin', body: {} })),
      }),
    });
    expect((await client.send({ method: 'GET', path: '/api/v1/users' })).status).toBe(200);
    expect(signIns).toBe(2);
  });

  it('signs in once for concurrent requests, and again once after a 401', async () => {
    const issued: string[] = [];
    let accepted = 'tok-1';
    server = await startServer(signInHandler(() => accepted, issued));
    client = papershift(server);
    await Promise.all([1, 2, 3].map(() => client!.send({ method: 'GET', path: '/api/v1/users' })));
    expect(issued).toEqual(['tok-1']);
    accepted = 'tok-2';
    await Promise.all([1, 2, 3].map(() => client!.send({ method: 'GET', path: '/api/v1/users' })));
    expect(issued).toEqual(['tok-1', 'tok-2']);
    // requests on the wire: 1 sign-in + 3, then 3 rejected + 1 sign-in + 3
    expect(client.stats.requests).toBe(11);
    expect(server.requests.every((r) => r.headers['content-type'] === 'application/vnd.api+json')).toBe(true);
  });

  it('re-authenticates only once when the 401 persists, and redacts the session token', async () => {
    const issued: string[] = [];
    server = await startServer(signInHandler(() => 'never', issued));
    client = papershift(server);
    const err = await failure(client.send({ method: 'GET', path: '/api/v1/users' }));
    expect(issued).toEqual(['tok-1', 'tok-2']);
    expect(err.status).toBe(401);
    expect(err.message).toBe(
      'papershift: GET /api/v1/users failed with 401: Unauthorized: token Bearer *** expired',
    );
    expect(err.message).not.toMatch(/tok-\d/);
  });

  it('reports a failed sign-in with the API message and without the password', async () => {
    server = await startServer((_req, res) =>
      json(res, 401, { errors: [{ status: '401', title: 'Invalid email or password pw-secret' }] }),
    );
    client = papershift(server);
    const err = await failure(client.send({ method: 'GET', path: '/api/v1/users' }));
    expect(err.message).toBe('papershift: POST /auth/signin failed with 401: Invalid email or password ***');
  });
});
