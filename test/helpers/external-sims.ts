// Simulators started by the test (not in-process by the tool), so tests can inject faults and inspect state;
// an environment folder pointing at them with credentials passed through ${NAME} variables.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProviderName } from '../../src/model/declarations.js';
import type { Knobs } from '../../src/sim/common/server.js';
import type { Simulator } from '../../src/sim/common/types.js';
import { startSimulator } from '../../src/sim/start.js';
import { readSeed } from '../../src/runtime/simulators.js';

export interface ExternalSandbox {
  root: string;
  sims: Record<ProviderName, Simulator>;
  env: NodeJS.ProcessEnv;
  close(): Promise<void>;
}

/** The sandbox declarations, pointed at simulators seeded with the sandbox seed. */
export async function externalSandbox(knobs: Partial<Record<ProviderName, Partial<Knobs>>> = {}, policy = 'policy: { unmanaged: report, maxChangesPercent: 100 }'): Promise<ExternalSandbox> {
  const seed = readSeed(join(process.cwd(), 'environments', 'sandbox'));
  const sims = {
    kimai: await startSimulator('kimai', { seed: seed.kimai, knobs: knobs.kimai }),
    papershift: await startSimulator('papershift', { seed: seed.papershift, knobs: knobs.papershift }),
    mctime: await startSimulator('mctime', { seed: seed.mctime, knobs: knobs.mctime }),
  };
  const root = mkdtempSync(join(tmpdir(), 'people-ext-'));
  const dir = join(root, 'environments', 'ext');
  mkdirSync(join(root, 'plans'), { recursive: true });
  cpSync(join(process.cwd(), 'environments', 'sandbox', 'people'), join(dir, 'people'), { recursive: true });
  cpSync(join(process.cwd(), 'environments', 'sandbox', 'contracts.yaml'), join(dir, 'contracts.yaml'));
  writeFileSync(
    join(dir, 'environment.yaml'),
    [
      'providers:',
      '  kimai:',
      `    url: ${sims.kimai.url}`,
      '    token: ${KIMAI_TOKEN}',
      '  papershift:',
      `    url: ${sims.papershift.url}`,
      '    email: ${PAPERSHIFT_EMAIL}',
      '    password: ${PAPERSHIFT_PASSWORD}',
      '  mctime:',
      `    url: ${sims.mctime.url}`,
      '    apiKey: ${MCTIME_API_KEY}',
      policy,
      '',
    ].join('\n'),
  );
  const env = {
    KIMAI_TOKEN: sims.kimai.credentials.token,
    PAPERSHIFT_EMAIL: sims.papershift.credentials.email,
    PAPERSHIFT_PASSWORD: sims.papershift.credentials.password,
    MCTIME_API_KEY: sims.mctime.credentials.apiKey,
  };
  return {
    root,
    sims,
    env,
    close: async () => {
      await Promise.all(Object.values(sims).map((s) => s.close()));
    },
  };
}
