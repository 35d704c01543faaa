// Generates src/generated/*.ts from schema/*.schema.json; shared by `npm run gen:types` and the freshness test.
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileFromFile } from 'json-schema-to-typescript';

export const root = fileURLToPath(new URL('..', import.meta.url));
const schemaDir = join(root, 'schema');
export const generatedDir = join(root, 'src', 'generated');

export interface GeneratedFile {
  path: string;
  content: string;
}

export async function generateAll(): Promise<GeneratedFile[]> {
  const files = readdirSync(schemaDir)
    .filter((f) => f.endsWith('.schema.json'))
    .sort();
  const out: GeneratedFile[] = [];
  for (const file of files) {
    const name = basename(file, '.schema.json');
    const content = await compileFromFile(join(schemaDir, file), {
      cwd: schemaDir,
      additionalProperties: false,
      unreachableDefinitions: true,
      bannerComment: `/* eslint-disable */\n/** Generated from schema/${file} by \`npm run gen:types\`. Do not edit by hand. */`,
      style: { singleQuote: true, printWidth: 110 },
    });
    out.push({ path: join(generatedDir, `${name}.ts`), content });
  }
  return out;
}
