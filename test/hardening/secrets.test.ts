// Secrets and personal data: a full flow (validate, drift, plan in every format, plan --out, apply, errors)
// with distinctive credentials; every byte written to stdout, stderr and the files under the root is scanned
// for them in every encoding. Sensitive personal data is masked wherever humans read.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliRun } from '../helpers/cli.js';
import { DATE, stackLines } from './harness.js';
import { secretSandbox, SECRETS, SENSITIVE, type SecretSandbox } from './secret-sandbox.js';

const OTHER_IBAN = 'AT026000000001349870';
const WRONG = { KIMAI_TOKEN: 'kimaiWRONG+tok/55==', PAPERSHIFT_PASSWORD: 'wrong&Pass word?9' };

/** The forms a secret takes in a URL, a form body, JSON, and Basic auth. */
function encodings(secret: string): string[] {
  return [
    ...new Set([
      secret,
      encodeURIComponent(secret),
      new URLSearchParams({ v: secret }).toString().slice(2),
      JSON.stringify(secret).slice(1, -1),
      Buffer.from(secret).toString('base64'),
    ]),
  ];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

let box: SecretSandbox;
/** Output humans read (masked) and output for machines (JSON: unmasked, marked sensitive). */
const human: Array<{ what: string; text: string }> = [];
const machine: Array<{ what: string; text: string }> = [];

async function run(
  what: string,
  kind: 'human' | 'machine',
  args: string[],
  env?: NodeJS.ProcessEnv,
): Promise<CliRun> {
  const { runCli } = await import('../helpers/cli.js');
  const r = await runCli([...args, '--env', 'ext', '--root', box.root], { env: env ?? box.env });
  (kind === 'human' ? human : machine).push({ what: `${what} (stdout)`, text: r.stdout });
  human.push({ what: `${what} (stderr)`, text: r.stderr }); // stderr is always for humans
  expect(stackLines(r.stderr), what).toEqual([]);
  return r;
}

beforeAll(async () => {
  box = await secretSandbox();
  const date = DATE;
  expect((await run('validate', 'human', ['validate'])).code).toBe(0);
  await run('validate json', 'machine', ['validate', '--format', 'json']);
  for (const format of ['text', 'markdown', 'html'])
    expect((await run(`drift ${format}`, 'human', ['drift', '--format', format, ...date])).code).toBe(2);
  await run('drift json', 'machine', ['drift', '--format', 'json', ...date]);
  expect(
    (
      await run('drift html --out', 'human', [
        'drift',
        '--format',
        'html',
        '--out',
        'plans/drift.html',
        ...date,
      ])
    ).code,
  ).toBe(2);
  for (const format of ['text', 'markdown'])
    expect((await run(`plan ${format}`, 'human', ['plan', '--format', format, ...date])).code).toBe(0);
  await run('plan json', 'machine', ['plan', '--format', 'json', ...date]);
  expect((await run('plan --out', 'human', ['plan', '--out', 'plans/ext.plan.json', ...date])).code).toBe(0);
  expect((await run('apply saved', 'human', ['apply', 'plans/ext.plan.json'])).code).toBe(0);
  await run('apply json', 'machine', ['apply', '--auto-approve', '--format', 'json', ...date]);
  // Tobias's IBAN edited in the declaration's source: drift shows a sensitive field changing, masked.
  const edited = { ...box.env, TOBIAS_IBAN: OTHER_IBAN };
  for (const format of ['text', 'markdown', 'html'])
    expect(
      (await run(`drift after ${format}`, 'human', ['drift', '--format', format, ...date], edited)).code,
    ).toBe(2);
  // Errors: wrong credentials (with --verbose), and a secret put where the schema rejects it.
  expect(
    (
      await run('wrong kimai token', 'human', ['plan', '--verbose', ...date], {
        ...box.env,
        KIMAI_TOKEN: WRONG.KIMAI_TOKEN,
      })
    ).code,
  ).toBe(1);
  expect(
    (
      await run('wrong papershift password', 'human', ['apply', '--auto-approve', '--verbose', ...date], {
        ...box.env,
        PAPERSHIFT_PASSWORD: WRONG.PAPERSHIFT_PASSWORD,
      })
    ).code,
  ).toBe(1);
  const envFile = join(box.root, 'environments/ext/environment.yaml');
  const good = readFileSync(envFile, 'utf8');
  writeFileSync(
    envFile,
    good
      .replace(/url: "[^"]*"(, token)/, 'url: "${KIMAI_TOKEN}"$1')
      .replace('apiKey: "${MCTIME_API_KEY}"', 'apiKey: "${MCTIME_API_KEY}", timeoutMs: "${MCTIME_API_KEY}"'),
  );
  expect((await run('secret in a bad place: validate', 'human', ['validate'])).code).toBe(1);
  expect((await run('secret in a bad place: plan', 'human', ['plan', ...date])).code).toBe(1);
  writeFileSync(envFile, good);
}, 60_000);

afterAll(async () => box?.close());

describe('secrets never leave the process', () => {
  it('no credential, in any encoding, in any output or any file under the root', () => {
    const secrets = [...Object.values(SECRETS), ...Object.values(WRONG)].flatMap(encodings);
    const outputs = [
      ...human,
      ...machine,
      ...filesUnder(box.root).map((f) => ({ what: f, text: readFileSync(f, 'utf8') })),
    ];
    expect(outputs.length).toBeGreaterThan(20);
    const leaks = outputs.flatMap((o) =>
      secrets.filter((s) => o.text.includes(s)).map((s) => `${o.what}: ${s}`),
    );
    expect(leaks).toEqual([]);
  });

  it('the error runs say what is wrong without the value', () => {
    const stderr = (what: string) => human.find((h) => h.what === `${what} (stderr)`)!.text;
    expect(stderr('wrong kimai token')).toMatch(/kimai: .*401/);
    expect(stderr('wrong papershift password')).toMatch(/papershift: .*401/);
    expect(stderr('secret in a bad place: validate')).toMatch(
      /environment\.yaml:\d+:\d+ providers\.kimai\.url/,
    );
    expect(stderr('secret in a bad place: validate')).toMatch(
      /environment\.yaml:\d+:\d+ providers\.mctime\.timeoutMs/,
    );
  });
});

describe('personal data', () => {
  it('is masked in text, markdown, html, the journal and on stderr', () => {
    const values = [...Object.values(SENSITIVE), OTHER_IBAN];
    const journal = readFileSync(join(box.root, 'plans/ext.journal.jsonl'), 'utf8');
    const drift = readFileSync(join(box.root, 'plans/drift.html'), 'utf8');
    const read = [...human, { what: 'journal', text: journal }, { what: 'drift.html', text: drift }];
    expect(
      read.flatMap((o) => values.filter((v) => o.text.includes(v)).map((v) => `${o.what}: ${v}`)),
    ).toEqual([]);
    for (const what of [
      'plan text (stdout)',
      'plan markdown (stdout)',
      'drift after text (stdout)',
      'drift after markdown (stdout)',
      'drift after html (stdout)',
    ])
      expect(human.find((h) => h.what === what)!.text, what).toContain('(sensitive)');
    expect(journal).toContain('(sensitive)');
  });

  it('is in the JSON plan (for apply) marked sensitive, in a 0600 file that says it holds personal data', () => {
    const path = join(box.root, 'plans/ext.plan.json');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const text = readFileSync(path, 'utf8');
    const plan = JSON.parse(text) as { notice?: string };
    expect(plan.notice).toMatch(/personal data/i);
    // The notice is in the file's header, right after the format version.
    expect(text.split('\n').slice(0, 4).join('\n')).toMatch(/\n\s*"notice":/);
    expect(text).toContain(SENSITIVE.iban);
    expect(text).toMatch(/"sensitive": true/);
    for (const f of ['plans/ext.journal.jsonl', 'plans/drift.html'])
      expect(statSync(join(box.root, f)).mode & 0o777, f).toBe(0o600);
  });
});
