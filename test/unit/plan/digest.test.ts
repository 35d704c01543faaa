// canonicalJson rebuilds objects with sorted keys for one JSON.stringify; it must give exactly the text of JSON.stringify on the sorted value.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { canonicalDigest, canonicalJson, sha256 } from '../../../src/plan/digest.js';

/** The plain definition: JSON.stringify with every object's keys sorted. */
function reference(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      // A null prototype, so that an own `__proto__` key stays a key (as canonicalJson keeps it).
      const sorted = Object.create(null) as Record<string, unknown>;
      for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    return v;
  });
}

const anything = fc.anything({
  withNullPrototype: true,
  withObjectString: true,
  values: [
    fc.double(),
    fc.string({ unit: 'binary' }),
    fc.constantFrom(undefined, null, -0, NaN, Infinity, '\u2028', '"\\', new Date(0)),
  ],
});

describe('canonicalJson', () => {
  test.prop([anything])('is JSON.stringify of the value with sorted keys', (value) => {
    expect(canonicalJson(value)).toBe(reference(value));
  });

  it('sorts keys at every depth and leaves out undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [undefined, 2], c: undefined } })).toBe('{"a":{"d":[null,2]},"b":1}');
  });

  it('puts integer-like keys first, ascending, as JavaScript orders them (stored digests depend on it)', () => {
    expect(canonicalJson({ b: 1, 10: 2, 9: 3, a: 4, '01': 5 })).toBe('{"9":3,"10":2,"01":5,"a":4,"b":1}');
  });

  it('keeps an own __proto__ key (JSON.parse makes one) instead of dropping it', () => {
    expect(canonicalJson(JSON.parse('{"b":1,"__proto__":{"x":1}}'))).toBe('{"__proto__":{"x":1},"b":1}');
  });

  it('leaves out the given keys at any depth', () => {
    expect(canonicalJson({ pos: 1, a: [{ pos: 2, b: 3 }] }, new Set(['pos']))).toBe('{"a":[{"b":3}]}');
  });

  it('uses toJSON once, and leaves out a member whose toJSON gives undefined', () => {
    const value = { b: { toJSON: () => undefined }, a: { toJSON: () => ({ toJSON: () => 1, z: 2 }) } };
    expect(canonicalJson(value)).toBe(reference(value));
    expect(canonicalJson(value)).toBe('{"a":{"z":2}}');
  });
});

describe('canonicalDigest', () => {
  test.prop([anything.filter((v) => canonicalJson(v) !== undefined)])('is sha256 of canonicalJson', (value) => {
    expect(canonicalDigest(value)).toBe(sha256(canonicalJson(value)));
  });

  it('hashes text longer than one piece (64 KiB) as one', () => {
    const people = Array.from({ length: 8000 }, (_, i) => ({ key: `p${i}`, pos: i, name: 'Ünal '.repeat(i % 7) }));
    const omit = new Set(['pos']);
    expect(canonicalJson(people, omit).length).toBeGreaterThan(3 * 65_536);
    expect(canonicalDigest(people, omit)).toBe(sha256(canonicalJson(people, omit)));
  });
});
