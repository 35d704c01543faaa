// people apply: review (TTY) or --auto-approve / saved plan, safety checks, lock, execution, summary.
import { basename, dirname, join, resolve } from 'node:path';
import type { Plan } from '../generated/plan.js';
import type { ProviderName } from '../model/declarations.js';
import { executePlan, type ChangeOutcome } from '../apply/executor.js';
import { Journal, unsureChanges } from '../apply/journal.js';
import { acquireLock } from '../apply/lock.js';
import { loadPlan } from '../plan/file.js';
import { checkSafety } from '../plan/safety.js';
import { movedSince } from '../plan/stale.js';
import { renderText } from '../render/index.js';
import { makePlan } from '../runtime/make-plan.js';
import type { Session } from '../runtime/session.js';
import { formatTimings, PhaseTimer } from '../runtime/timings.js';
import { UserError, type Io } from './io.js';
import { openSessionFor } from './open-session.js';
import { inputPath, parseDate } from './options.js';
import { createProgress } from './progress.js';

export interface ApplyCommandOptions {
  root: string;
  env: string;
  planFile?: string;
  autoApprove: boolean;
  force: boolean;
  format: 'text' | 'json';
  date?: string;
  targets: string[];
  providers: ProviderName[];
  lockTimeoutMs: number;
  allowInsecureHttp: boolean;
  /** Print where the time went (timings line on stderr). */
  verbose?: boolean;
}

export interface ApplyResult {
  applied: number;
  failed: number;
  skipped: number;
  outcomes: ChangeOutcome[];
}

function summarise(outcomes: ChangeOutcome[]): ApplyResult {
  const count = (s: string) => outcomes.filter((o) => o.status === s).length;
  return { applied: count('done'), failed: count('failed'), skipped: count('skipped'), outcomes };
}

async function savedPlanFor(session: Session, file: string, opts: ApplyCommandOptions, io: Io, timer: PhaseTimer): Promise<{ plan: Plan; managedUsers: number }> {
  const saved = loadPlan(file);
  if (saved.env !== opts.env) throw new UserError(`${opts.planFile} was made for environment ${saved.env}, not ${opts.env}`);
  if (saved.declarationsDigest !== session.decl.digest) {
    throw new UserError(`${opts.planFile}: the declarations changed since this plan was made; run people plan again. Nothing was sent.`);
  }
  const missing = saved.providers.filter((p) => !session.systems.includes(p));
  if (missing.length) throw new UserError(`${opts.planFile} covers ${missing.join(', ')}, which this run does not connect`);
  const progress = createProgress(io, opts.format === 'json');
  let managedUsers: number;
  try {
    const made = await timer.timeAsync('read', () => makePlan(session, { date: saved.date, targets: saved.targets ?? [], progress, timer }));
    const fresh = made.plan;
    managedUsers = made.managedUsers;
    const moved = movedSince(saved, fresh);
    if (moved.length) {
      throw new UserError(
        [`${opts.planFile} is stale: records moved since it was made. Nothing was sent.`, ...moved.map((m) => `  ${m.id}: ${m.why}`), 'Run people plan again and review the new plan.'].join('\n'),
      );
    }
  } finally {
    progress.stop();
  }
  return { plan: saved, managedUsers };
}

