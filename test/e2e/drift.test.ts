// people drift against the sandbox simulators: apply, edit a system behind the tool's back (its saved state)
// and a declaration, then the drift report names both, with the right cause, in every format.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lastAppliedValues } from '../../src/apply/journal.js';
import { copyEnvironment, runCli } from '../helpers/cli.js';
import { tagProblems } from '../unit/drift/html-check.js';

interface SimUser {
  username?: string;
  email?: string;
  title?: string | null;
  birthDate?: string | null;
}
interface SimState {
  kimai: { users: SimUser[] };
  mctime: { users: SimUser[] };
}

const NEW_BIRTH_DATE = '1999-01-01';
// The provider may normalise the date it reads (1999-1-1); either spelling must stay out of human output.
const LEAKED_BIRTH_DATE = /1999-0?1-0?1/;

function editState(root: string, edit: (state: SimState) => void): void {
  const path = join(root, 'environments', 'sandbox', '.simulator-state.json');
  const state = JSON.parse(readFileSync(path, 'utf8')) as SimState;
  edit(state);
  writeFileSync(path, JSON.stringify(state));
}

function editPerson(root: string, file: string, from: string, to: string): void {
  const path = join(root, 'environments', 'sandbox', 'people', `${file}.yaml`);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file}.yaml has no "${from}" (the sandbox changed?)`);
  writeFileSync(path, text.replace(from, to));
}

describe('people drift (sandbox)', () => {
  let root = '';
  const drift = (...args: string[]) => runCli(['drift', '--env', 'sandbox', '--root', root, ...args]);

  beforeAll(async () => {
    root = copyEnvironment('sandbox');
    // Declare new values first, so that the apply writes them and the journal has evidence to attribute with.
    editPerson(root, 'anna-schmidt', 'title: Team Lead Engineering', 'title: VP Engineering');
    editPerson(root, 'marie-koch', 'title: Controlling', 'title: Head of Controlling');
    editPerson(root, 'lena-schneider', 'birthDate: 2002-11-03', 'birthDate: 2002-11-04');
    const applied = await runCli(['apply', '--env', 'sandbox', '--auto-approve', '--force', '--root', root]);
    expect(applied.stdout).toContain('Apply complete');
    const journal = lastAppliedValues(join(root, 'plans', 'sandbox.journal.jsonl'));
    expect(journal.get('kimai:anna.schmidt:user')).toHaveProperty('title');
    expect(journal.get('kimai:marie.koch:user')).toHaveProperty('title');
    expect(journal.get('mctime:lena.schneider:user')).toHaveProperty('birthDate');
    // Then: someone edits Kimai and McTime directly, and someone edits a declaration.
    editState(root, (s) => {
      s.kimai.users.find((u) => u.username === 'aschmidt')!.title = 'Chief Coffee Officer';
      s.mctime.users.find((u) => u.email === 'lena.schneider@acme.example')!.birthDate = NEW_BIRTH_DATE;
    });
    editPerson(root, 'marie-koch', 'title: Head of Controlling', 'title: Chief Controller');
  }, 120_000);

  it('text: the system edit is system-changed, the YAML edit declaration-changed; exit 2', async () => {
    const r = await drift();
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(
      /anna\.schmidt\n(?:.*\n)*? {2}~ kimai user: title\n {6}declared: "VP Engineering"\n {6}actual: {3}"Chief Coffee Officer"\n {6}cause: {4}system changed/,
    );
    expect(r.stdout).toMatch(
      /~ kimai user: title\n {6}declared: "Chief Controller"\n {6}actual: {3}"Head of Controlling"\n {6}cause: {4}declaration changed/,
    );
    expect(r.stdout).toMatch(
      /~ mctime user: birthDate\n {6}declared: \(sensitive\)\n {6}actual: {3}\(sensitive\)\n {6}cause: {4}system changed/,
    );
    expect(r.stdout).not.toMatch(LEAKED_BIRTH_DATE);
  });

  it('json: versioned, values kept and flagged sensitive', async () => {
    const r = await drift('--format', 'json');
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ formatVersion: '1.0', env: 'sandbox', date: '2026-11-23', hasDrift: true });
    type Entry = { person: string; provider: string; field: string; actual: unknown };
    const entry = (person: string, provider: string, field: string): Entry | undefined =>
      (doc.entries as Entry[]).find(
        (e) => e.person === person && e.provider === provider && e.field === field,
      );
    expect(entry('anna.schmidt', 'kimai', 'title')).toMatchObject({
      declared: 'VP Engineering',
      actual: 'Chief Coffee Officer',
      cause: 'system-changed',
    });
    expect(entry('marie.koch', 'kimai', 'title')).toMatchObject({ cause: 'declaration-changed' });
    const birth = entry('lena.schneider', 'mctime', 'birthDate');
    expect(birth).toMatchObject({ sensitive: true, cause: 'system-changed' });
    expect(birth?.actual).toMatch(LEAKED_BIRTH_DATE);
    expect(doc.counts.kimai.fields).toBeGreaterThanOrEqual(2);
  });

  it('markdown: counts table and a row per drifted field', async () => {
    const r = await drift('--format', 'markdown');
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('| System | Fields differ | People | Missing | Unmanaged |');
    expect(r.stdout).toContain(
      '| kimai | user | title | "VP Engineering" | "Chief Coffee Officer" | system changed |',
    );
    expect(r.stdout).toContain('| mctime | user | birthDate | (sensitive) | (sensitive) | system changed |');
    expect(r.stdout).not.toMatch(LEAKED_BIRTH_DATE);
  });

  it('html to --out: a private, well-formed, self-contained file', async () => {
    const r = await drift('--format', 'html', '--out', 'drift.html');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Wrote the drift report to drift.html');
    const file = join(root, 'drift.html');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const html = readFileSync(file, 'utf8');
    expect(tagProblems(html)).toEqual([]);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(LEAKED_BIRTH_DATE);
    expect(html).toContain('<title>Drift report: sandbox on 2026-11-23</title>');
    expect(html).toContain('<h2>anna.schmidt</h2>');
    expect(html).toContain('<span class="badge system-changed"');
    expect(html).toContain('<span class="badge declaration-changed"');
  });

  it('an unknown environment is an error (exit 1)', async () => {
    const r = await runCli(['drift', '--env', 'nope', '--root', root]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Error:');
  });
});
