import { describe, expect, it } from 'vitest';
import { fieldChanges } from '../../../src/plan/diff.js';
import { applyIgnoreRules } from '../../../src/plan/ignore.js';

describe('fieldChanges', () => {
  it('returns [] for equal records, treating undefined as absent', () => {
    expect(fieldChanges({ a: 1, b: undefined }, { a: 1 })).toEqual([]);
  });
  it('reports nested fields and whole scalar arrays, sorted by path', () => {
    expect(fieldChanges({ roles: ['A'], x: { y: 1 } }, { roles: ['A', 'B'], x: { y: 2 }, n: 'new' })).toEqual([
      { path: 'n', before: null, after: 'new' },
      { path: 'roles', before: ['A'], after: ['A', 'B'] },
      { path: 'x.y', before: 1, after: 2 },
    ]);
  });
  it('marks personal fields sensitive', () => {
    const [f] = fieldChanges({ bank: { iban: 'DE1' } }, { bank: { iban: 'DE2' } });
    expect(f).toMatchObject({ path: 'bank.iban', sensitive: true });
  });
});

describe('applyIgnoreRules', () => {
  const fields = [
    { path: 'title', before: 'a', after: 'b' },
    { path: 'holidays', before: '25', after: '30' },
  ];
  const pos = { file: 'e.yaml', line: 1, col: 1 };
  it('ignores by field, by resource-qualified field, and per person', () => {
    const r = applyIgnoreRules(fields, {
      rules: [
        { system: 'kimai', field: 'title', pos },
        { system: 'kimai', field: 'preferences.holidays', person: 'jane', pos },
      ],
      provider: 'kimai',
      person: 'jane',
      resource: 'preferences',
      date: '2026-01-01',
    });
    expect(r.kept).toEqual([]);
    expect(r.ignored.map((i) => i.field)).toEqual(['title', 'holidays']);
  });
  it('lets a rule lapse after its until date and ignores other systems and people', () => {
    const r = applyIgnoreRules(fields, {
      rules: [
        { system: 'kimai', field: 'title', until: '2025-12-31', pos },
        { system: 'mctime', field: 'holidays', pos },
        { system: 'kimai', field: 'holidays', person: 'joe', pos },
      ],
      provider: 'kimai',
      person: 'jane',
      resource: 'user',
      date: '2026-01-01',
    });
    expect(r.kept).toEqual(fields);
  });
});
