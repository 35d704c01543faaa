// Builders for plan fixtures in unit tests.
import type { Change, Plan } from '../../src/generated/plan.js';
import { buildPlan } from '../../src/plan/build.js';
import type { Policy } from '../../src/model/declarations.js';

export function change(partial: Partial<Change> & Pick<Change, 'provider' | 'person' | 'resource' | 'action'>): Change {
  const id = partial.id ?? `${partial.provider}:${partial.person}:${partial.resource}${partial.resourceKey ? `:${partial.resourceKey}` : ''}`;
  return { fields: [], requests: [], warnings: [], actualDigest: null, dependsOn: [], ...partial, id };
}

export function planOf(changes: Change[]): Plan {
  return buildPlan({
    env: 'test',
    date: '2026-11-23',
    declarationsDigest: 'd',
    targets: null,
    results: [{ provider: 'kimai', plan: { changes, unmanaged: [], ignored: [], warnings: [], errors: [] } }],
  });
}

export const policy = (over: Partial<Policy> = {}): Policy => ({
  unmanaged: 'report',
  maxChangesPercent: 30,
  minPopulation: 10,
  ignore: [],
  ...over,
});
