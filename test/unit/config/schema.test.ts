import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaDir, schemaRegistry } from '../../../src/config/schema-validate.js';
import { errorsOf, P } from './helpers.js';

type Json = Record<string, unknown>;
const schemaFiles = readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json'));
const declarationSchemas = ['contracts.schema.json', 'environment.schema.json', 'person.schema.json'];
const read = (f: string): Json => JSON.parse(readFileSync(join(schemaDir, f), 'utf8')) as Json;

/** Every object schema (with `properties`) anywhere in a schema, with its JSON pointer. */
function objectSchemas(node: unknown, at = '#'): Array<{ at: string; schema: Json }> {
  if (!node || typeof node !== 'object') return [];
  const out: Array<{ at: string; schema: Json }> = [];
  if (!Array.isArray(node) && 'properties' in node) out.push({ at, schema: node });
  for (const [k, v] of Object.entries(node)) out.push(...objectSchemas(v, `${at}/${k}`));
  return out;
}

describe('schemas', () => {
  it('all compile in ajv strict mode', () => {
    const ajv = schemaRegistry();
    for (const f of schemaFiles) {
      const id = read(f).$id as string;
      expect(ajv.getSchema(id), f).toBeTypeOf('function');
    }
  });

  it.each(declarationSchemas)('%s: unique $id, draft 2020-12, a title on every $def', (f) => {
    const s = read(f);
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.$id).toBe(`https://people.example/schema/${f}`);
    for (const [name, def] of Object.entries(s.$defs as Json))
      expect((def as Json).title, `${f} $defs/${name}`).toBeTypeOf('string');
  });

  it.each(declarationSchemas)('%s: a description on every property and no additional properties', (f) => {
    for (const { at, schema } of objectSchemas(read(f))) {
      expect(schema.additionalProperties, `${f} ${at}`).toBe(false);
      for (const [name, prop] of Object.entries(schema.properties as Json)) {
        expect((prop as Json).description, `${f} ${at}/properties/${name}`).toBeTypeOf('string');
      }
    }
  });
});

const head = `key: jane.doe
firstName: Jane
lastName: Doe
email: jane@example.com
`;

describe('schema errors point at the offending node', () => {
  it('a missing property points at the mapping that should hold it', async () => {
    const yaml = `key: jane.doe\nfirstName: Jane\nemail: jane@example.com\n`;
    expect(await errorsOf({ 'people/jane.yaml': yaml })).toEqual([
      `${P}/jane.yaml:1:1 lastName: is required`,
    ]);
  });

  it('an unknown property points at its key and lists the allowed ones', async () => {
    const yaml = `${head}systems:\n  kimai:\n    username: jdoe\n    colour: red\n`;
    expect(await errorsOf({ 'people/jane.yaml': yaml })).toEqual([
      `${P}/jane.yaml:8:5 systems.kimai.colour: unknown field (allowed here: username, id, roles, timezone, language, locale, alias, title, accountNumber)`,
    ]);
  });

  it('wrong types, enums, formats and limits, each at its value', async () => {
    const yaml = `${head}contracts:
  - start: 2026-01-01
    type: week
    weeklyHours: forty
    workDays: [mon, mon, fun]
    vacationDays: 30.25
systems:
  kimai: { username: jdoe, roles: [ROLE_USER] }
  papershift: { staffNumber: 100000, id: not-a-uuid }
  mctime: { nationality: de, roles: [{ role: boss, organizations: [{ id: x, name: y }] }] }
`;
    expect(await errorsOf({ 'people/jane.yaml': yaml })).toEqual([
      `${P}/jane.yaml:8:18 contracts[0].weeklyHours: must be a duration like 8h, 7h30m, 45m or 30s, or a number of seconds (got "forty")`,
      `${P}/jane.yaml:9:21 contracts[0].workDays[1]: repeats entry 0 (got "mon")`,
      `${P}/jane.yaml:9:26 contracts[0].workDays[2]: must be one of mon, tue, wed, thu, fri, sat, sun (got "fun")`,
      `${P}/jane.yaml:10:19 contracts[0].vacationDays: must be a multiple of 0.5 (got 30.25)`,
      `${P}/jane.yaml:12:36 systems.kimai.roles[0]: ROLE_USER is implicit in Kimai and must not be listed (Kimai rejects it)`,
      `${P}/jane.yaml:13:30 systems.papershift.staffNumber: must be at most 99999 (got 100000)`,
      `${P}/jane.yaml:13:42 systems.papershift.id: must be a UUID like 123abc45-39c5-436f-a70b-d3a14db753c6 (got "not-a-uuid")`,
      `${P}/jane.yaml:14:26 systems.mctime.nationality: must be an upper-case ISO country code like DE or AT (got "de")`,
      `${P}/jane.yaml:14:46 systems.mctime.roles[0].role: must be one of employee, approver, manager, administrator, main_administrator (got "boss")`,
      `${P}/jane.yaml:14:68 systems.mctime.roles[0].organizations[0]: must give the organization by id or by name, not both`,
    ]);
  });

  it('McTime roles, when given, name at least one (an empty list would strip every role)', async () => {
    const yaml = `${head}systems:\n  mctime: { roles: [] }\n`;
    expect(await errorsOf({ 'people/jane.yaml': yaml })).toEqual([`${P}/jane.yaml:6:20 systems.mctime.roles: must have at least 1 entry`]);
  });

  it('a provider is matched to the form it is closest to', async () => {
    const env = `providers:
  kimai:
    url: https://time.example.com
  papershift:
    simulator: true
    email: x@example.com
`;
    expect(await errorsOf({ 'environment.yaml': env })).toEqual([
      'environments/acme/environment.yaml:3:5 providers.kimai.token: is required',
      'environments/acme/environment.yaml:6:5 providers.papershift.email: unknown field (allowed here: simulator, concurrency, timeoutMs, retries)',
    ]);
  });

  it('a bad template name points at the name', async () => {
    expect(
      await errorsOf({ 'contracts.yaml': 'full time: { type: week, weeklyHours: 40h, workDays: [mon] }\n' }),
    ).toEqual([
      `environments/acme/contracts.yaml:1:1 full time: invalid name: may only contain letters, digits, '.', '_' and '-'`,
    ]);
  });

  it('explains that YAML merge keys are not supported', async () => {
    const yaml = `${head}systems:\n  kimai:\n    <<: { username: jdoe }\n    username: jdoe\n`;
    expect(await errorsOf({ 'people/jane.yaml': yaml })).toEqual([
      `${P}/jane.yaml:7:5 systems.kimai.<<: YAML merge keys (<<) are not supported: write the fields out`,
    ]);
  });

  it('an empty person file', async () => {
    expect(await errorsOf({ 'people/empty.yaml': '# nothing yet\n' })).toEqual([
      `${P}/empty.yaml:1:1: must be a mapping, not empty`,
    ]);
  });
});
