// Bad answers from the systems: HTML pages, truncated JSON, unexpected shapes, 401 without a body, redirects
// to a login page. Each is a clear error naming the system and the request (credentials redacted), exit 1,
// and nothing is written anywhere after a failed read.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProviderName } from '../../src/model/declarations.js';
import type { Fault } from '../../src/sim/common/server.js';
import { DATE, hardenedSandbox, stackLines, type Hardened, type SimKnobs } from './harness.js';
import { startProxy, type Answer, type Proxy } from './proxy.js';
import { mctimeState, writes } from './state.js';

let ext: Hardened | undefined;
let proxy: Proxy | undefined;
afterEach(async () => {
  await proxy?.close();
  await ext?.close();
  ext = proxy = undefined;
});

/** The first list inside a JSON answer turned into an object keyed by index: {"0": …, "1": …}. */
function firstListToObject(body: string): string {
  let done = false;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v) && !done) {
      done = true;
      return Object.fromEntries(v.map((x, i) => [String(i), x]));
    }
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return JSON.stringify(walk(JSON.parse(body)));
}

interface Case {
  name: string;
  system: ProviderName;
  /** A fault the simulator itself injects … */
  fault?: Fault;
  /** … or an answer the proxy puts in place of the real one, for GETs of paths matching `path`. */
  path?: RegExp;
  replace?: (real: Answer, secret: string) => Answer;
  /** What the error line must say after "<system>: GET <path>". */
  says: RegExp;
}

const CASES: Case[] = [
  {
    name: 'an HTML login page with 200',
    system: 'kimai',
    fault: { kind: 'html', status: 200, method: 'GET' },
    says: /text\/html instead of JSON/,
  },
  // A 502 page would be retried with backoff first (unit-tested in test/unit/http); a proxy's 403 page is final.
  {
    name: "a proxy's HTML 403 page",
    system: 'papershift',
    fault: { kind: 'html', status: 403, method: 'GET', pathPrefix: '/api/v1/users' },
    says: /403 with text\/html instead of JSON/,
  },
  {
    name: 'truncated JSON',
    system: 'mctime',
    fault: { kind: 'truncated', method: 'GET' },
    says: /invalid or truncated JSON/,
  },
  {
    name: 'a list that is an object (Kimai users)',
    system: 'kimai',
    path: /^\/api\/users\?/,
    replace: (r) => ({ ...r, body: firstListToObject(r.body) }),
    says: /./,
  },
  {
    name: 'a list that is an object (McTime users)',
    system: 'mctime',
    path: /^\/api\/v2\/auth\/users\?/,
    replace: (r) => ({ ...r, body: firstListToObject(r.body) }),
    says: /./,
  },
  {
    name: 'a list that is an object (Papershift users)',
    system: 'papershift',
    path: /^\/api\/v1\/users(\?|$)/,
    replace: (r) => ({ ...r, body: firstListToObject(r.body) }),
    says: /./,
  },
  {
    name: '401 with an empty body',
    system: 'kimai',
    path: /^\/api\/users/,
    replace: () => ({ status: 401, body: '' }),
    says: /401 Unauthorized \(empty answer; check the credentials\)/,
  },
  {
    name: 'a redirect to a login page (carrying the key)',
    system: 'mctime',
    path: /^\/api\/v2\/auth\/users/,
    replace: (_r, secret) => ({
      status: 302,
      headers: { location: `https://sso.example/login?api_key=${encodeURIComponent(secret)}&next=%2Fusers` },
      body: '',
    }),
    says: /redirected \(302\) to https:\/\/sso\.example\/login/,
  },
];

async function setUp(c: Case): Promise<Hardened> {
  const knobs: SimKnobs = c.fault ? { [c.system]: { faults: [c.fault] } } : {};
  const h = await hardenedSandbox(knobs);
  if (c.replace) {
    const secret = Object.values(h.sims[c.system].credentials).at(-1)!;
    proxy = await startProxy(h.sims[c.system].url, (method, path, real) =>
      method === 'GET' && c.path!.test(path) ? c.replace!(real, secret) : undefined,
    );
    const file = join(h.root, 'environments/ext/environment.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(`url: ${h.sims[c.system].url}`, `url: ${proxy.url}`),
    );
  }
  return h;
}

function secretsOf(h: Hardened): string[] {
  return Object.values(h.env).flatMap((v) => (v ? [v, encodeURIComponent(v)] : []));
}

