// A small plan for the review tests: two people, a dependency, a sensitive field and a warning.
import type { Change, Plan } from '../../../src/generated/plan.js';

function change(
  partial: Partial<Change> & Pick<Change, 'id' | 'provider' | 'person' | 'resource' | 'action'>,
): Change {
  return { fields: [], requests: [], warnings: [], actualDigest: null, dependsOn: [], ...partial };
}

export const ALICE_USER = 'kimai:alice:user';
export const ALICE_PREFS = 'kimai:alice:preferences';
export const ALICE_PAYROLL = 'papershift:alice:payroll';
export const BOB_USER = 'kimai:bob:user';

export function reviewPlan(): Plan {
  const changes: Change[] = [
    change({
      id: ALICE_USER,
      provider: 'kimai',
      person: 'alice',
      resource: 'user',
      action: 'create',
      fields: [{ path: 'email', before: null, after: 'alice@example.com' }],
    }),
    change({
      id: ALICE_PREFS,
      provider: 'kimai',
      person: 'alice',
      resource: 'preferences',
      action: 'update',
      fields: [{ path: 'hourlyRate', before: 40, after: 45 }],
      dependsOn: [ALICE_USER],
    }),
    change({
      id: ALICE_PAYROLL,
      provider: 'papershift',
      person: 'alice',
      resource: 'payroll',
      action: 'update',
      label: 'bank account',
      fields: [
        {
          path: 'payroll.iban',
          before: 'DE02120300000000202051',
          after: 'DE89370400440532013000',
          sensitive: true,
        },
        { path: 'payroll.taxClass', before: 1, after: 3 },
      ],
      warnings: ['full replace: fields not declared are erased'],
    }),
    change({
      id: BOB_USER,
      provider: 'kimai',
      person: 'bob',
      resource: 'user',
      action: 'deactivate',
      fields: [{ path: 'enabled', before: true, after: false }],
    }),
  ];
  return {
    formatVersion: '1.0',
    env: 'test',
    date: '2025-01-01',
    declarationsDigest: 'd',
    providers: ['kimai', 'papershift'],
    changes,
    unmanaged: [],
    ignored: [],
    summary: { create: 1, update: 2, delete: 0, deactivate: 1, warnings: 1, unmanaged: 0, ignored: 0 },
    digest: 'x',
  };
}
