// people plan: desired versus actual, printed as text, markdown or JSON; optionally saved for apply.
import type { Plan } from '../generated/plan.js';
import type { ProviderName } from '../model/declarations.js';
import { savePlan } from '../plan/file.js';
import { renderJson, renderMarkdown, renderText } from '../render/index.js';
import { makePlan } from '../runtime/make-plan.js';
import { formatTimings, PhaseTimer } from '../runtime/timings.js';
import type { Io } from './io.js';
import { openSessionFor } from './open-session.js';
import { outputPath, parseDate } from './options.js';
import { createProgress } from './progress.js';

export type PlanFormat = 'text' | 'markdown' | 'json';

export interface PlanCommandOptions {
  root: string;
  env: string;
  out?: string;
  format: PlanFormat;
  detailedExitcode: boolean;
  targets: string[];
  providers: ProviderName[];
  date?: string;
  allowInsecureHttp: boolean;
  /** Print where the time went (timings line on stderr). */
  verbose?: boolean;
}

export function renderPlan(plan: Plan, format: PlanFormat, color: boolean): string {
  if (format === 'json') return renderJson(plan);
  if (format === 'markdown') return renderMarkdown(plan);
  return renderText(plan, { color });
}

export async function runPlan(opts: PlanCommandOptions, io: Io): Promise<number> {
  const date = parseDate(opts.date, io.today);
  const timer = new PhaseTimer();
  const session = await timer.timeAsync('load', () =>
    openSessionFor(io, { root: opts.root, env: opts.env, providers: opts.providers, allowInsecureHttp: opts.allowInsecureHttp }),
  );
  const progress = createProgress(io);
  try {
    const { plan } = await timer.timeAsync('read', () => makePlan(session, { date, targets: opts.targets, progress, timer }));
    progress.stop();
    io.stdout.write(timer.time('render', () => renderPlan(plan, opts.format, io.color)));
    if (opts.out) {
      const path = outputPath(opts.root, opts.out);
      timer.time('write', () => savePlan(path, plan));
      io.stderr.write(`Saved the plan to ${opts.out} (contains personal data; mode 0600). Apply it with: people apply --env ${opts.env} ${opts.out}\n`);
    }
    return opts.detailedExitcode && plan.changes.length > 0 ? 2 : 0;
  } finally {
    progress.stop();
    await session.close();
    if (opts.verbose) io.stderr.write(`${formatTimings(timer.report())}\n`);
  }
}
