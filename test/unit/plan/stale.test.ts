import { describe, expect, it } from 'vitest';
import { movedSince } from '../../../src/plan/stale.js';
import { change, planOf } from '../../helpers/plan-builders.js';

describe('movedSince', () => {
  const base = change({ provider: 'kimai', person: 'a', resource: 'user', action: 'update', actualDigest: 'd1' });
  it('finds nothing when every digest matches', () => {
    expect(movedSince(planOf([base]), planOf([base]))).toEqual([]);
  });
  it('reports a record whose digest changed', () => {
    expect(movedSince(planOf([base]), planOf([{ ...base, actualDigest: 'd2' }]))).toEqual([
      { id: 'kimai:a:user', why: 'the record changed since the plan was made' },
    ]);
  });
  it('reports a record created meanwhile, a change no longer needed and a new difference', () => {
    const create = change({ provider: 'kimai', person: 'b', resource: 'user', action: 'create' });
    const other = change({ provider: 'kimai', person: 'c', resource: 'user', action: 'update', actualDigest: 'x' });
    const moved = movedSince(planOf([base, create]), planOf([{ ...create, actualDigest: 'now' }, other]));
    expect(moved.map((m) => m.id).sort()).toEqual(['kimai:a:user', 'kimai:b:user', 'kimai:c:user']);
  });
});
