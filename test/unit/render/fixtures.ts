// Loads the hand-written plan fixtures and builds the huge one (generated: 400 people would be a 500 KB file).
import { readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Change, Plan } from '../../../src/generated/plan.js';

const fixtures = new URL('../../fixtures/', import.meta.url);

export function loadPlan(name: string): Plan {
  return JSON.parse(readFileSync(new URL(`plans/${name}.json`, fixtures), 'utf8')) as Plan;
}

/** Compares with test/fixtures/golden/<name>; `UPDATE_GOLDEN=1` rewrites the file instead. */
export function expectGolden(name: string, actual: string): void {
  const file = new URL(`golden/${name}`, fixtures);
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(file, actual);
    return;
  }
  let expected: string;
  try {
    expected = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`golden file ${name} is missing; run UPDATE_GOLDEN=1 npx vitest run test/unit/render`);
  }
  expect(actual, `differs from golden/${name} (UPDATE_GOLDEN=1 rewrites it after review)`).toBe(expected);
}

/** A deterministic plan with `people` people, 3 changes each, and a warning every 10th person. */
export function hugePlan(people: number): Plan {
  const changes: Change[] = [];
  for (let i = 0; i < people; i++) {
    const person = `person.${String(i).padStart(4, '0')}`;
    const base = { person, requests: [], actualDigest: null, dependsOn: [] };
    changes.push(
      {
        ...base,
        id: `kimai:${person}:user`,
        provider: 'kimai',
        resource: 'user',
        action: 'create',
        fields: [
          { path: 'username', before: null, after: `p${i}` },
          { path: 'email', before: null, after: `${person}@example.com` },
          { path: 'roles', before: null, after: ['ROLE_USER'] },
        ],
        warnings: [],
      },
      {
        ...base,
        id: `papershift:${person}:working-time-model:2026-01-01`,
        provider: 'papershift',
        resource: 'working-time-model',
        resourceKey: '2026-01-01',
        action: 'update',
        fields: [
          { path: 'workdays.mon', before: 28800, after: 27000 },
          { path: 'workdays.tue', before: 28800, after: 27000 },
        ],
        warnings:
          i % 10 === 0
            ? [`Working-time model of ${person} from 2025-01-01 is kept only because it is re-sent.`]
            : [],
      },
      {
        ...base,
        id: `mctime:${person}:employment:2025-01-01`,
        provider: 'mctime',
        resource: 'employment',
        resourceKey: '2025-01-01',
        action: 'update',
        fields: [
          {
            path: 'bankDetails.iban',
            before: `DE0012345678${String(i).padStart(10, '0')}`,
            after: `DE9912345678${String(i).padStart(10, '0')}`,
            sensitive: true,
          },
          { path: 'employmentContract.weeklyHours', before: 40, after: 37.5 },
        ],
        warnings: [],
      },
    );
  }
  const n = people;
  return {
    formatVersion: '1.0',
    env: 'production',
    date: '2026-11-23',
    declarationsDigest: 'a'.repeat(64),
    providers: ['kimai', 'papershift', 'mctime'],
    changes,
    unmanaged: [
      { provider: 'kimai', id: '99', name: 'Someone Else', email: 'someone@example.com', active: true },
      { provider: 'kimai', id: '1', name: 'IT Admin', email: 'it@example.com', active: true, serviceAccount: true },
    ],
    ignored: [],
    warnings: ['A plan-wide warning that must survive the comment limit.'],
    summary: {
      create: n,
      update: 2 * n,
      delete: 0,
      deactivate: 0,
      warnings: Math.ceil(n / 10),
      unmanaged: 2,
      ignored: 0,
    },
    digest: 'b'.repeat(64),
  };
}
