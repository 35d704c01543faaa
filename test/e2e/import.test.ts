// The import round trip: users the systems hold but nobody declares → `people import` → `people plan` shows no
// changes. Simulators seeded with the sandbox seed, converged with an apply, then some declarations deleted.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import type { McTimeSeed } from '../../src/sim/mctime/index.js';
import { runCli } from '../helpers/cli.js';
import { externalSandbox, type ExternalSandbox } from '../helpers/external-sims.js';

const DATE = ['--date', '2026-11-23'];
type Json = Record<string, unknown>;
const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deleted from the declarations: they become users nobody declares (with McTime bank, tax and birth data). */
const DELETED = ['anna-schmidt.yaml', 'paul-berger.yaml', 'team-platform.yaml', 'emma-lang.yaml'];
/** anna, paul, laura, jonas, emma, and the seed's unmanaged contractor. */
const IMPORTED = ['anna.schmidt', 'contractor', 'emma.lang', 'jonas.weber', 'laura.fischer', 'paul.berger'];

let ext: ExternalSandbox | undefined;
afterEach(async () => ext?.close());

const envDir = (s: ExternalSandbox) => join(s.root, 'environments', 'ext');
const cli = (s: ExternalSandbox, args: string[], env: NodeJS.ProcessEnv = {}) => runCli([...args, '--env', 'ext', '--root', s.root], { env: { ...s.env, ...env } });

/** Converged systems, then the people in `deleted` declared no more. */
async function undeclared(deleted = DELETED): Promise<ExternalSandbox> {
  const s = await externalSandbox();
  const apply = await cli(s, ['apply', '--auto-approve', ...DATE]);
  expect(apply.code, apply.stderr).toBe(0);
  for (const f of deleted) rmSync(join(envDir(s), 'people', f));
  return s;
}

/**
 * The values behind the ${NAME} references, taken from the McTime simulator's state, as an operator would
 * take them from McTime: by the person's e-mail, the employment's start and the field's path.
 */
function referencedValues(s: ExternalSandbox): Record<string, string> {
  const users = (s.sims.mctime.snapshot() as McTimeSeed).users;
  const out: Record<string, string> = {};
  const dir = join(envDir(s), 'people', 'imported');
  for (const file of readdirSync(dir)) {
    const person = parse(readFileSync(join(dir, file), 'utf8')) as Json;
    const user = users.find((u) => String(u.email).toLowerCase() === String(person.email).toLowerCase());
    const walk = (decl: unknown, stored: unknown): void => {
      if (typeof decl === 'string') {
        const m = /^\$\{([A-Z0-9_]+)\}$/.exec(decl);
        if (m) out[m[1]!] = String(stored);
      } else if (Array.isArray(decl)) {
        // Employments: the stored one with the same start.
        decl.forEach((e) => {
          const start = isJson(e) && isJson(e.basicData) ? String(e.basicData.employmentStart) : '';
          const match = (Array.isArray(stored) ? stored : []).find((x) => isJson(x) && isJson(x.basicData) && String(x.basicData.employmentStart).startsWith(start));
          walk(e, match);
        });
      } else if (isJson(decl)) for (const [k, v] of Object.entries(decl)) walk(v, isJson(stored) ? stored[k] : undefined);
    };
    if (!user) continue;
    walk(person.employments, user.userEmployments);
    walk((person.systems as Json | undefined)?.mctime, user);
  }
  return out;
}

