// JSON-Schema validation of declaration files (ajv, draft 2020-12), errors turned into positioned issues.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Ajv2020, CodeOptions, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type addFormatsModule from 'ajv-formats';
import { messageFor } from './schema-messages.js';
import type { DeclPath } from './positions.js';

export const SCHEMA_BASE = 'https://people.example/schema/';
export const schemaDir = fileURLToPath(new URL('../../schema/', import.meta.url));
/**
 * The quick validators, precompiled (ajv standalone code, CommonJS: its `require`s of ajv's runtime helpers and
 * ajv-formats' formats work as they are) by `npm run gen:validators`; test/unit/generated-validators.test.ts
 * checks it is up to date with schema/. Outside src/, so that it is found the same way from src/ and dist/.
 */
export const quickValidatorsFile = fileURLToPath(new URL('../../validators/quick.cjs', import.meta.url));

export type SchemaKind = 'environment' | 'contracts' | 'person' | 'personList';
export const SCHEMA_REF: Record<SchemaKind, string> = {
  environment: `${SCHEMA_BASE}environment.schema.json`,
  contracts: `${SCHEMA_BASE}contracts.schema.json`,
  person: `${SCHEMA_BASE}person.schema.json#/$defs/person`,
  personList: `${SCHEMA_BASE}person.schema.json#/$defs/personList`,
};

export interface SchemaIssue {
  /** Where to point: the offending node (or its key with `key`). */
  at: DeclPath;
  key: boolean;
  /** The path to show, when it differs from `at` (a missing property is shown by its own name). */
  shown: DeclPath;
  message: string;
}

let detailedRegistry: Ajv2020 | undefined;

/**
 * A new ajv instance with every schema in schema/ added (compiled lazily). The detailed one reports every error,
 * with the offending value and schema, which messages need; the quick one stops at the first. The one place the
 * options are set: scripts/validators-gen.ts precompiles the quick one from it (adding `code` options, which change
 * only how the source is kept), so the precompiled validators cannot drift apart from the run-time ones.
 */
export function newSchemaAjv(detailed: boolean, code?: CodeOptions): Ajv2020 {
  // Required here, not imported: ajv and ajv-formats take 150 ms of CPU to load, and a run whose files are all
  // valid never needs them (the precompiled validators bring only ajv's small runtime helpers).
  const require = createRequire(import.meta.url);
  const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const addFormats = require('ajv-formats') as typeof addFormatsModule;
  const ajv = new Ajv2020({
    strict: true,
    allErrors: detailed,
    allowUnionTypes: true,
    verbose: detailed,
    code,
  });
  addFormats.default(ajv);
  // json-schema-to-typescript's keyword in plan.schema.json; ajv strict mode rejects unknown keywords.
  ajv.addVocabulary(['tsType']);
  for (const f of readdirSync(schemaDir)
    .filter((n) => n.endsWith('.schema.json'))
    .sort()) {
    ajv.addSchema(JSON.parse(readFileSync(join(schemaDir, f), 'utf8')) as object);
  }
  return ajv;
}

/**
 * The detailed registry (`newSchemaAjv(true)`), once per process and only for data that failed the quick
 * validators: whether data is valid does not depend on its options. Validity itself is decided by the precompiled
 * quick validators (`quickValidator`), which cost nothing to compile.
 */
export function schemaRegistry(): Ajv2020 {
  detailedRegistry ??= newSchemaAjv(true);
  return detailedRegistry;
}

export type QuickValidate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
type QuickValidators = Record<SchemaKind, QuickValidate>;
let quickValidators: QuickValidators | undefined;

/** The precompiled quick validator of a kind (loaded on first use). */
export function quickValidator(kind: SchemaKind): QuickValidate {
  quickValidators ??= createRequire(import.meta.url)(quickValidatorsFile) as QuickValidators;
  const v = quickValidators[kind];
  if (typeof v !== 'function')
    throw new Error(`${quickValidatorsFile} has no ${kind} validator: run npm run gen:validators`);
  return v;
}

