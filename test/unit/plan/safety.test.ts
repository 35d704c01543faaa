import { describe, expect, it } from 'vitest';
import { checkSafety } from '../../../src/plan/safety.js';
import { change, planOf, policy } from '../../helpers/plan-builders.js';

const updates = (n: number) =>
  Array.from({ length: n }, (_, i) => change({ provider: 'kimai', person: `p${i}`, resource: 'user', action: 'update' }));

describe('checkSafety', () => {
  it('allows changes up to maxChangesPercent of the managed users', () => {
    expect(checkSafety(planOf(updates(3)), policy(), 10).ok).toBe(true);
  });
  it('refuses more than maxChangesPercent', () => {
    const v = checkSafety(planOf(updates(4)), policy(), 10);
    expect(v.ok).toBe(false);
    expect(v.reasons[0]).toContain('4 of 10 existing managed users would change (40.0% > policy.maxChangesPercent 30%)');
  });
  it('does not apply the percentage below the minimum population', () => {
    expect(checkSafety(planOf(updates(5)), policy(), 9).ok).toBe(true);
  });
  it('does not count creates as changes to existing users', () => {
    const creates = Array.from({ length: 20 }, (_, i) => change({ provider: 'kimai', person: `n${i}`, resource: 'user', action: 'create' }));
    expect(checkSafety(planOf(creates), policy(), 10).ok).toBe(true);
  });
  it('does not count the follow-up changes of a user the plan creates', () => {
    const onboarding = Array.from({ length: 20 }, (_, i) => [
      change({ provider: 'kimai', person: `n${i}`, resource: 'user', action: 'create' }),
      change({ provider: 'kimai', person: `n${i}`, resource: 'preferences', action: 'update' }),
    ]).flat();
    expect(checkSafety(planOf(onboarding), policy(), 10).ok).toBe(true);
  });
  it('refuses any deactivation', () => {
    const v = checkSafety(planOf([change({ provider: 'papershift', person: 'x', resource: 'user', action: 'deactivate' })]), policy(), 100);
    expect(v.ok).toBe(false);
    expect(v.reasons[0]).toContain('papershift:x');
  });
});
