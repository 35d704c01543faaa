import { describe, expect, it } from 'vitest';
import { renderDrift, DRIFT_FORMATS } from '../../../src/drift/render.js';
import { renderDriftJson } from '../../../src/drift/render-json.js';
import { renderDriftMarkdown } from '../../../src/drift/render-markdown.js';
import { plain, renderDriftText } from '../../../src/drift/render-text.js';
import { buildDriftReport } from '../../../src/drift/report.js';
import { escapeMarkdown } from '../../../src/drift/escape.js';
import { planOf } from '../../helpers/plan-builders.js';
import { driftPlan, IBAN, journalMap } from './fixture.js';

const report = buildDriftReport(driftPlan(), journalMap());
const clean = buildDriftReport(planOf([]), new Map());

describe('sensitive values', () => {
  it.each(DRIFT_FORMATS.filter((f) => f !== 'json'))('are masked in %s', (format) => {
    const out = renderDrift(report, format, { color: false });
    expect(out).toContain('(sensitive)');
    expect(out).not.toContain(IBAN);
    expect(out).not.toContain('DE00000000000000000000');
    expect(out).not.toContain('top-secret');
  });

  it('are kept in JSON, flagged sensitive', () => {
    const doc = JSON.parse(renderDriftJson(report));
    const iban = doc.entries.find((e: { field: string }) => e.field === 'bankAccount.iban');
    expect(iban).toMatchObject({ declared: IBAN, sensitive: true });
  });

  it('nested sensitive keys inside a non-sensitive field are masked too', () => {
    const plan = planOf([]);
    plan.changes = [
      {
        ...driftPlan().changes.find((c) => c.id === 'kimai:jane.doe:user')!,
        fields: [{ path: 'bank', before: null, after: { iban: IBAN, bank: 'X' } }],
      },
    ];
    const out = renderDrift(buildDriftReport(plan, new Map()), 'text', { color: false });
    expect(out).not.toContain(IBAN);
    expect(out).toContain('"bank":"X"');
  });
});

describe('text', () => {
  const text = renderDriftText(report, { color: false });

  it('groups by person and names the cause in words', () => {
    expect(text).toContain(
      'jane.doe\n  ~ kimai user: email\n      declared: "jane.doe@example.com"\n      actual:   "jane@evil.example"\n      cause:    system changed',
    );
    expect(text).toContain('cause:    declaration changed');
    expect(text).toContain('max.m\n  + kimai: not in the system');
    expect(text).toContain('+ papershift: missing working-time-model 2026-03-01 (week 40h from 2026-03-01)');
    expect(text).toContain('? kimai: bob <b> (id 12, bob@example.com, active)');
    expect(text).toContain('kimai       3 fields differ, 2 people, 1 missing, 1 unmanaged');
    expect(text.trimEnd().split('\n').pop()).toBe(
      'Drift: 5 fields differ, 2 records missing, 2 unmanaged users.',
    );
  });

  it('has no escape codes without colour, and some with', () => {
    expect(text).not.toContain('\x1b[');
    expect(renderDriftText(report, { color: true })).toContain('\x1b[');
  });

  it('neutralises control characters from system data', () => {
    expect(plain('a\x1b[31mb\rc\u009b')).toBe('a\uFFFD[31mb\uFFFDc\uFFFD');
  });

  it('says so when there is no drift', () => {
    expect(renderDriftText(clean, { color: false })).toContain(
      'No drift: the systems match the declarations.',
    );
  });
});

describe('markdown', () => {
  const mdText = renderDriftMarkdown(report);

  it('starts with a counts table per system', () => {
    expect(mdText).toContain(
      '| System | Fields differ | People | Missing | Unmanaged |\n| --- | ---: | ---: | ---: | ---: |\n| kimai | 3 | 2 | 1 | 1 |\n| papershift | 0 | 1 | 1 | 0 |\n| mctime | 2 | 1 | 0 | 1 |',
    );
    expect(mdText.indexOf('| System | Fields differ')).toBeLessThan(mdText.indexOf('### jane.doe'));
  });

  it('has a table per person with causes and missing records', () => {
    expect(mdText).toContain('### jane.doe\n\n| System | Resource | Field | Declared | Actual | Cause |');
    expect(mdText).toContain(
      '| kimai | user | email | "jane.doe@example.com" | "jane@evil.example" | system changed |',
    );
    expect(mdText).toContain('| kimai | user | — | declared | (absent) | missing |');
    expect(mdText).toContain('### Unmanaged users');
  });

  it('escapes values so they cannot form markup or break the table', () => {
    expect(mdText).toContain('"\\<script\\>alert(1)\\</script\\>"');
    expect(mdText).not.toContain('<script>');
    expect(escapeMarkdown('a|b\n*c* [x](y) `z` &amp;')).toBe('a\\|b \\*c\\* \\[x\\](y) \\`z\\` \\&amp;');
  });

  it('every table row has the same number of cells as its header', () => {
    const rows = mdText.split('\n').filter((l) => l.startsWith('|'));
    for (const r of rows) {
      const cells = r.replace(/\\\|/g, '').split('|').length - 2;
      expect([5, 6]).toContain(cells);
    }
  });
});

describe('json', () => {
  it('is versioned and complete', () => {
    const doc = JSON.parse(renderDriftJson(report));
    expect(Object.keys(doc)).toEqual([
      'formatVersion',
      'env',
      'date',
      'hasDrift',
      'counts',
      'entries',
      'missing',
      'unmanaged',
    ]);
    expect(doc).toMatchObject({
      formatVersion: '1.0',
      env: 'production',
      date: '2026-11-23',
      hasDrift: true,
    });
    expect(doc.counts.kimai).toEqual({ fields: 3, people: 2, missing: 1, unmanaged: 1 });
    expect(doc.entries).toHaveLength(5);
    expect(doc.missing).toHaveLength(2);
    expect(doc.unmanaged).toHaveLength(2);
    expect(doc.entries[0]).toEqual({
      provider: 'kimai',
      person: 'jane.doe',
      resource: 'user',
      change: 'kimai:jane.doe:user',
      action: 'update',
      field: 'email',
      declared: 'jane.doe@example.com',
      actual: 'jane@evil.example',
      sensitive: false,
      cause: 'system-changed',
    });
  });
});
