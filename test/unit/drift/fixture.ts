// A plan with drift of every kind, and a journal map as `lastAppliedValues` would return it.
import type { Change, Plan, UnmanagedUser } from '../../../src/generated/plan.js';
import { buildPlan } from '../../../src/plan/build.js';
import { valueDigest } from '../../../src/drift/report.js';
import { change } from '../../helpers/plan-builders.js';

export const IBAN = 'DE89370400440532013000';

export function driftPlan(): Plan {
  const kimai: Change[] = [
    // jane: email edited in Kimai (journal says we wrote the declared value), timezone changed in YAML.
    change({
      provider: 'kimai',
      person: 'jane.doe',
      resource: 'user',
      action: 'update',
      actualDigest: 'x',
      fields: [
        { path: 'email', before: 'jane@evil.example', after: 'jane.doe@example.com' },
        { path: 'timezone', before: 'Europe/Berlin', after: 'Europe/Paris' },
        { path: 'title', before: '<script>alert(1)</script>', after: 'Engineer' },
      ],
    }),
    change({
      provider: 'kimai',
      person: 'max.m',
      resource: 'user',
      action: 'create',
      fields: [{ path: 'username', before: null, after: 'max' }],
    }),
  ];
  const papershift: Change[] = [
    change({
      provider: 'papershift',
      person: 'jane.doe',
      resource: 'working-time-model',
      resourceKey: '2026-03-01',
      label: 'week 40h from 2026-03-01',
      action: 'create',
    }),
  ];
  const mctime: Change[] = [
    change({
      provider: 'mctime',
      person: 'jane.doe',
      resource: 'payroll',
      action: 'update',
      actualDigest: 'y',
      fields: [
        { path: 'bankAccount.iban', before: 'DE00000000000000000000', after: IBAN },
        { path: 'secretNote', before: 'old', after: 'top-secret', sensitive: true },
      ],
    }),
    change({
      provider: 'mctime',
      person: '77',
      resource: 'user',
      action: 'deactivate',
      fields: [{ path: 'active', before: true, after: false }],
    }),
  ];
  const unmanagedKimai: UnmanagedUser[] = [
    { provider: 'kimai', id: '12', name: 'bob <b>', email: 'bob@example.com', active: true },
  ];
  const unmanagedMcTime: UnmanagedUser[] = [
    { provider: 'mctime', id: '77', name: 'Old Account', email: null, active: true },
  ];
  const empty = { ignored: [], warnings: [], errors: [] };
  return buildPlan({
    env: 'production',
    date: '2026-11-23',
    declarationsDigest: 'd',
    targets: null,
    results: [
      { provider: 'kimai', plan: { changes: kimai, unmanaged: unmanagedKimai, ...empty } },
      { provider: 'papershift', plan: { changes: papershift, unmanaged: [], ...empty } },
      { provider: 'mctime', plan: { changes: mctime, unmanaged: unmanagedMcTime, ...empty } },
    ],
  });
}

/** What the last apply wrote: jane's declared email (so Kimai moved) and her old timezone (so the YAML moved). */
export function journalMap(): Map<string, Record<string, string>> {
  return new Map([
    [
      'kimai:jane.doe:user',
      {
        email: valueDigest('jane.doe@example.com'),
        timezone: valueDigest('Europe/Berlin'),
        title: valueDigest('Dr'),
      },
    ],
  ]);
}
