import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadEnvironment } from '../../../src/config/load.js';
import { runValidate } from '../../../src/cli/validate.js';
import type { Io } from '../../../src/cli/io.js';
import { writeEnv } from './helpers.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function fakeIo(): { io: Io; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const io: Io = {
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    stdin: new PassThrough(),
    env: {},
    color: false,
    today: () => '2026-05-01',
  };
  return { io, out: () => out, err: () => err };
}

describe('environments/sandbox', () => {
  it('validates with no environment variables set', async () => {
    const r = await loadEnvironment({ root, env: 'sandbox', processEnv: {} });
    if (!r.ok)
      throw new Error(r.errors.map((e) => `${e.file}:${e.line}:${e.col} ${e.path}: ${e.message}`).join('\n'));
    const { decl } = r;
    expect(decl.people.length).toBeGreaterThanOrEqual(12);
    expect(decl.policy).toMatchObject({ unmanaged: 'report', maxChangesPercent: 50 });
    expect(Object.keys(decl.providers).sort()).toEqual(['kimai', 'mctime', 'papershift']);
    const contracts = decl.people.flatMap((p) => p.contracts);
    expect(new Set(contracts.map((c) => c.type))).toEqual(new Set(['day', 'week', 'month']));
    expect(decl.people.some((p) => p.leaveDate === '2026-06-30')).toBe(true);
    expect(decl.people.some((p) => p.contracts.length === 2)).toBe(true);
    expect(decl.secrets).toEqual([]);
  });

  it('normalises: seconds, resolved templates with overrides, day work days', async () => {
    const r = await loadEnvironment({ root, env: 'sandbox', processEnv: {} });
    if (!r.ok) throw new Error('sandbox does not validate');
    const byKey = new Map(r.decl.people.map((p) => [p.key, p]));
    const kat = byKey.get('katharina.bauer')!.contracts[0]!;
    expect(kat).toMatchObject({
      type: 'week',
      weeklySeconds: 144000,
      vacationDays: 35,
      publicHolidayGroup: 3,
      template: 'full-time-40',
    });
    const max = byKey.get('maximilian.huber')!.contracts[0]!;
    expect(max.days).toEqual({ mon: 27000, tue: 27000, wed: 27000, thu: 27000, fri: 27000, sat: 0, sun: 0 });
    expect(max.workDays).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(byKey.get('marie.koch')!.systems).toEqual({
      kimai: { username: 'mkoch', roles: ['ROLE_TEAMLEAD'], title: 'Controlling' },
    });
    expect(byKey.get('lena.schneider')!.systems.mctime!.fields).toMatchObject({
      gender: 'female',
      birthDate: '2002-11-03',
    });
    expect(r.decl.defaults.kimai).toEqual({ language: 'de', locale: 'de_DE', timezone: 'Europe/Berlin' });
  });

  it('has a digest that ignores formatting and positions', async () => {
    const a = await loadEnvironment({ root, env: 'sandbox', processEnv: {} });
    const files = { 'people/x.yaml': 'key: x\nfirstName: X\nlastName: Y\nemail: x@example.com\n' };
    const b = await loadEnvironment({ root: writeEnv(files), env: 'acme', processEnv: {} });
    const c = await loadEnvironment({
      root: writeEnv({
        'people/x.yaml': '# moved around\nemail:   x@example.com\nkey: "x"\nlastName: Y\nfirstName: X\n',
      }),
      env: 'acme',
      processEnv: {},
    });
    if (!a.ok || !b.ok || !c.ok) throw new Error('expected all to load');
    expect(a.decl.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(b.decl.digest).toBe(c.decl.digest);
    expect(a.decl.digest).not.toBe(b.decl.digest);
  });
});

describe('runValidate', () => {
  it('prints a one-line summary and exits 0', async () => {
    const { io, out, err } = fakeIo();
    expect(await runValidate({ root, env: 'sandbox', format: 'text' }, io)).toBe(0);
    expect(out()).toMatch(
      /^sandbox: \d+ people, \d+ contracts, \d+ employments; providers: kimai, papershift, mctime\n$/,
    );
    expect(err()).toBe('');
  });

  it('prints json', async () => {
    const { io, out } = fakeIo();
    expect(await runValidate({ root, env: 'sandbox', format: 'json' }, io)).toBe(0);
    expect(JSON.parse(out())).toMatchObject({ ok: true, providers: ['kimai', 'papershift', 'mctime'] });
  });

  it('prints every error on stderr and exits 1', async () => {
    const r = writeEnv({ 'people/a.yaml': 'key: A\nfirstName: A\nlastName: B\nemail: nope\n' });
    const { io, out, err } = fakeIo();
    expect(await runValidate({ root: r, env: 'acme', format: 'text' }, io)).toBe(1);
    expect(out()).toBe('');
    expect(err()).toBe(
      [
        `environments/acme/people/a.yaml:1:6 key: may only contain a-z, 0-9, '.', '_' and '-' (got "A")`,
        `environments/acme/people/a.yaml:4:8 email: must be an e-mail address (got "nope")`,
        '',
      ].join('\n'),
    );
  });

  it('reports errors as json on stdout', async () => {
    const { io, out } = fakeIo();
    expect(await runValidate({ root, env: 'nowhere', format: 'json' }, io)).toBe(1);
    expect(JSON.parse(out())).toEqual({
      ok: false,
      errors: [
        {
          file: 'environments/nowhere',
          line: 0,
          col: 0,
          path: '',
          message: expect.stringContaining('sandbox'),
        },
      ],
    });
  });
});
