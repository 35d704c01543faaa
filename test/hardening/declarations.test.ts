// Bad declarations: every one is a clear error at file:line:col with exit 1, through validate and plan alike,
// never a stack trace — and nothing is read from or sent to a system.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyEnvironment, runCli } from '../helpers/cli.js';
import { BAD_FILES, hugeFile, type BadFile } from './bad-files.js';
import { stackLines } from './harness.js';

const FILE = 'environments/sandbox/people/bad.yaml';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function rootWith(content: string | Buffer): string {
  const root = copyEnvironment('sandbox');
  writeFileSync(join(root, FILE), content);
  return root;
}

function expectClearError(
  run: { code: number; stdout: string; stderr: string },
  bad: Pick<BadFile, 'line' | 'col' | 'message'>,
): void {
  expect(run.code).toBe(1);
  expect(stackLines(run.stderr + run.stdout)).toEqual([]);
  const at = new RegExp(`${escape(FILE)}:${bad.line}:${bad.col ?? '\\d+'}\\b`);
  const line = run.stderr.split('\n').find((l) => at.test(l));
  expect(line, run.stderr).toBeDefined();
  expect(line).toMatch(bad.message);
  // One line per problem, not a dump of the file.
  expect(run.stderr.length).toBeLessThan(2000);
}

describe('bad declarations', () => {
  it.each(BAD_FILES)('$name: validate and plan point at the problem, exit 1', async (bad) => {
    const root = rootWith(bad.content);
    expectClearError(await runCli(['validate', '--env', 'sandbox', '--root', root]), bad);
    const plan = await runCli(['plan', '--env', 'sandbox', '--root', root, '--date', '2026-11-23']);
    expectClearError(plan, bad);
    expect(plan.stdout).toBe('');
  });

  it('a 50 MB file is refused before it is parsed, with a position', async () => {
    const root = rootWith(hugeFile());
    const huge = { line: 1, col: 1, message: /bytes; declaration files may be at most/ };
    expectClearError(await runCli(['validate', '--env', 'sandbox', '--root', root]), huge);
    expectClearError(
      await runCli(['plan', '--env', 'sandbox', '--root', root, '--date', '2026-11-23']),
      huge,
    );
  });

  it('several broken files are all reported in one run, in file order', async () => {
    const root = copyEnvironment('sandbox');
    for (const bad of BAD_FILES)
      writeFileSync(join(root, `environments/sandbox/people/bad-${bad.name}.yaml`), bad.content);
    const r = await runCli(['validate', '--env', 'sandbox', '--root', root]);
    expect(r.code).toBe(1);
    expect(stackLines(r.stderr)).toEqual([]);
    for (const bad of BAD_FILES)
      expect(r.stderr).toMatch(new RegExp(`people/bad-${escape(bad.name)}\\.yaml:${bad.line}:\\d+`));
  });
});
