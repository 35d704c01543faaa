import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeed, startEnvironmentSimulators } from '../../src/runtime/simulators.js';
import { UserError } from '../../src/cli/io.js';
import type { Declarations } from '../../src/model/declarations.js';

describe('in-process simulator state', () => {
  it('names a broken state file and says how to recover', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'simstate-'));
    writeFileSync(join(dir, '.simulator-state.json'), '{"kimai": {');
    const decl = { dir, env: 'x' } as Declarations;
    const err = await startEnvironmentSimulators(decl, ['kimai']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toContain('.simulator-state.json');
    expect((err as Error).message).toContain('people sandbox --reset');
  });
  it('names a broken seed file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'simseed-'));
    writeFileSync(join(dir, 'simulator-seed.yaml'), 'kimai: [unclosed');
    expect(() => readSeed(dir)).toThrow(/simulator-seed\.yaml: .*fix the seed file/);
  });
});
