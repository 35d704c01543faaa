// Drift as GitHub-flavoured markdown for an issue or pull-request comment: counts per system, then a table per person.
import {
  ABSENT,
  CAUSE_HELP,
  CAUSE_LABEL,
  countsOf,
  displayValue,
  groupByPerson,
  resourceName,
  summaryLine,
} from './format.js';
import { escapeMarkdown as md } from './escape.js';
import { DRIFT_CAUSES, type DriftReport } from './report.js';

const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;

export function renderDriftMarkdown(report: DriftReport): string {
  const out: string[] = [
    `## Drift report: ${md(report.env)} on ${md(report.date)}`,
    '',
    `**${md(summaryLine(report))}**`,
    '',
  ];
  const counts = countsOf(report);
  if (counts.length) {
    out.push(
      row(['System', 'Fields differ', 'People', 'Missing', 'Unmanaged']),
      row(['---', '---:', '---:', '---:', '---:']),
    );
    for (const [p, n] of counts)
      out.push(row([p, String(n.fields), String(n.people), String(n.missing), String(n.unmanaged)]));
    out.push('');
  }
  for (const g of groupByPerson(report)) {
    out.push(`### ${md(g.person)}`, '');
    out.push(
      row(['System', 'Resource', 'Field', 'Declared', 'Actual', 'Cause']),
      row(['---', '---', '---', '---', '---', '---']),
    );
    for (const e of g.entries) {
      const field = e.action === 'update' ? e.field : `${e.field} (${e.action})`;
      out.push(
        row([
          e.provider,
          md(resourceName(e)),
          md(field),
          md(displayValue(e.declared, e.sensitive)),
          md(displayValue(e.actual, e.sensitive)),
          CAUSE_LABEL[e.cause],
        ]),
      );
    }
    for (const m of g.missing) {
      const what = m.label ? `${resourceName(m)}: ${m.label}` : resourceName(m);
      out.push(row([m.provider, md(what), '—', 'declared', md(ABSENT), 'missing']));
    }
    out.push('');
  }
  if (report.unmanaged.length) {
    out.push(
      '### Unmanaged users',
      '',
      row(['System', 'Id', 'Name', 'E-mail', 'Active']),
      row(['---', '---', '---', '---', '---']),
    );
    for (const u of report.unmanaged) {
      const active = u.active === undefined ? '' : u.active ? 'yes' : 'no';
      out.push(row([u.provider, md(u.id), md(u.name), md(u.email ?? ''), active]));
    }
    out.push('');
  }
  if (report.entries.length) {
    out.push(
      '<sub>Causes: ' + DRIFT_CAUSES.map((c) => `${CAUSE_LABEL[c]}: ${CAUSE_HELP[c]}`).join('; ') + '.</sub>',
      '',
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
}
