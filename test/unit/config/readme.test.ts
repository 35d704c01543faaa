import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { schemaDir } from '../../../src/config/schema-validate.js';

const readme = readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8');

/** The `## Declaration format` section, up to the next second-level heading. */
function formatSection(): string {
  const start = readme.indexOf('\n## Declaration format');
  if (start < 0) return '';
  const next = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, next < 0 ? undefined : next);
}

function propertyNames(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => propertyNames(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'properties' && v && typeof v === 'object') Object.keys(v).forEach((name) => out.add(name));
      propertyNames(v, out);
    }
  }
  return out;
}

describe('README ## Declaration format', () => {
  it.each(['environment', 'contracts', 'person'])(
    'documents every property of %s.schema.json (as `name`)',
    (name) => {
      const section = formatSection();
      const schema: unknown = JSON.parse(readFileSync(join(schemaDir, `${name}.schema.json`), 'utf8'));
      const missing = [...propertyNames(schema)].filter((p) => !section.includes(`\`${p}\``));
      expect(missing).toEqual([]);
    },
  );
});
