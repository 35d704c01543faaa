import { describe, expect, it } from 'vitest';
import { overlappingEmployments } from '../../../../src/providers/mctime/overlap.js';

const job = (start: string, end?: string) => ({
  basicData: { employmentStart: `${start}T00:00:00+00:00`, employmentEnd: end ? `${end}T00:00:00+00:00` : '' },
});

describe('overlappingEmployments', () => {
  it('accepts consecutive periods in any order', () => {
    expect(overlappingEmployments({ userEmployments: [job('2021-01-01'), job('2018-03-01', '2020-12-31')] })).toEqual([]);
  });
  it('reports an open-ended stored employment before a declared one', () => {
    expect(overlappingEmployments({ userEmployments: [job('2018-03-01'), job('2025-01-01')] })).toEqual([
      'employment 2018-03-01–open overlaps employment 2025-01-01–open',
    ]);
  });
  it('reports a period that ends on or after the next start', () => {
    expect(overlappingEmployments({ userEmployments: [job('2020-01-01', '2021-01-01'), job('2021-01-01')] })).toHaveLength(1);
  });
});
