// Plain http:// to anything but loopback is refused (credentials would travel unencrypted) unless
// --allow-insecure-http is given — for plan, apply and drift alike, before any request is sent.
import { mkdirSync, mkdtempSync, cpSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeed } from '../../src/runtime/simulators.js';
import type { Simulator } from '../../src/sim/common/types.js';
import { startSimulator } from '../../src/sim/start.js';
import { runCli } from '../helpers/cli.js';
import { DATE, stackLines } from './harness.js';

let kimai: Simulator;
let root: string;
const TOKEN = 'insecureTok+Secret/31==';

beforeAll(async () => {
  const seed = readSeed(join(process.cwd(), 'environments/sandbox')) as {
    kimai: { users: Array<{ apiToken?: string }> };
  };
  for (const u of seed.kimai.users) if (u.apiToken === 'sandbox-kimai-token-0001') u.apiToken = TOKEN;
  kimai = await startSimulator('kimai', { seed: seed.kimai });
  root = mkdtempSync(join(tmpdir(), 'people-http-'));
  const dir = join(root, 'environments/ext');
  mkdirSync(join(root, 'plans'), { recursive: true });
  mkdirSync(join(dir, 'people'), { recursive: true });
  cpSync(join(process.cwd(), 'environments/sandbox/contracts.yaml'), join(dir, 'contracts.yaml'));
  writeFileSync(
    join(dir, 'people/jane.yaml'),
    'key: jane.doe\nfirstName: Jane\nlastName: Doe\nemail: jane.doe@acme.example\ncontracts:\n  - { start: 2025-01-01, template: full-time-40 }\nsystems:\n  kimai: { username: jdoe }\n',
  );
  // 0.0.0.0 reaches this machine but is not a loopback name: it stands for any non-loopback host here.
  writeFileSync(
    join(dir, 'environment.yaml'),
    `providers:\n  kimai:\n    url: http://0.0.0.0:${kimai.server.port}\n    token: \${KIMAI_TOKEN}\npolicy: { maxChangesPercent: 100 }\n`,
  );
});
afterAll(async () => kimai?.close());

const cli = (...args: string[]) =>
  runCli([...args, '--env', 'ext', '--root', root], { env: { KIMAI_TOKEN: TOKEN } });

describe('http:// other than loopback', () => {
  it.each([[['plan']], [['apply', '--auto-approve']], [['drift']]])(
    '%j is refused without --allow-insecure-http, sending nothing',
    async (command) => {
      const r = await cli(...command, ...DATE);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`kimai: refusing plain http:// URL http://0.0.0.0:${kimai.server.port}`);
      expect(r.stderr).toContain('--allow-insecure-http');
      expect(stackLines(r.stderr)).toEqual([]);
      expect(r.stderr + r.stdout).not.toContain(TOKEN);
      expect(kimai.server.log).toEqual([]);
    },
  );

  it('is used with --allow-insecure-http', async () => {
    const r = await cli('plan', '--allow-insecure-http', ...DATE);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Plan:');
    expect(kimai.server.log.length).toBeGreaterThan(0);
  });
});
