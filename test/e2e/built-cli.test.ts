// Smoke tests through the built CLI (bin/people.js → dist/), as a user runs it: Node is stricter than tsx/vitest
// about ESM/CJS interop, so this catches what the in-process tests cannot. `npm ci` builds dist (prepare).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const bin = join(process.cwd(), 'bin', 'people.js');

// Always rebuild: a dist/ left from an older checkout would test old code.
beforeAll(() => {
  const build = spawnSync('npm', ['run', 'build'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
}, 120_000);

describe('the built CLI', () => {
  it('prints help and validates the sandbox', () => {
    const help = spawnSync('node', [bin, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: people');
    const validate = spawnSync('node', [bin, 'validate', '--env', 'sandbox'], { encoding: 'utf8' });
    expect(validate.status).toBe(0);
    expect(validate.stdout).toMatch(/^sandbox: \d+ people/);
  });

  it('points at the line and column of a mistake (the YAML library is loaded only for such a file)', () => {
    const root = mkdtempSync(join(tmpdir(), 'bad-'));
    cpSync(join(process.cwd(), 'environments', 'sandbox'), join(root, 'environments', 'sandbox'), { recursive: true });
    writeFileSync(
      join(root, 'environments', 'sandbox', 'people', 'zz-typo.yaml'),
      'key: zz.typo\nfirstName: Zoe\nlastName: Typo\nemail: zoe@example.com\nfirstname: Zoe\n',
    );
    const validate = spawnSync('node', [bin, 'validate', '--root', root, '--env', 'sandbox'], { encoding: 'utf8' });
    expect(validate.status).toBe(1);
    expect(validate.stderr).toMatch(/environments\/sandbox\/people\/zz-typo\.yaml:5:1 .*firstname/);
    expect(validate.stderr).not.toMatch(/\n\s+at /);
  });

  it('runs the sandbox until SIGINT and stops cleanly', async () => {
    const child = spawn('node', [bin, 'sandbox', '--root', mkdtempSync(join(tmpdir(), 'sb-'))], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    await new Promise<void>((resolve, reject) => {
      // "environment.yaml:" on its own line comes after the credentials (the same words earlier end in "):").
      child.stdout.on('data', () => out.includes('\nenvironment.yaml:\n') && resolve());
      child.on('exit', () => reject(new Error(`sandbox exited early: ${out}`)));
    });
    const kimai = /kimai\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(out)![1]!;
    const token = /export KIMAI_TOKEN=(\S+)/.exec(out)![1]!;
    const me = await fetch(`${kimai}/api/users/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(out).toContain('Stopping the simulators.');
    await expect(fetch(`${kimai}/api/ping`)).rejects.toThrow();
  });
});
