import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { runSandbox } from '../../src/cli/sandbox.js';

function captureIo(): { io: Io; out: () => string } {
  let stdout = '';
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: () => true },
    stdin: new PassThrough(),
    env: {},
    color: false,
    today: () => '2026-11-23',
  };
  return { io, out: () => stdout };
}

describe('people sandbox', () => {
  it('starts the three simulators, answers each with its credentials, and stops on the signal', async () => {
    const { io, out } = captureIo();
    let stop!: () => void;
    const until = new Promise<void>((r) => (stop = r));
    const running = runSandbox({ root: mkdtempSync(join(tmpdir(), 'sb-')), env: 'none', reset: false, until }, io);
    for (let i = 0; i < 100 && !out().includes('environment.yaml'); i++) await new Promise((r) => setTimeout(r, 20));
    const text = out();
    const url = (name: string) => new RegExp(`${name}\\s+(http://127\\.0\\.0\\.1:\\d+\\S*)`).exec(text)?.[1];
    const env = (name: string) => new RegExp(`export ${name}=(\\S+)`).exec(text)?.[1];
    const kimai = await fetch(`${url('kimai')}/api/users/me`, { headers: { authorization: `Bearer ${env('KIMAI_TOKEN')}` } });
    expect(kimai.status).toBe(200);
    const signin = await fetch(`${url('papershift')}/auth/signin`, {
      method: 'POST',
      headers: { 'content-type': 'application/vnd.api+json', 'accept-language': 'en' },
      body: JSON.stringify({ data: { type: 'identity', data: { attributes: { email: env('PAPERSHIFT_EMAIL'), password: env('PAPERSHIFT_PASSWORD') } } } }),
    });
    expect(signin.status).toBe(200);
    expect(signin.headers.get('authorization')).toMatch(/^Bearer /);
    const mctime = await fetch(`${url('mctime')}/users`, { headers: { API_KEY: env('MCTIME_API_KEY')! } });
    expect(mctime.status).toBe(200);
    expect(text).toContain('providers:');
    stop();
    expect(await running).toBe(0);
    await expect(fetch(`${url('kimai')}/api/ping`)).rejects.toThrow();
  });
});
