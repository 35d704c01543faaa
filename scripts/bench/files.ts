// Writes the bench environment: environment.yaml pointing at the bench's simulators (credentials as ${NAME}),
// contracts.yaml, and one YAML file per person under people/.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { CONTRACT_TEMPLATES, type PersonSpec } from './generate.js';

export const ENV_NAME = 'bench';

export interface Endpoints {
  kimai: string;
  papershift: string;
  mctime: string;
}

/** Same concurrency on the client as on the simulators, so the tool can keep every server slot busy. */
export function environmentYaml(urls: Endpoints, concurrency: number): string {
  return [
    'providers:',
    '  kimai:',
    `    url: ${urls.kimai}`,
    '    token: ${BENCH_KIMAI_TOKEN}',
    `    concurrency: ${concurrency}`,
    '  papershift:',
    `    url: ${urls.papershift}`,
    '    email: ${BENCH_PAPERSHIFT_EMAIL}',
    '    password: ${BENCH_PAPERSHIFT_PASSWORD}',
    `    concurrency: ${concurrency}`,
    '  mctime:',
    `    url: ${urls.mctime}`,
    '    apiKey: ${BENCH_MCTIME_API_KEY}',
    `    concurrency: ${concurrency}`,
    'policy:',
    '  unmanaged: report',
    '',
  ].join('\n');
}

export function envDir(root: string): string {
  return join(root, 'environments', ENV_NAME);
}

export function writeContracts(root: string): void {
  mkdirSync(envDir(root), { recursive: true });
  mkdirSync(join(root, 'plans'), { recursive: true });
  writeFileSync(join(envDir(root), 'contracts.yaml'), stringify(CONTRACT_TEMPLATES));
}

export function writeEnvironment(root: string, urls: Endpoints, concurrency: number): void {
  writeFileSync(join(envDir(root), 'environment.yaml'), environmentYaml(urls, concurrency));
}

/** One file per person; the folder is emptied first so a changed population leaves no stale files. */
export function writePeople(root: string, people: readonly PersonSpec[]): void {
  const dir = join(envDir(root), 'people');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const p of people) writeFileSync(join(dir, `${p.key}.yaml`), stringify(p));
}

/** Rewrites only the files of changed people (the 10 % edit), as a person editing declarations would. */
export function rewritePeople(root: string, people: readonly PersonSpec[], keys: ReadonlySet<string>): void {
  const dir = join(envDir(root), 'people');
  for (const p of people) if (keys.has(p.key)) writeFileSync(join(dir, `${p.key}.yaml`), stringify(p));
}
