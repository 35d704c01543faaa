// Fuzzing the loader and validator: random YAML-ish text and random person objects dumped to YAML. Whatever
// the input, loadEnvironment resolves (never throws, never hangs) with either declarations or a list of
// errors that each carry a file and a 1-based position.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { stringify } from 'yaml';
import { loadEnvironment, type LoadResult } from '../../src/config/load.js';

const ENVIRONMENT =
  'providers:\n  kimai: { simulator: true }\n  papershift: { simulator: true }\n  mctime: { simulator: true }\n';
const CONTRACTS =
  'full-time-40: { type: week, weeklyHours: 40h, workDays: [mon, tue, wed, thu, fri], vacationDays: 30 }\n';
/** Far above a load of a few small files; hitting it means something loops or explodes. */
const HANG_MS = 5_000;

const base = mkdtempSync(join(tmpdir(), 'people-fuzz-'));
let counter = 0;

async function loadPerson(content: string): Promise<LoadResult> {
  const root = join(base, String(counter++));
  mkdirSync(join(root, 'environments/fz/people'), { recursive: true });
  writeFileSync(join(root, 'environments/fz/environment.yaml'), ENVIRONMENT);
  writeFileSync(join(root, 'environments/fz/contracts.yaml'), CONTRACTS);
  writeFileSync(join(root, 'environments/fz/people/p.yaml'), content);
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error('loader hung')), HANG_MS)),
  );
  try {
    return await Promise.race([loadEnvironment({ root, env: 'fz', processEnv: { FZ: 'value' } }), hang]);
  } finally {
    clearTimeout(timer);
  }
}

function expectWellFormed(result: LoadResult): void {
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const e of result.errors) {
    expect(e.file).toMatch(/^environments\/fz\//);
    expect(e.line).toBeGreaterThanOrEqual(1);
    expect(e.col).toBeGreaterThanOrEqual(1);
    expect(typeof e.message).toBe('string');
    expect(e.message.length).toBeGreaterThan(0);
  }
}

// Pieces of YAML syntax, so random text reaches the parser's and validator's corners, not just "bad scalar".
const TOKENS = [
  'key: ',
  'firstName: ',
  'email: ',
  'contracts:',
  'systems:',
  'kimai:',
  'people:',
  '- ',
  '  ',
  '\n',
  ': ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a ',
  '*a',
  '!!str ',
  '!!binary ',
  '!custom ',
  '"',
  "'",
  '#',
  '|',
  '>',
  '---',
  '...',
  '\t',
  '?',
  '%YAML 1.2',
  '<<: *a',
  '${FZ}',
  '${MISSING}',
  '$${FZ}',
  '2025-02-30',
  '2025-01-01',
  '8h',
  '-8h',
  '1e309',
  '0x1F',
  '~',
  'null',
  'true',
  'jane.doe',
  'a@b.c',
  '\u0000',
  '\uFEFF',
  'ä',
];
const yamlish = fc.oneof(
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((t) => t.join('')),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

const scalar = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    '8h',
    '7h30m',
    '-1h',
    '2025-01-01',
    '2025-13-01',
    'Europe/Vienna',
    'Mars/Base',
    '${FZ}',
    '${NOPE}',
  ),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(fc.oneof(arb, scalar), { nil: undefined, freq: 3 });
const contract = fc.record(
  {
    start: maybe(fc.constantFrom('2025-01-01', '2026-03-01', '2025-02-29')),
    end: maybe(fc.constantFrom('2027-12-31', '2024-01-01')),
    template: maybe(fc.constantFrom('full-time-40', 'no-such-template')),
    type: maybe(fc.constantFrom('day', 'week', 'month', 'year')),
    weeklyHours: maybe(fc.constantFrom('40h', '38h30m', -5, 0)),
    days: maybe(
      fc.dictionary(fc.constantFrom('mon', 'tue', 'sun', 'xyz'), fc.constantFrom('8h', '0s', '-8h', 28800)),
    ),
    workDays: maybe(fc.subarray(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'fun'])),
    vacationDays: maybe(fc.integer({ min: -5, max: 400 })),
  },
  { requiredKeys: [] },
);
const person = fc.record(
  {
    key: maybe(fc.constantFrom('jane.doe', 'Jane Doe', '', 'x'.repeat(300))),
    firstName: maybe(fc.string({ maxLength: 20 })),
    lastName: maybe(fc.string({ maxLength: 20 })),
    email: maybe(fc.oneof(fc.emailAddress(), fc.constantFrom('nope', 'a@', '@b'))),
    leaveDate: maybe(fc.constantFrom('2026-12-31', '31.12.2026')),
    contracts: maybe(fc.array(contract, { maxLength: 3 })),
    employments: maybe(
      fc.array(
        fc.dictionary(
          fc.constantFrom('basicData', 'employmentContract', 'bankDetails', 'junk'),
          fc.object({ maxDepth: 2 }),
        ),
        { maxLength: 2 },
      ),
    ),
    systems: maybe(
      fc.record(
        {
          kimai: maybe(
            fc.record(
              {
                username: maybe(fc.string()),
                timezone: maybe(fc.constantFrom('Europe/Berlin', 'Nowhere/City')),
              },
              { requiredKeys: [] },
            ),
          ),
        },
        { requiredKeys: [] },
      ),
    ),
    unknownField: maybe(scalar),
  },
  { requiredKeys: [] },
);

test.prop([yamlish], { numRuns: 400 })(
  'random YAML-ish text: ok or positioned errors, never a throw',
  async (text) => {
    expectWellFormed(await loadPerson(text));
  },
);

test.prop([person], { numRuns: 300 })(
  'random person objects as YAML: ok or positioned errors, never a throw',
  async (p) => {
    expectWellFormed(await loadPerson(stringify(p)));
  },
);

test.prop([fc.array(person, { maxLength: 4 })], { numRuns: 50 })(
  'random people lists: ok or positioned errors',
  async (people) => {
    expectWellFormed(await loadPerson(stringify({ people })));
  },
);
