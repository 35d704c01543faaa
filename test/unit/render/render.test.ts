import { readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { Change, Plan } from '../../../src/generated/plan.js';
import { groupByPerson, summaryLine } from '../../../src/render/common.js';
import { renderJson, renderMarkdown, renderText, GITHUB_COMMENT_LIMIT } from '../../../src/render/index.js';
import { expectGolden, hugePlan, loadPlan } from './fixtures.js';

const full = loadPlan('full');
const empty = loadPlan('empty');
// Every raw sensitive value in the full fixture (IBANs, birth dates).
const SENSITIVE = [
  'DE89370400440532013000',
  'DE02120300000000202051',
  '1980-04-12',
  '1980-04-21',
  '1975-09-30',
];
const ESC = '\u001b[';

describe('fixtures', () => {
  it('are valid plans', () => {
    const schema = JSON.parse(
      readFileSync(new URL('../../../schema/plan.schema.json', import.meta.url), 'utf8'),
    ) as object;
    const validate = new Ajv2020({ strict: false }).compile(schema);
    for (const plan of [full, empty, hugePlan(3)])
      expect(validate(plan), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('renderText', () => {
  it('matches the golden output (full plan)', () =>
    expectGolden('full.txt', renderText(full, { color: false })));
  it('matches the golden output (verbose)', () =>
    expectGolden('full.verbose.txt', renderText(full, { color: false, verbose: true })));
  it('matches the golden output (empty plan)', () =>
    expectGolden('empty.txt', renderText(empty, { color: false })));

  it('never prints a sensitive value, not even in verbose request bodies or warnings', () => {
    const out = renderText(full, { color: false, verbose: true });
    for (const v of SENSITIVE) expect(out).not.toContain(v);
    expect(out).toContain('~ bankDetails.iban: (sensitive) -> (sensitive)');
    expect(out).toContain('+ birthDate: (sensitive)');
  });

  it('ends with the Terraform summary line', () => {
    expect(renderText(full, { color: false }).trimEnd().split('\n').pop()).toBe(
      'Plan: 3 to create, 3 to update, 1 to delete, 1 to deactivate.',
    );
    expect(renderText(empty, { color: false })).toBe('No changes. The systems match the declarations.\n');
  });

  it('colours only when asked, with the same text underneath and yellow warnings', () => {
    const plain = renderText(full, { color: false });
    const coloured = renderText(full, { color: true });
    expect(plain).not.toContain(ESC);
    expect(coloured).toContain(ESC);
    expect(stripVTControlCharacters(coloured)).toBe(plain);
    expect(coloured).toContain('\u001b[33m\u001b[1mWarning:');
  });
});

describe('summaryLine', () => {
  const c = (action: Change['action']): Change => ({
    id: action,
    provider: 'kimai',
    person: 'p',
    resource: 'user',
    action,
    fields: [],
    requests: [],
    warnings: [],
    actualDigest: null,
    dependsOn: [],
  });
  it('adds deactivations only when there are some', () => {
    expect(summaryLine([c('create'), c('create'), c('update'), c('delete')])).toBe(
      'Plan: 2 to create, 1 to update, 1 to delete.',
    );
    expect(summaryLine([c('deactivate')])).toBe(
      'Plan: 0 to create, 0 to update, 0 to delete, 1 to deactivate.',
    );
    expect(summaryLine([])).toBe('No changes. The systems match the declarations.');
  });

  it('groups by person in order of first appearance', () => {
    const mk = (person: string, id: string): Change => ({ ...c('update'), person, id });
    const groups = groupByPerson([mk('b', '1'), mk('a', '2'), mk('b', '3')]);
    expect(groups.map((g) => [g.person, g.changes.map((x) => x.id)])).toEqual([
      ['b', ['1', '3']],
      ['a', ['2']],
    ]);
  });
});

describe('renderMarkdown', () => {
  it('matches the golden output (full plan)', () => expectGolden('full.md', renderMarkdown(full)));
  it('matches the golden output (empty plan)', () => expectGolden('empty.md', renderMarkdown(empty)));

  it('never prints a sensitive value', () => {
    const out = renderMarkdown(full);
    for (const v of SENSITIVE) expect(out).not.toContain(v);
  });

  it('puts all warnings before the person details', () => {
    const out = renderMarkdown(full);
    const warnings = out.indexOf('### ⚠️ Warnings (5)');
    expect(warnings).toBeGreaterThan(0);
    expect(warnings).toBeLessThan(out.indexOf('<details>'));
    expect(out).toContain('Bank details (old IBAN (sensitive)) are replaced.');
  });

  it('stays under the GitHub limit, cutting people but never the summary or warnings', () => {
    const plan = hugePlan(400);
    const out = renderMarkdown(plan);
    expectGolden('huge.md', out);
    expect(out.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(out).toContain('**Plan: 400 to create, 800 to update, 0 to delete.**');
    expect(out).toContain('A plan-wide warning that must survive the comment limit.');
    for (let i = 0; i < 400; i += 10)
      expect(out).toContain(`Working-time model of person.${String(i).padStart(4, '0')} from`);
    expect(out).toMatch(
      /_… \d+ more people not shown \(comment limit\); run `people plan` locally to see all\._/,
    );
    expect(out).toContain('| kimai | 99 | Someone Else |');
    expect(out).toContain(`<code>${'b'.repeat(64)}</code>`);
    expect(out).not.toContain('DE00123456780000000000');
  });

  it('honours a small maxChars and keeps whole person blocks', () => {
    for (const maxChars of [3000, 4000, 6000]) {
      const out = renderMarkdown(full, { maxChars });
      expect(out.length).toBeLessThanOrEqual(maxChars);
      expect(out.match(/<details>/g)?.length ?? 0).toBe(out.match(/<\/details>/g)?.length ?? 0);
      expect(out).toContain('### ⚠️ Warnings (5)');
    }
  });

  it('cuts even warnings when they alone exceed the limit, rather than exceed it', () => {
    const out = renderMarkdown(hugePlan(400), { maxChars: 2000 });
    expect(out.length).toBeLessThanOrEqual(2000);
    expect(out).toMatch(/more warnings not shown/);
  });
});

describe('renderJson', () => {
  it('matches the golden output and keeps values and sensitive flags', () => {
    const out = renderJson(full);
    expectGolden('full.json', out);
    expect(JSON.parse(out)).toEqual(full);
    expect(out).toContain('"sensitive": true');
    expect(out.endsWith('}\n')).toBe(true);
  });

  it('is byte-stable', () => {
    const copy = JSON.parse(JSON.stringify(full)) as Plan;
    expect(renderJson(copy)).toBe(renderJson(full));
  });
});