function validatorFor(ref: string): ValidateFunction {
  const v = schemaRegistry().getSchema(ref);
  if (!v) throw new Error(`schema ${ref} not found in ${schemaDir}`);
  return v;
}

/** RFC 6901 pointer -> path; digit-only segments are array indexes. */
function pointerToPath(pointer: string): Array<string | number> {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function under(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/**
 * For a failed oneOf, ajv reports every branch's errors. Users mean one branch: re-validate against each
 * branch and keep the errors of the closest one (fewest errors), so `{ url }` reads "token is required".
 */
function bestBranchErrors(e: ErrorObject, baseId: string): ErrorObject[] | null {
  const branches = Array.isArray(e.schema) ? (e.schema as unknown[]) : [];
  let best: ErrorObject[] | null = null;
  for (const b of branches) {
    const ref = b && typeof b === 'object' && '$ref' in b ? b.$ref : undefined;
    if (typeof ref !== 'string') return null;
    const v = validatorFor(new URL(ref, baseId).href);
    if (v(e.data)) return null;
    const errs = (v.errors ?? []).map((x) => ({ ...x, instancePath: e.instancePath + x.instancePath }));
    if (!best || errs.length < best.length) best = errs;
  }
  return best;
}

function toIssues(
  errors: ErrorObject[],
  baseId: string,
  hideValue: (path: DeclPath) => boolean,
): SchemaIssue[] {
  const alternatives = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  const outer = alternatives.filter(
    (a) =>
      !alternatives.some(
        (o) => o !== a && under(a.instancePath, o.instancePath) && o.instancePath !== a.instancePath,
      ),
  );
  const issues: SchemaIssue[] = [];
  for (const e of errors) {
    if (outer.some((a) => under(e.instancePath, a.instancePath))) continue;
    // propertyNames repeats what its inner error (which carries the property name) already says.
    if (e.keyword === 'propertyNames') continue;
    const path = pointerToPath(e.instancePath);
    issues.push(messageFor(e, path, hideValue(path)));
  }
  for (const a of outer) {
    const best = bestBranchErrors(a, baseId);
    if (best) issues.push(...toIssues(best, baseId, hideValue));
    else {
      const path = pointerToPath(a.instancePath);
      issues.push({ at: path, key: false, shown: path, message: 'does not match any of the allowed forms' });
    }
  }
  return issues;
}

/** Validates `data`; `hideValue` says which values must not be echoed in messages (secrets, personal data). */
export function validateAgainst(
  kind: SchemaKind,
  data: unknown,
  hideValue: (path: DeclPath) => boolean = () => false,
): SchemaIssue[] {
  if (quickValidator(kind)(data)) return [];
  const v = validatorFor(SCHEMA_REF[kind]);
  if (v(data)) throw new Error(`${kind}: the quick and the detailed schema validators disagree`);
  return toIssues(v.errors ?? [], SCHEMA_REF[kind], hideValue);
}

/**
 * Where `data` has text that the schema wants as another type (the detailed validator's `type` errors), with the
 * types it would take. Only asked for files with `${NAME}` values (see coerceSubstituted in load.ts).
 */
export function typeMismatches(kind: SchemaKind, data: unknown): Array<{ path: DeclPath; types: string[] }> {
  if (quickValidator(kind)(data)) return [];
  const v = validatorFor(SCHEMA_REF[kind]);
  v(data);
  const out: Array<{ path: DeclPath; types: string[] }> = [];
  for (const e of v.errors ?? []) {
    if (e.keyword !== 'type' || typeof e.data !== 'string') continue;
    const wanted = (e.params as { type?: string | string[] }).type;
    out.push({ path: pointerToPath(e.instancePath), types: Array.isArray(wanted) ? wanted : wanted ? [wanted] : [] });
  }
  return out;
}
