import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isScalar, Schema, type ScalarTag } from 'yaml';
import { mayBeCore, plainValue } from '../../../src/config/core-tags.js';

// The library's own core tags, in its order: what core-tags.ts must agree with.
const CORE_TAGS = new Schema({ schema: 'core' }).tags.filter(
  (t): t is ScalarTag & { test: RegExp } => 'test' in t && t.test instanceof RegExp && t.default === true,
);

function yamlValue(s: string): unknown {
  for (const tag of CORE_TAGS) {
    if (!tag.test.test(s)) continue;
    const v: unknown = tag.resolve(s, () => undefined, { intAsBigInt: false });
    return isScalar(v) ? v.value : v;
  }
  return s;
}

// Characters every core pattern is made of, and a few that are not.
const chars = fc.constantFrom(...'~nNuUlLtTrRfFaAsSeE0123456789+-.xXoObBiI_ @aZ'.split(''));
const scalars = fc.oneof(
  fc.string({ unit: chars, maxLength: 8 }),
  fc.string({ maxLength: 8 }),
  fc.constantFrom('', '~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'false', 'FALSE',
    '0o17', '0o8', '0x1F', '0X1F', '+12', '-0', '007', '1e3', '1.5E-2', '.5', '5.', '+.inf', '-.Inf', '.NaN',
    '.nan', '-.nan', '2026-01-31', '12:30', '1_000', '9007199254740993', '0.10'),
);

describe('core tags (the YAML 1.2 core schema, as the yaml library resolves it)', () => {
  test.prop([scalars], { numRuns: 5000 })('resolve a plain scalar to what the library gives', (s) => {
    expect(Object.is(plainValue(s), yamlValue(s)) || plainValue(s) === yamlValue(s)).toBe(true);
  });

  test.prop([scalars], { numRuns: 3000 })('mayBeCore never turns away a scalar one of the core tags matches', (s) => {
    if (CORE_TAGS.some((t) => t.test.test(s))) expect(mayBeCore(s)).toBe(true);
  });

  it('turns away names and addresses, and resolves the usual values', () => {
    expect(['Anna', 'jane@example.com', 'Europe/Berlin', 'ROLE_USER'].map(mayBeCore)).toEqual([false, false, false, false]);
    expect(['~', 'True', '0x10', '0o10', '-3', '1.50', '.inf', '2026-01-31'].map(plainValue)).toEqual([
      null, true, 16, 8, -3, 1.5, Infinity, '2026-01-31',
    ]);
  });
});
