// Property: the plan is a function of the declarations and the systems' state (DESIGN.md "Data flow"): the
// same inputs give a byte-identical plan JSON, and so do the same people written in another file layout and
// order (people files are only a way to write the declarations down).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { peopleArb } from './gen/declarations.js';
import { ENV, startWorld, writeEnvironment, type World } from './gen/environment.js';
import { seedsOf, startingStateArb, withPins } from './gen/starting-state.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 25);
const SEED = Number(process.env.PROPERTY_SEED ?? 20261123);

const scenarioArb = peopleArb.chain((people) =>
  startingStateArb(people).map((start) => ({ people: withPins(people, start), start })),
);

async function planJson(world: World, root: string): Promise<string> {
  const r = await runCli(['plan', '--format', 'json', '--date', '2026-11-23', '--env', ENV, '--root', root], {
    env: world.env,
  });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

describe('property: plans are deterministic', () => {
  it(`gives byte-identical plan JSON for the same inputs and for another file layout (seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async ({ people, start }) => {
        const world = await startWorld(people, seedsOf(people, start));
        // The same environment (name included: it is part of the plan) in another root and file layout.
        const root = mkdtempSync(join(tmpdir(), 'people-prop-layout-'));
        try {
          mkdirSync(join(root, 'plans'));
          writeEnvironment({ root, sims: world.sims }, ENV, people, 'reversed');
          const first = await planJson(world, world.root);
          expect(await planJson(world, world.root)).toBe(first);
          expect(await planJson(world, root)).toBe(first);
        } finally {
          rmSync(root, { recursive: true, force: true });
          await world.close();
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 600_000);
});