describe('people import', () => {
  it('round trip: imported declarations make the next plan show no changes; import again writes nothing', async () => {
    // Papershift allows 5 sign-ins per 20 s (one per command): apply, import, plan, import.
    ext = await undeclared();
    const imported = await cli(ext, ['import', ...DATE]);
    expect(imported.stderr).not.toContain('Error');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`Wrote ${IMPORTED.length} people: ${IMPORTED.join(', ')}.`);
    expect(imported.stdout).toContain('Check: a plan for the imported people shows no changes.');
    // The API identities are the tool's service accounts, never declared people.
    expect(imported.stdout).toMatch(/kimai user admin <it@acme\.example>, mctime user IT Admin <it@acme\.example>: the tool's own service account/);
    expect(imported.stdout).toMatch(/papershift user HR Bot .*service account/);

    const anna = readFileSync(join(envDir(ext), 'people/imported/anna.schmidt.yaml'), 'utf8');
    expect(anna.split('\n')[0]).toBe('# imported from kimai, papershift, mctime on 2026-11-23 by people import');
    expect(anna).toContain('template: full-time-40');
    expect(anna).toContain('iban: ${PEOPLE_ANNA_SCHMIDT_IBAN}');
    expect(anna).toContain('birthDate: ${PEOPLE_ANNA_SCHMIDT_BIRTH_DATE}');
    expect(Object.keys(parse(anna) as Json)).toEqual(['key', 'firstName', 'lastName', 'email', 'contracts', 'employments', 'systems']);
    // Sensitive values appear nowhere on disk; .env.example names them only.
    const example = readFileSync(join(envDir(ext), '.env.example'), 'utf8');
    expect(example).toContain('PEOPLE_ANNA_SCHMIDT_IBAN=  # value in the system: (sensitive)');
    expect(example).toContain('PEOPLE_PAUL_BERGER_IBAN=');
    for (const secret of ['DE89370400440532013000', 'AT611904300234573201', '1988-04-12', '12345678901']) {
      expect(example).not.toContain(secret);
      expect(anna + readFileSync(join(envDir(ext), 'people/imported/paul.berger.yaml'), 'utf8')).not.toContain(secret);
      expect(imported.stdout).not.toContain(secret);
    }

    const values = referencedValues(ext);
    expect(values.PEOPLE_ANNA_SCHMIDT_IBAN).toBe('DE89370400440532013000');
    const plan = await cli(ext, ['plan', '--detailed-exitcode', ...DATE], values);
    expect(plan.stderr).not.toContain('Error');
    expect(plan.stdout).toContain('No changes.');
    expect(plan.code).toBe(0);

    const files = readdirSync(join(envDir(ext), 'people/imported')).sort();
    const again = await cli(ext, ['import', ...DATE], values);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Wrote 0 people.');
    expect(readdirSync(join(envDir(ext), 'people/imported')).sort()).toEqual(files);
  });

  it('never overwrites an existing file: reports it as skipped', async () => {
    ext = await undeclared(['julia-becker.yaml']);
    const path = join(envDir(ext), 'people/imported/julia.becker.yaml');
    const mine = '# mine\nkey: someone.else\nfirstName: Some\nlastName: One\nemail: someone.else@acme.example\n';
    rmSync(join(envDir(ext), 'people/imported'), { recursive: true, force: true });
    mkdirSync(join(envDir(ext), 'people/imported'), { recursive: true });
    writeFileSync(path, mine);
    const r = await cli(ext, ['import', ...DATE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('= environments/ext/people/imported/julia.becker.yaml  exists already: skipped');
    expect(r.stdout).toMatch(/Wrote 1 person: contractor; skipped 1 existing file\./);
    expect(readFileSync(path, 'utf8')).toBe(mine);
  });

  it('--provider imports from the named systems only; --include-sensitive writes the values themselves', async () => {
    ext = await undeclared(['anna-schmidt.yaml']);
    const r = await cli(ext, ['import', '--provider', 'kimai', '--provider', 'mctime', '--include-sensitive', ...DATE]);
    expect(r.code, r.stdout).toBe(0);
    const anna = parse(readFileSync(join(envDir(ext), 'people/imported/anna.schmidt.yaml'), 'utf8')) as Json;
    expect(Object.keys(anna.systems as Json)).toEqual(['kimai', 'mctime']);
    expect(JSON.stringify(anna)).toContain('DE89370400440532013000');
    expect(existsSync(join(envDir(ext), '.env.example'))).toBe(false);
    const plan = await cli(ext, ['plan', '--detailed-exitcode', ...DATE]);
    expect(plan.stdout).toContain('No changes.');
    expect(plan.code).toBe(0);
  });

  it('imports users the tool never wrote (the raw seed, with drift) and names what no declaration can reconcile', async () => {
    // No apply: the seed as it is. lukas.mueller's Papershift history starts before his Kimai work_start_day.
    ext = await externalSandbox();
    for (const f of ['anna-schmidt.yaml', 'lukas-mueller.yaml', 'maximilian-huber.yaml']) rmSync(join(envDir(ext), 'people', f));
    const r = await cli(ext, ['import', ...DATE]);
    expect(r.code).toBe(0);
    // Anna's drifted values are what the systems hold, so they are what gets declared.
    const anna = readFileSync(join(envDir(ext), 'people/imported/anna.schmidt.yaml'), 'utf8');
    expect(anna).toContain('template: full-time-40\n    vacationDays: 28');
    expect(anna).toContain('title: Senior Engineer (acting lead)');
    expect(r.stdout).toContain("warning: kimai's work_start_day (2024-04-01) is not the first papershift model's start (2023-01-01): the plan will change kimai");
    expect(r.stdout).toContain('~ kimai lukas.mueller preferences of lmueller: work_start_day');
    const targets = ['anna.schmidt', 'maximilian.huber', 'contractor'].flatMap((k) => ['--target', k]);
    const plan = await cli(ext, ['plan', '--detailed-exitcode', ...targets, ...DATE], referencedValues(ext));
    expect(plan.stdout).toContain('No changes.');
    expect(plan.code).toBe(0);
  });
});
