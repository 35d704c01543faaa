// Drift as terminal text, grouped by person; every line carries its meaning in words so it reads without colour.
import pc from 'picocolors';
import type { UnmanagedUser } from '../generated/plan.js';
import {
  CAUSE_HELP,
  CAUSE_LABEL,
  countsOf,
  displayValue,
  groupByPerson,
  resourceName,
  summaryLine,
} from './format.js';
import type { DriftReport } from './report.js';

/** Control characters from a system's data must not drive the terminal (escape sequences, carriage returns). */
export function plain(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
}

export interface TextOptions {
  color: boolean;
}

function unmanagedLine(u: UnmanagedUser): string {
  const details = [
    `id ${u.id}`,
    ...(u.email ? [u.email] : []),
    ...(u.active === undefined ? [] : [u.active ? 'active' : 'inactive']),
    ...(u.serviceAccount ? ["this tool's API account, not counted as drift"] : []),
  ];
  return plain(`${u.provider}: ${u.name} (${details.join(', ')})`);
}

export function renderDriftText(report: DriftReport, opts: TextOptions): string {
  const c = pc.createColors(opts.color);
  const out: string[] = [
    c.bold(plain(`Drift report for environment ${report.env} on ${report.date}`)) +
      ` (systems: ${report.providers.join(', ') || 'none'})`,
    '',
  ];
  for (const g of groupByPerson(report)) {
    out.push(c.bold(plain(g.person)));
    for (const e of g.entries) {
      out.push(
        `  ${c.yellow('~')} ${e.provider} ${plain(`${resourceName(e)}: ${e.field}`)}${e.action === 'update' ? '' : ` (${e.action})`}`,
      );
      out.push(`      declared: ${plain(displayValue(e.declared, e.sensitive))}`);
      out.push(`      actual:   ${plain(displayValue(e.actual, e.sensitive))}`);
      out.push(`      cause:    ${CAUSE_LABEL[e.cause]} ${c.dim(`(${CAUSE_HELP[e.cause]})`)}`);
    }
    for (const m of g.missing) {
      const what =
        m.resource === 'user'
          ? 'not in the system'
          : `missing ${resourceName(m)}${m.label ? ` (${m.label})` : ''}`;
      out.push(`  ${c.red('+')} ${m.provider}: ${plain(what)}`);
    }
    out.push('');
  }
  if (report.unmanaged.length) {
    out.push(c.bold('Unmanaged users (in a system, matching no declaration)'));
    for (const u of report.unmanaged) out.push(`  ? ${unmanagedLine(u)}`);
    out.push('');
  }
  const counts = countsOf(report);
  if (counts.length) {
    out.push(c.bold('Per system'));
    const width = Math.max(...counts.map(([p]) => p.length));
    for (const [p, n] of counts) {
      out.push(
        `  ${p.padEnd(width)}  ${n.fields} fields differ, ${n.people} people, ${n.missing} missing, ${n.unmanaged} unmanaged`,
      );
    }
    out.push('');
  }
  const summary = summaryLine(report);
  out.push(report.hasDrift ? c.yellow(summary) : c.green(summary));
  return `${out.join('\n')}\n`;
}