describe('bad answers from the systems', () => {
  it.each(CASES)('$system: $name → a clear error, exit 1, no write', async (c) => {
    ext = await setUp(c);
    for (const command of [['plan'], ['apply', '--auto-approve']]) {
      const r = await ext.cli(...command, ...DATE);
      expect(r.code).toBe(1);
      expect(stackLines(r.stderr + r.stdout)).toEqual([]);
      const line = r.stderr
        .split('\n')
        .find((l) => l.startsWith(`Error: ${c.system}: `) && / GET \//.test(l));
      expect(line, r.stderr).toBeDefined();
      expect(line).toMatch(c.says);
      for (const s of secretsOf(ext)) expect(r.stdout + r.stderr).not.toContain(s);
    }
    expect(writes(ext.sims)).toEqual([]);
    expect(proxy?.log.filter((l) => !l.startsWith('GET ') && !l.startsWith('POST /auth/')) ?? []).toEqual([]);
  });
});

describe('answers to writes', () => {
  it('mctime: 200 with valid:false fails that change (the message shown), and the next apply makes it', async () => {
    // mctime.md §7.11: success is the status AND valid === true AND no item with valid === false.
    const refusal = {
      items: [{ message: 'userEmployments[0].basicData.employmentStart: invalid date', data: null, valid: false }],
      valid: false,
    };
    const fault: Fault = { kind: 'body', method: 'POST', pathPrefix: '/api/v2/auth/users', times: 1, body: refusal };
    ext = await hardenedSandbox({ mctime: { faults: [fault] } });
    const first = await ext.cli('apply', '--auto-approve', '--target', 'tobias.hofer', ...DATE);
    expect(first.code).toBe(1);
    expect(stackLines(first.stderr + first.stdout)).toEqual([]);
    expect(first.stdout).toMatch(
      /Failed: mctime:tobias\.hofer:user: mctime: POST \/users for tobias\.hofer failed: userEmployments\[0\]\.basicData\.employmentStart: invalid date/,
    );
    expect(fault.fired).toBe(1);
    const second = await ext.cli('apply', '--auto-approve', '--target', 'tobias.hofer', ...DATE);
    expect(second.code).toBe(0);
    expect((await ext.cli('plan', '--detailed-exitcode', '--target', 'tobias.hofer', ...DATE)).code).toBe(0);
    // The refused POST reached the server but made nobody: one user with that e-mail, from the second apply.
    const hofer = mctimeState(ext.sims.mctime).filter((u) => u.email === 'tobias.hofer@acme.example');
    expect(hofer).toHaveLength(1);
  });

  it('papershift: a soft-delete whose answer was lost and whose retry meets 404 is done, not failed', async () => {
    // The model is deleted, the answer lost (503 after the write); the client sends the DELETE again and gets 404.
    const fault: Fault = { kind: 'status', status: 503, method: 'DELETE', pathPrefix: '/api/v1/users/', after: true, times: 1 };
    ext = await hardenedSandbox({ papershift: { faults: [fault] } });
    const r = await ext.cli('apply', '--auto-approve', ...DATE);
    expect(stackLines(r.stderr + r.stdout)).toEqual([]);
    expect(fault.fired).toBe(1);
    const deletes = ext.sims.papershift.server.log.filter((l) => l.method === 'DELETE');
    expect(deletes.map((l) => l.status)).toEqual([503, 404]);
    expect(deletes[0]!.path).toBe(deletes[1]!.path);
    expect(r.code).toBe(0);
    expect((await ext.cli('plan', '--detailed-exitcode', ...DATE)).code).toBe(0);
  });

  it('mctime: a create whose answer lacks the new id is looked up, not failed or sent again', async () => {
    // mctime.md §3.3: the create answer's content is an assumption; "a client must not depend on that".
    const bare = { items: [{ message: 'Success!', data: {}, valid: null }], valid: true };
    const fault: Fault = { kind: 'body', method: 'POST', pathPrefix: '/api/v2/auth/users', times: 1, after: true, body: bare };
    ext = await hardenedSandbox({ mctime: { faults: [fault] } });
    const r = await ext.cli('apply', '--auto-approve', '--target', 'tobias.hofer', ...DATE);
    expect(stackLines(r.stderr + r.stdout)).toEqual([]);
    expect(fault.fired).toBe(1);
    expect(r.code).toBe(0);
    expect(mctimeState(ext.sims.mctime).filter((u) => u.email === 'tobias.hofer@acme.example')).toHaveLength(1);
    expect((await ext.cli('plan', '--detailed-exitcode', '--target', 'tobias.hofer', ...DATE)).code).toBe(0);
  });
});
