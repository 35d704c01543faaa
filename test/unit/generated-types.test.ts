import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateAll } from '../../scripts/types-gen.js';

describe('generated types', () => {
  it('are up to date with schema/ (run `npm run gen:types` if this fails)', async () => {
    for (const file of await generateAll()) {
      expect(readFileSync(file.path, 'utf8'), `${file.path} is stale: run npm run gen:types`).toBe(file.content);
    }
  });
});
