// people drift: where the systems differ from the declarations, who moved (from the apply journal), and
// users nobody declared. Exit 0 without drift, 2 with drift; errors are UserErrors (exit 1 via main).
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { lastAppliedValues } from '../apply/journal.js';
import { summaryLine } from '../drift/format.js';
import { renderDrift, type DriftFormat } from '../drift/render.js';
import { buildDriftReport } from '../drift/report.js';
import { cannotWrite } from '../plan/file.js';
import { makePlan } from '../runtime/make-plan.js';
import type { Io } from './io.js';
import { openSessionFor } from './open-session.js';
import { parseDate } from './options.js';
import { createProgress } from './progress.js';

export interface DriftCommandOptions {
  root: string;
  env: string;
  format: DriftFormat;
  out?: string;
  date?: string;
  allowInsecureHttp: boolean;
}

export async function runDrift(opts: DriftCommandOptions, io: Io): Promise<number> {
  const date = parseDate(opts.date, io.today);
  const session = await openSessionFor(io, { root: opts.root, env: opts.env, providers: [], allowInsecureHttp: opts.allowInsecureHttp });
  const progress = createProgress(io);
  try {
    const { plan } = await makePlan(session, { date, targets: [], progress });
    progress.stop();
    const applied = lastAppliedValues(join(opts.root, 'plans', `${opts.env}.journal.jsonl`));
    const report = buildDriftReport(plan, applied, {
      sensitiveValues: session.decl.people.flatMap((p) => p.sensitiveValues),
    });
    // Colour only for a terminal: a file or a markup format must not carry escape codes.
    const text = renderDrift(report, opts.format, { color: io.color && !opts.out });
    if (opts.out) {
      const path = resolve(opts.root, opts.out);
      try {
        mkdirSync(dirname(path), { recursive: true });
        // The report holds personal data: readable by the owner only (chmod too: `mode` applies to new files only).
        writeFileSync(path, text, { mode: 0o600 });
        chmodSync(path, 0o600);
      } catch (err) {
        throw cannotWrite(opts.out, err);
      }
      io.stderr.write(
        `${summaryLine(report)}\nWrote the drift report to ${opts.out} (contains personal data; mode 0600).\n`,
      );
    } else {
      io.stdout.write(text);
    }
    return report.hasDrift ? 2 : 0;
  } finally {
    progress.stop();
    await session.close();
  }
}
