import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('README YAML examples', () => {
  it('has examples', () => expect(blocks.length).toBeGreaterThanOrEqual(3));
  it.each(blocks.map((b, i) => [i, b] as const))('example %i parses without errors', (_i, block) => {
    const doc = parseDocument(block, { uniqueKeys: true });
    expect(doc.errors.map((e) => e.message)).toEqual([]);
  });
});
