// Generates validators/quick.cjs (the precompiled quick schema validators, ajv standalone code) from schema/;
// shared by `npm run gen:validators` and the freshness test.
import standaloneCode from 'ajv/dist/standalone/index.js';
import { newSchemaAjv, quickValidatorsFile, SCHEMA_REF } from '../src/config/schema-validate.js';

export interface GeneratedFile {
  path: string;
  content: string;
}

/**
 * The quick ajv instance of src/config/schema-validate.ts, with its source kept, as a CommonJS module exporting
 * one validate function per SchemaKind. CommonJS because the code ajv generates `require`s its runtime helpers
 * and ajv-formats' formats even with `code.esm`; the module loads it with createRequire.
 */
export function generateValidators(): GeneratedFile {
  const ajv = newSchemaAjv(false, { source: true, lines: true });
  const code = standaloneCode.default(ajv, SCHEMA_REF);
  const banner =
    '/* eslint-disable */\n// Generated from schema/*.schema.json by `npm run gen:validators`. Do not edit by hand.\n';
  return { path: quickValidatorsFile, content: `${banner}${code}\n` };
}
