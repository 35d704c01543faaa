import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/drift/escape.js';
import { renderDriftHtml } from '../../../src/drift/render-html.js';
import { buildDriftReport } from '../../../src/drift/report.js';
import { planOf } from '../../helpers/plan-builders.js';
import { driftPlan, IBAN, journalMap } from './fixture.js';
import { tagProblems } from './html-check.js';

describe('escapeHtml', () => {
  it('escapes markup and quotes', () => {
    expect(escapeHtml('<script>alert("x")</script>')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;',
    );
    expect(escapeHtml(`a & b 'c'`)).toBe('a &amp; b &#39;c&#39;');
    expect(escapeHtml('plain')).toBe('plain');
  });
});

describe('renderDriftHtml', () => {
  const html = renderDriftHtml(buildDriftReport(driftPlan(), journalMap()));

  it('is a well-formed HTML5 document', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(tagProblems(html)).toEqual([]);
  });

  it('is self-contained: no scripts, external assets or fonts', () => {
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/<link\b|<img\b|@import|url\(|@font-face|src=/i);
    expect(html).toMatch(/<style>[\s\S]+<\/style>/);
  });

  it('escapes values from the systems', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('bob &lt;b&gt;');
  });

  it('masks sensitive values', () => {
    expect(html).not.toContain(IBAN);
    expect(html).not.toContain('top-secret');
    expect(html).toContain('<span class="masked">(sensitive)</span>');
  });

  it('has the title, counts per system, a table per person and cause badges', () => {
    expect(html).toContain('<title>Drift report: production on 2026-11-23</title>');
    expect(html).toContain(
      '<tr><td>kimai</td><td class="num">3</td><td class="num">2</td><td class="num">1</td><td class="num">1</td></tr>',
    );
    expect(html).toContain('<h2>jane.doe</h2>');
    expect(html).toContain('<h2>max.m</h2>');
    expect(html).toContain('<span class="badge system-changed"');
    expect(html).toContain('<span class="badge declaration-changed"');
    expect(html).toContain('<span class="badge missing"');
  });

  it('a report without drift is well-formed too', () => {
    const cleanHtml = renderDriftHtml(buildDriftReport(planOf([]), new Map()));
    expect(tagProblems(cleanHtml)).toEqual([]);
    expect(cleanHtml).toContain('No drift: the systems match the declarations.');
  });

  it('the check itself catches unclosed tags and raw markup', () => {
    expect(tagProblems('<html><body><p>x</body></html>')).not.toEqual([]);
    expect(tagProblems('<html><body>a < b</body></html>')).not.toEqual([]);
  });
});
