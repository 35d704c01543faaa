// `people validate --env E`: load and validate; a one-line summary, or every error with file:line:col.
import { formatConfigError, loadEnvironment } from '../config/load.js';
import { PROVIDERS } from '../model/declarations.js';
import type { Io } from './io.js';
import { createProgress, loadingProgress } from './progress.js';

export async function runValidate(
  opts: { root: string; env: string; format: 'text' | 'json' },
  io: Io,
): Promise<number> {
  const progress = createProgress(io, opts.format === 'json');
  let result: Awaited<ReturnType<typeof loadEnvironment>>;
  try {
    result = await loadEnvironment({ root: opts.root, env: opts.env, processEnv: io.env, onFile: loadingProgress(progress) });
  } finally {
    progress.stop();
  }
  if (!result.ok) {
    if (opts.format === 'json')
      io.stdout.write(`${JSON.stringify({ ok: false, errors: result.errors }, null, 2)}\n`);
    else for (const e of result.errors) io.stderr.write(`${formatConfigError(e)}\n`);
    return 1;
  }
  const { decl } = result;
  const summary = {
    ok: true,
    people: decl.people.length,
    contracts: decl.people.reduce((n, p) => n + p.contracts.length, 0),
    employments: decl.people.reduce((n, p) => n + p.employments.length, 0),
    providers: PROVIDERS.filter((name) => decl.providers[name] !== undefined),
  };
  if (opts.format === 'json') io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  else {
    const providers = summary.providers.length ? summary.providers.join(', ') : 'none';
    io.stdout.write(
      `${decl.env}: ${summary.people} people, ${summary.contracts} contracts, ${summary.employments} employments; providers: ${providers}\n`,
    );
  }
  return 0;
}
