import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateValidators } from '../../scripts/validators-gen.js';

describe('precompiled quick schema validators', () => {
  it('are up to date with schema/ (run `npm run gen:validators` if this fails)', () => {
    const file = generateValidators();
    const have = existsSync(file.path) ? readFileSync(file.path, 'utf8') : '';
    // Compared line by line rather than with toBe: a diff of 200 KB of generated code helps nobody.
    const haveLines = have.split('\n');
    const wantLines = file.content.split('\n');
    const first = wantLines.findIndex((l, i) => haveLines[i] !== l);
    const where =
      first >= 0 ? `line ${first + 1} differs` : `${haveLines.length - wantLines.length} extra lines`;
    expect(have === file.content, `${file.path} is stale (${where}): run npm run gen:validators`).toBe(true);
  });
});
