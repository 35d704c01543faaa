// fieldChanges answers "no change" early through sameData; that shortcut must agree with deep-diff exactly.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { fieldChanges, sameData } from '../../../src/plan/diff.js';

type Rec = Record<string, unknown>;

const leaf = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, 0, -0, 1, NaN, '', 'a', true, false),
  fc.integer({ min: -3, max: 3 }),
);
const value = fc.letrec<{ v: unknown; rec: Rec }>((tie) => ({
  v: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('v'), { maxLength: 3 }), tie('rec')),
  rec: fc.dictionary(fc.constantFrom('a', 'b', 'c', '__proto__', '1'), tie('v'), { maxKeys: 4 }),
})).rec;

/** A copy of `v` with some undefined members added and removed: equal data, different objects. */
function noisyCopy(v: unknown, noise: () => boolean): unknown {
  if (Array.isArray(v)) return v.map((x) => noisyCopy(x, noise));
  if (v && typeof v === 'object') {
    const out: Rec = {};
    for (const [k, x] of Object.entries(v))
      if (x !== undefined || noise())
        Object.defineProperty(out, k, { value: noisyCopy(x, noise), enumerable: true, writable: true, configurable: true });
    if (noise()) out.z = undefined;
    return out;
  }
  return v;
}

describe('sameData', () => {
  test.prop([value, value])('is true exactly when fieldChanges finds nothing (independent records)', (a, b) => {
    expect(sameData(a, b)).toBe(fieldChanges(a, b).length === 0);
  });

  test.prop([value, fc.infiniteStream(fc.boolean())])('is true for a copy that differs only in undefined members', (a, bits) => {
    const it = bits[Symbol.iterator]();
    const b = noisyCopy(a, () => it.next().value as boolean) as Rec;
    expect(sameData(a, b)).toBe(true);
    expect(fieldChanges(a, b)).toEqual([]);
  });

  it('leaves anything but plain data to deep-diff', () => {
    expect(sameData({ d: new Date(0) }, { d: new Date(0) })).toBe(false);
    expect(fieldChanges({ d: new Date(0) }, { d: new Date(0) })).toEqual([]);
    expect(sameData([1], { 0: 1 })).toBe(false);
  });
});
