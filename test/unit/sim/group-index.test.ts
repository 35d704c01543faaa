// The simulators' index must answer exactly what a scan of the list would, as records are appended or the
// list is replaced (a reset), since the simulators' strictness depends on finding the right records.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { GroupIndex } from '../../../src/sim/common/group-index.js';

interface Rec {
  id: number;
  key: string;
}

describe('GroupIndex', () => {
  it('follows appends and a replaced list', () => {
    const index = new GroupIndex<Rec>((r) => r.key);
    const list: Rec[] = [{ id: 1, key: 'a' }];
    expect(index.get(list, 'a').map((r) => r.id)).toEqual([1]);
    list.push({ id: 2, key: 'b' }, { id: 3, key: 'a' });
    expect(index.get(list, 'a').map((r) => r.id)).toEqual([1, 3]);
    expect(index.first(list, 'b')?.id).toBe(2);
    const replaced: Rec[] = [{ id: 9, key: 'b' }];
    expect(index.get(replaced, 'a')).toEqual([]);
    expect(index.first(replaced, 'b')?.id).toBe(9);
  });

  // Random appends, replacements and truncations against a plain filter over the same list.
  const step = fc.oneof(
    fc.record({ op: fc.constant('push' as const), key: fc.constantFrom('a', 'b', 'c') }),
    fc.record({ op: fc.constant('replace' as const), key: fc.constantFrom('a', 'b') }),
    fc.record({ op: fc.constant('truncate' as const), key: fc.constantFrom('a', 'b', 'c') }),
  );
  test.prop([fc.array(step, { maxLength: 40 })])('answers as a scan does', (steps) => {
    const index = new GroupIndex<Rec>((r) => r.key);
    let list: Rec[] = [];
    let id = 0;
    for (const s of steps) {
      if (s.op === 'push') list.push({ id: id++, key: s.key });
      else if (s.op === 'replace') list = [{ id: id++, key: s.key }];
      else list.length = Math.floor(list.length / 2);
      for (const k of ['a', 'b', 'c']) expect(index.get(list, k)).toEqual(list.filter((r) => r.key === k));
    }
  });
});
