// One property run's world: simulators started from the generated seeds (no latency) and a temporary root
// whose environment points at them, with the generated people written as YAML files.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { ProviderName } from '../../../src/model/declarations.js';
import type { Simulator } from '../../../src/sim/common/types.js';
import { startSimulator } from '../../../src/sim/start.js';
import { TEMPLATES, type GenPerson } from './declarations.js';
import { personYaml } from './person-yaml.js';
import type { Seeds } from './starting-state.js';

export const ENV = 'prop';

export interface World {
  root: string;
  sims: Record<ProviderName, Simulator>;
  env: NodeJS.ProcessEnv;
  close(): Promise<void>;
}

/**
 * People files. `mixed`: most one person a file, every third file a `people:` list of two, to cover both
 * forms. `reversed`: one `people:` list in reverse order, in a sub-folder (same people, other layout).
 */
function writePeople(dir: string, people: readonly GenPerson[], layout: 'mixed' | 'reversed'): void {
  mkdirSync(dir, { recursive: true });
  if (layout === 'reversed') {
    mkdirSync(join(dir, 'all'));
    writeFileSync(
      join(dir, 'all', 'everyone.yaml'),
      stringify({ people: [...people].reverse().map(personYaml) }),
    );
    return;
  }
  for (let i = 0; i < people.length;) {
    const group = i % 3 === 2 && i + 1 < people.length ? people.slice(i, i + 2) : people.slice(i, i + 1);
    const doc = group.length === 1 ? personYaml(group[0]!) : { people: group.map(personYaml) };
    writeFileSync(join(dir, `${group[0]!.key}.yaml`), stringify(doc));
    i += group.length;
  }
}

/** Writes environment `name` (environment.yaml, contracts.yaml, people) pointing at the world's simulators. */
export function writeEnvironment(
  world: Pick<World, 'root' | 'sims'>,
  name: string,
  people: readonly GenPerson[],
  layout: 'mixed' | 'reversed',
): void {
  const { sims } = world;
  const dir = join(world.root, 'environments', name);
  writePeople(join(dir, 'people'), people, layout);
  const environment = {
    providers: {
      kimai: { url: sims.kimai.url, token: '${KIMAI_TOKEN}' },
      papershift: {
        url: sims.papershift.url,
        email: '${PAPERSHIFT_EMAIL}',
        password: '${PAPERSHIFT_PASSWORD}',
      },
      mctime: { url: sims.mctime.url, apiKey: '${MCTIME_API_KEY}' },
    },
    policy: { unmanaged: 'report', maxChangesPercent: 100 },
  };
  writeFileSync(join(dir, 'environment.yaml'), stringify(environment));
  writeFileSync(join(dir, 'contracts.yaml'), stringify(TEMPLATES));
}

export async function startWorld(people: readonly GenPerson[], seeds: Seeds): Promise<World> {
  const sims = {
    kimai: await startSimulator('kimai', { seed: seeds.kimai }),
    papershift: await startSimulator('papershift', { seed: seeds.papershift }),
    mctime: await startSimulator('mctime', { seed: seeds.mctime }),
  };
  const root = mkdtempSync(join(tmpdir(), 'people-prop-'));
  mkdirSync(join(root, 'plans'), { recursive: true });
  writeEnvironment({ root, sims }, ENV, people, 'mixed');
  return {
    root,
    sims,
    env: {
      KIMAI_TOKEN: sims.kimai.credentials.token,
      PAPERSHIFT_EMAIL: sims.papershift.credentials.email,
      PAPERSHIFT_PASSWORD: sims.papershift.credentials.password,
      MCTIME_API_KEY: sims.mctime.credentials.apiKey,
    },
    close: async () => {
      await Promise.all(Object.values(sims).map((s) => s.close()));
      rmSync(root, { recursive: true, force: true });
    },
  };
}
