import { describe, expect, it } from 'vitest';
import { attributeCause, buildDriftReport, valueDigest } from '../../../src/drift/report.js';
import { canonicalJson, sha256 } from '../../../src/plan/digest.js';
import { planOf } from '../../helpers/plan-builders.js';
import { driftPlan, journalMap } from './fixture.js';

describe('attributeCause', () => {
  it('uses the same digest the executor journals', () => {
    expect(valueDigest({ b: 1, a: [2] })).toBe(sha256(canonicalJson({ a: [2], b: 1 })));
  });
  it('tells system edits from declaration edits, and unknown without evidence', () => {
    expect(attributeCause('new', 'old', valueDigest('new'))).toBe('system-changed');
    expect(attributeCause('new', 'old', valueDigest('old'))).toBe('declaration-changed');
    expect(attributeCause('new', 'old', valueDigest('third'))).toBe('unknown');
    expect(attributeCause('new', 'old', undefined)).toBe('unknown');
    expect(attributeCause(null, 5, valueDigest(null))).toBe('system-changed');
  });
});

describe('buildDriftReport', () => {
  const report = buildDriftReport(driftPlan(), journalMap());

  it('attributes causes per field from the journal', () => {
    const cause = (field: string) => report.entries.find((e) => e.field === field)?.cause;
    expect(cause('email')).toBe('system-changed');
    expect(cause('timezone')).toBe('declaration-changed');
    expect(cause('title')).toBe('unknown');
    expect(cause('bankAccount.iban')).toBe('unknown');
  });

  it('maps declared to after and actual to before', () => {
    const email = report.entries.find((e) => e.field === 'email')!;
    expect(email).toMatchObject({
      provider: 'kimai',
      person: 'jane.doe',
      resource: 'user',
      change: 'kimai:jane.doe:user',
      action: 'update',
      declared: 'jane.doe@example.com',
      actual: 'jane@evil.example',
      sensitive: false,
    });
  });

  it('flags sensitive fields by the change flag and by field name', () => {
    const sensitive = report.entries.filter((e) => e.sensitive).map((e) => e.field);
    expect(sensitive.sort()).toEqual(['bankAccount.iban', 'secretNote']);
  });

  it('flags values taken from ${NAME} references as sensitive', () => {
    const r = buildDriftReport(driftPlan(), new Map(), { sensitiveValues: ['Europe/Paris'] });
    expect(r.entries.find((e) => e.field === 'timezone')?.sensitive).toBe(true);
  });

  it('lists creates as missing records, a missing user before other records', () => {
    expect(report.missing.map((m) => [m.provider, m.person, m.resource, m.resourceKey])).toEqual([
      ['papershift', 'jane.doe', 'working-time-model', '2026-03-01'],
      ['kimai', 'max.m', 'user', undefined],
    ]);
    expect(report.missing[0]?.label).toBe('week 40h from 2026-03-01');
  });

  it('reports unmanaged users once (not their deactivation as a person entry)', () => {
    expect(report.unmanaged.map((u) => `${u.provider}:${u.id}`)).toEqual(['kimai:12', 'mctime:77']);
    expect(report.entries.some((e) => e.person === '77')).toBe(false);
  });

  it('counts per system', () => {
    expect(report.counts).toEqual({
      kimai: { fields: 3, people: 2, missing: 1, unmanaged: 1 },
      papershift: { fields: 0, people: 1, missing: 1, unmanaged: 0 },
      mctime: { fields: 2, people: 1, missing: 0, unmanaged: 1 },
    });
    expect(report.hasDrift).toBe(true);
    expect(report.env).toBe('production');
    expect(report.date).toBe('2026-11-23');
  });

  it('orders entries by person, system, change, field', () => {
    expect(report.entries.map((e) => `${e.person}/${e.provider}/${e.field}`)).toEqual([
      'jane.doe/kimai/email',
      'jane.doe/kimai/timezone',
      'jane.doe/kimai/title',
      'jane.doe/mctime/bankAccount.iban',
      'jane.doe/mctime/secretNote',
    ]);
  });

  it('has no drift for an empty plan', () => {
    const r = buildDriftReport(planOf([]), new Map());
    expect(r.hasDrift).toBe(false);
    expect(r.counts).toEqual({ kimai: { fields: 0, people: 0, missing: 0, unmanaged: 0 } });
  });

  it('treats a lone unmanaged user as drift', () => {
    const plan = { ...planOf([]), unmanaged: [{ provider: 'kimai' as const, id: '1', name: 'x' }] };
    expect(buildDriftReport(plan, new Map()).hasDrift).toBe(true);
  });
});
