import { describe, expect, it } from 'vitest';
import { buildPlan, orderChanges, planDigest } from '../../../src/plan/build.js';
import { change, planOf } from '../../helpers/plan-builders.js';

describe('orderChanges', () => {
  it('puts dependencies first, then orders by person, system and resource', () => {
    const prefs = change({ provider: 'kimai', person: 'a', resource: 'preferences', action: 'update', dependsOn: ['mctime:z:user'] });
    const user = change({ provider: 'mctime', person: 'z', resource: 'user', action: 'create' });
    const other = change({ provider: 'kimai', person: 'b', resource: 'user', action: 'update' });
    const kimaiUser = change({ provider: 'kimai', person: 'a', resource: 'user', action: 'create' });
    expect(orderChanges([other, prefs, user, kimaiUser]).map((c) => c.id)).toEqual([
      'kimai:a:user',
      'mctime:z:user',
      'kimai:a:preferences',
      'kimai:b:user',
    ]);
  });
});

describe('buildPlan', () => {
  it('summarises by action and counts warnings', () => {
    const plan = planOf([
      change({ provider: 'kimai', person: 'a', resource: 'user', action: 'create', warnings: ['w1', 'w2'] }),
      change({ provider: 'kimai', person: 'b', resource: 'user', action: 'update' }),
      change({ provider: 'kimai', person: 'c', resource: 'user', action: 'deactivate' }),
    ]);
    expect(plan.summary).toEqual({ create: 1, update: 1, delete: 0, deactivate: 1, warnings: 2, unmanaged: 0, ignored: 0 });
  });

  it('is deterministic whatever order the providers answered in', () => {
    const a = change({ provider: 'kimai', person: 'a', resource: 'user', action: 'create' });
    const b = change({ provider: 'mctime', person: 'a', resource: 'user', action: 'create' });
    const empty = { unmanaged: [], ignored: [], warnings: [], errors: [] };
    const base = { env: 'e', date: '2026-01-01', declarationsDigest: 'x', targets: null };
    const one = buildPlan({ ...base, results: [{ provider: 'kimai', plan: { ...empty, changes: [a] } }, { provider: 'mctime', plan: { ...empty, changes: [b] } }] });
    const two = buildPlan({ ...base, results: [{ provider: 'mctime', plan: { ...empty, changes: [b] } }, { provider: 'kimai', plan: { ...empty, changes: [a] } }] });
    expect(JSON.stringify(one)).toBe(JSON.stringify(two));
    expect(one.digest).toBe(planDigest(one));
  });

  it('changes the digest when anything in the plan changes', () => {
    const p1 = planOf([change({ provider: 'kimai', person: 'a', resource: 'user', action: 'create' })]);
    const p2 = planOf([change({ provider: 'kimai', person: 'a', resource: 'user', action: 'update' })]);
    expect(p1.digest).not.toBe(p2.digest);
  });
});

describe('service accounts', () => {
  it('marks a McTime user with the e-mail of another system service account as one too', () => {
    const empty = { changes: [], ignored: [], warnings: [], errors: [] };
    const plan = buildPlan({
      env: 'e',
      date: '2026-01-01',
      declarationsDigest: 'x',
      targets: null,
      results: [
        { provider: 'kimai', plan: { ...empty, unmanaged: [{ provider: 'kimai', id: '1', name: 'admin', email: 'IT@acme.example', serviceAccount: true }] } },
        {
          provider: 'mctime',
          plan: {
            ...empty,
            unmanaged: [
              { provider: 'mctime', id: 'a', name: 'IT Admin', email: 'it@acme.example' },
              { provider: 'mctime', id: 'b', name: 'Someone', email: 'someone@acme.example' },
            ],
          },
        },
      ],
    });
    expect(plan.unmanaged.map((u) => [u.id, Boolean(u.serviceAccount)])).toEqual([
      ['1', true],
      ['a', true],
      ['b', false],
    ]);
  });
});
