// people import: writes declarations for users that exist in the systems but are declared nowhere, so that a
// following plan shows no changes for them. Exit 0 when done (also with nothing to import); 1 on errors.
import type { ProviderName } from '../model/declarations.js';
import { runImportCore, type ImportOutcome } from '../import/run.js';
import type { Io } from './io.js';
import { parseDate } from './options.js';
import { createProgress } from './progress.js';

export interface ImportCommandOptions {
  root: string;
  env: string;
  providers: ProviderName[];
  includeSensitive: boolean;
  date?: string;
  allowInsecureHttp: boolean;
}

function report(o: ImportOutcome, env: string): { text: string; failed: boolean } {
  const lines: string[] = [];
  const envDir = `environments/${env}`;
  const writtenKeys = new Set(o.written.map((w) => w.key));
  for (const p of o.people) {
    const status = writtenKeys.has(p.key) ? '+' : p.errors.length ? '!' : '=';
    const what = p.errors.length ? 'not written (invalid)' : writtenKeys.has(p.key) ? `from ${p.systems.join(', ')}` : 'exists already: skipped';
    lines.push(`${status} ${envDir}/people/imported/${p.key}.yaml  ${what}`);
    for (const e of p.errors) lines.push(`    error: ${e}`);
    if (writtenKeys.has(p.key)) for (const w of p.warnings) lines.push(`    warning: ${w}`);
  }
  if (o.join.skipped.length) lines.push('', 'Not imported:', ...o.join.skipped.map((s) => `  - ${s}`));
  if (o.join.notes.length) lines.push('', 'Notes:', ...o.join.notes.map((s) => `  - ${s}`));
  const refs = o.people.filter((p) => writtenKeys.has(p.key)).reduce((n, p) => n + p.sensitive.length, 0);
  if (refs > 0) {
    lines.push('', `Sensitive values: ${refs} written as \${NAME} references, listed in ${envDir}/.env.example; set them before plan and apply (or import with --include-sensitive).`);
  }
  if (o.check?.error) lines.push('', `Check: the written declarations do not load or plan: ${o.check.error}`);
  else if (o.check && o.check.changes.length === 0) lines.push('', 'Check: a plan for the imported people shows no changes.');
  else if (o.check) {
    lines.push('', `Check: a plan for the imported people still shows ${o.check.changes.length} change(s) (see the warnings above):`);
    for (const c of o.check.changes) lines.push(`  ~ ${c.provider} ${c.person} ${c.label}: ${c.fields.map((f) => f.path).join(', ')}`);
  }
  const names = o.written.map((w) => w.key).join(', ');
  const skipped = o.skipped.length ? `; skipped ${o.skipped.length} existing file${o.skipped.length === 1 ? '' : 's'}` : '';
  lines.push('', `Wrote ${o.written.length} ${o.written.length === 1 ? 'person' : 'people'}${names ? `: ${names}` : ''}${skipped}.`);
  return { text: `${lines.join('\n').replace(/^\n+/, '')}\n`, failed: o.people.some((p) => p.errors.length > 0) || Boolean(o.check?.error) };
}

export async function runImport(opts: ImportCommandOptions, io: Io): Promise<number> {
  const date = parseDate(opts.date, io.today);
  const progress = createProgress(io);
  try {
    const outcome = await runImportCore(
      { root: opts.root, env: opts.env, processEnv: io.env, providers: opts.providers, allowInsecureHttp: opts.allowInsecureHttp, date, includeSensitive: opts.includeSensitive },
      progress,
    );
    progress.stop();
    const { text, failed } = report(outcome, opts.env);
    io.stdout.write(text);
    return failed ? 1 : 0;
  } finally {
    progress.stop();
  }
}
