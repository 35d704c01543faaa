import { describe, expect, it } from 'vitest';
import { matchAll, matcherFor } from '../../../../src/providers/papershift/match.js';
import { person, psUser } from '../../../helpers/papershift-people.js';

describe('papershift matcher', () => {
  const jane = person('jane.doe');
  // Kept out of Papershift, and (against the load's own checks) with Jane's e-mail: it claims her user too.
  const twin = person('jane.twin', { email: 'jane.doe@acme.example', systems: {} });
  const john = person('john.roe');
  const users = [psUser('jane.doe'), psUser('john.roe')];

  it('gives each set of people the matches matchAll gives, conflicts counted within that set', () => {
    const match = matcherFor(users);
    const managed = match([jane, john]);
    const everyone = match([jane, twin, john]);
    expect(managed).toEqual(matchAll([jane, john], users));
    expect(everyone).toEqual(matchAll([jane, twin, john], users));
    expect(managed.get('jane.doe')?.kind).toBe('matched');
    expect(everyone.get('jane.doe')?.kind).toBe('conflict');
    expect(everyone.get('john.roe')).toEqual(managed.get('john.roe'));
    // The first call's conflicts do not leak into a later, smaller set.
    expect(match([jane]).get('jane.doe')?.kind).toBe('matched');
  });
});
