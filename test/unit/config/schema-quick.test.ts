// validateAgainst decides validity with the precompiled quick validators (validators/quick.cjs: no allErrors, no
// verbose) and asks the detailed ones, compiled at run time, only for messages; both must agree on every value,
// or a file would pass or fail depending on which ran.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parse as load } from 'yaml';
import { quickValidator, schemaRegistry } from '../../../src/config/schema-validate.js';

const PERSON = 'https://people.example/schema/person.schema.json#/$defs/person';

const jane = load(`
key: jane.doe
firstName: Jane
lastName: Doe
email: jane.doe@example.com
contracts:
  - { start: "2025-01-01", template: full-time-40 }
  - start: "2026-03-01"
    end: "2027-12-31"
    type: day
    days: { mon: 8h, tue: 8h, wed: 8h, thu: 8h, fri: 4h }
    vacationDays: 30
    publicHolidayGroup: 1
employments:
  - basicData: { employmentStart: "2025-01-01", employmentRelationship: employee }
    employmentContract: { position: Engineer, employmentType: full_time, weeklyHours: 40 }
systems:
  kimai: { username: jdoe, roles: [ROLE_TEAMLEAD], timezone: Europe/Berlin }
  papershift: { staffNumber: 1042 }
  mctime: { roles: [{ role: employee, organizations: [{ name: Main }] }] }
`) as Record<string, unknown>;

type Json = unknown;

/** Every path to a node of `v` (objects and arrays included), the root first. */
function paths(v: Json, at: Array<string | number> = []): Array<Array<string | number>> {
  const out = [at];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...at, i])));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...at, k]));
  return out;
}

/** `v` with the node at `path` replaced (undefined: removed). */
function setAt(v: Json, path: Array<string | number>, to: Json): Json {
  if (path.length === 0) return to;
  const [head, ...rest] = path as [string | number, ...Array<string | number>];
  const copy = (Array.isArray(v) ? [...(v as Json[])] : { ...(v as object) }) as Record<string | number, Json>;
  const next = setAt(copy[head], rest, to);
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy;
}

const all = paths(jane);
const values = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('', 'x', '8h', '2025-02-30', '2025-01-01', 'mon', 'week', 'not an e-mail', 'a@b.c', 'ROLE_USER'),
  fc.integer({ min: -2, max: 200 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.jsonValue({ maxDepth: 2 }),
);
const mutation = fc.record({ path: fc.constantFrom(...all), to: values, extraKey: fc.option(fc.string(), { nil: undefined }) });

describe('precompiled quick and detailed schema validators', () => {
  test.prop([fc.array(mutation, { minLength: 1, maxLength: 4 })], { numRuns: 400 })(
    'agree on whether a mutated person is valid',
    (mutations) => {
      let person: Json = jane;
      for (const m of mutations) {
        const target = m.extraKey !== undefined && m.path.length === 0 ? [m.extraKey] : m.path;
        person = setAt(person, target, m.to);
      }
      const quick = quickValidator('person');
      const detailed = schemaRegistry().getSchema(PERSON)!;
      return quick(person) === detailed(person);
    },
  );

  it('the unmutated person is valid for both', () => {
    expect([quickValidator('person')(jane), schemaRegistry().getSchema(PERSON)!(jane)]).toEqual([true, true]);
  });
});