export async function runApply(opts: ApplyCommandOptions, io: Io): Promise<number> {
  const planPath = opts.planFile ? inputPath(opts.root, opts.planFile) : null;
  // The journal goes beside the plan; the lock is per environment, wherever a saved plan file lives.
  const plansDir = planPath ? dirname(planPath) : join(resolve(opts.root), 'plans');
  const lock = await acquireLock(join(resolve(opts.root), 'plans', `${opts.env}.lock`), opts.lockTimeoutMs);
  let session: Session | null = null;
  const timer = new PhaseTimer();
  try {
    session = await timer.timeAsync('load', () =>
      openSessionFor(
        io,
        { root: opts.root, env: opts.env, providers: opts.providers, allowInsecureHttp: opts.allowInsecureHttp },
        opts.format === 'json',
      ),
    );
    // The review draws on stdout, so JSON output (for machines) never starts it.
    const interactive = Boolean(io.stdin.isTTY && io.stdout.isTTY) && !opts.autoApprove && !opts.planFile && opts.format !== 'json';
    let plan: Plan;
    let managedUsers: number;
    if (planPath) {
      ({ plan, managedUsers } = await savedPlanFor(session, planPath, opts, io, timer));
    } else {
      const progress = createProgress(io, opts.format === 'json');
      try {
        const date = parseDate(opts.date, io.today);
        ({ plan, managedUsers } = await timer.timeAsync('read', () =>
          makePlan(session!, { date, targets: opts.targets, progress, timer }),
        ));
      } finally {
        progress.stop();
      }
    }
    if (plan.changes.length === 0) {
      if (opts.format === 'json') io.stdout.write(`${JSON.stringify({ applied: 0, failed: 0, skipped: 0, changes: [] }, null, 2)}\n`);
      else io.stdout.write('No changes. The systems match the declarations.\n');
      return 0;
    }
    // Asked only once there is something to approve: with nothing to change, apply succeeds anywhere, as Terraform's.
    if (!opts.planFile && !opts.autoApprove && !interactive) {
      throw new UserError(
        'apply cannot review the plan interactively here (no terminal, or --format json). Pass --auto-approve, or save a reviewed plan with `people plan --out FILE` and apply that file. Nothing was sent.',
      );
    }
    if (!opts.force) {
      const verdict = checkSafety(plan, session.decl.policy, managedUsers);
      if (!verdict.ok) {
        throw new UserError(['Refusing to apply (safety threshold); nothing was sent:', ...verdict.reasons.map((r) => `  - ${r}`), 'Review the plan and re-run with --force if this is intended.'].join('\n'));
      }
    }
    const journalPath = join(plansDir, `${opts.env}.journal.jsonl`);
    const journal = new Journal(journalPath, `${new Date().toISOString()}-${process.pid}`, session.decl.people.flatMap((p) => p.sensitiveValues));
    const execute = (approved: ReadonlySet<string>, onStatus?: (o: ChangeOutcome) => void) =>
      executePlan({
        plan,
        approved,
        clients: session!.clients,
        providers: session!.providers,
        journal,
        unsure: unsureChanges(journalPath),
        secrets: session!.decl.secrets,
        // The limit each system's client was built with (registry.ts: the environment's, or the system's default).
        concurrency: Object.fromEntries([...session!.clients].map(([s, client]) => [s, client.concurrency])),
        onStatus,
      });
    let outcomes: ChangeOutcome[];
    if (interactive) {
      const { reviewAndApply } = await import('../apply/review.js');
      const reviewed = await reviewAndApply({ plan, execute, io });
      if (!reviewed) {
        // As Terraform's declined apply: a script must not take "nothing applied" for success.
        io.stdout.write('Apply cancelled. Nothing was sent.\n');
        return 1;
      }
      outcomes = reviewed;
    } else {
      if (opts.format !== 'json') io.stdout.write(renderText(plan, { color: io.color }));
      const all = new Set(plan.changes.map((c) => c.id));
      outcomes = await timer.timeAsync('write', () =>
        execute(all, (o) => {
          if (opts.format === 'json' || o.status === 'running') return;
          io.stderr.write(`${o.id}: ${o.status}${o.reason ? ` (${o.reason})` : ''}\n`);
        }),
      );
    }
    const result = summarise(outcomes);
    if (opts.format === 'json') {
      io.stdout.write(`${JSON.stringify({ applied: result.applied, failed: result.failed, skipped: result.skipped, changes: outcomes }, null, 2)}\n`);
    } else if (!interactive) {
      // The interactive review prints its own closing summary.
      for (const o of outcomes.filter((x) => x.status === 'failed')) io.stdout.write(`Failed: ${o.id}: ${o.reason}\n`);
      io.stdout.write(`Apply complete: ${result.applied} applied, ${result.failed} failed, ${result.skipped} skipped. Journal: ${basename(journalPath)}\n`);
    }
    return result.failed > 0 ? 1 : 0;
  } finally {
    await session?.close();
    lock.release();
    if (opts.verbose) io.stderr.write(`${formatTimings(timer.report())}\n`);
  }
}
