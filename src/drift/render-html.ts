// Drift as one self-contained HTML5 page (inline CSS, no scripts, fonts or other external assets), so it can be
// uploaded as a CI artifact and opened offline. Every value is escaped; sensitive values are masked.
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
import { escapeHtml as h } from './escape.js';
import { DRIFT_CAUSES, type DriftCause, type DriftReport } from './report.js';

const STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --bg: #fff; --muted: #59636e; --line: #d1d9e0; --head: #f6f8fa; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --line: #3d444d; --head: #151b23; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; }
.meta, .legend { color: var(--muted); }
.status { display: inline-block; margin: .75rem 0; padding: .4rem .8rem; border-radius: 6px; font-weight: 600; }
.status.drift { background: #fff1c2; color: #6b4d00; }
.status.clean { background: #d7f5dd; color: #11532a; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .35rem .6rem; text-align: left; vertical-align: top; }
th { background: var(--head); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
code { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: pre-wrap; word-break: break-word; }
.badge { display: inline-block; padding: 0 .5rem; border-radius: 1rem; font-size: 12px; font-weight: 600; white-space: nowrap; }
.badge.system-changed { background: #ffd8d3; color: #82071e; }
.badge.declaration-changed { background: #ddf4ff; color: #0a3069; }
.badge.unknown { background: #eaeef2; color: #424a53; }
.badge.missing { background: #fff1c2; color: #6b4d00; }
.masked { font-style: italic; color: var(--muted); }
`;

const badge = (cls: DriftCause | 'missing', text: string, title: string): string =>
  `<span class="badge ${cls}" title="${h(title)}">${h(text)}</span>`;

function value(v: unknown, sensitive: boolean): string {
  const text = displayValue(v, sensitive);
  return sensitive && v !== null && v !== undefined
    ? `<span class="masked">${h(text)}</span>`
    : `<code>${h(text)}</code>`;
}

function table(head: string[], rows: string[][], numeric: ReadonlySet<number> = new Set()): string {
  const cls = (i: number) => (numeric.has(i) ? ' class="num"' : '');
  const th = head.map((c, i) => `<th${cls(i)}>${h(c)}</th>`).join('');
  const trs = rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${trs}\n</tbody>\n</table>`;
}

function countsTable(report: DriftReport): string {
  const rows = countsOf(report).map(([p, n]) => [
    h(p),
    String(n.fields),
    String(n.people),
    String(n.missing),
    String(n.unmanaged),
  ]);
  return table(['System', 'Fields differ', 'People', 'Missing', 'Unmanaged'], rows, new Set([1, 2, 3, 4]));
}

function peopleSections(report: DriftReport): string[] {
  return groupByPerson(report).map((g) => {
    const rows = g.entries.map((e) => [
      h(e.provider),
      h(resourceName(e)),
      `<code>${h(e.field)}</code>${e.action === 'update' ? '' : ` (${h(e.action)})`}`,
      value(e.declared, e.sensitive),
      value(e.actual, e.sensitive),
      badge(e.cause, CAUSE_LABEL[e.cause], CAUSE_HELP[e.cause]),
    ]);
    for (const m of g.missing) {
      rows.push([
        h(m.provider),
        h(m.label ? `${resourceName(m)}: ${m.label}` : resourceName(m)),
        '—',
        'declared',
        `<code>${h(ABSENT)}</code>`,
        badge('missing', 'missing', 'declared, but the system has no such record'),
      ]);
    }
    return `<section>\n<h2>${h(g.person)}</h2>\n${table(['System', 'Resource', 'Field', 'Declared', 'Actual', 'Cause'], rows)}\n</section>`;
  });
}

function unmanagedSection(report: DriftReport): string[] {
  if (!report.unmanaged.length) return [];
  const rows = report.unmanaged.map((u) => [
    h(u.provider),
    `<code>${h(u.id)}</code>`,
    h(u.name),
    h(u.email ?? ''),
    u.active === undefined ? '' : u.active ? 'yes' : 'no',
  ]);
  return [
    `<section>\n<h2>Unmanaged users</h2>\n${table(['System', 'Id', 'Name', 'E-mail', 'Active'], rows)}\n</section>`,
  ];
}

export function renderDriftHtml(report: DriftReport): string {
  const title = `Drift report: ${report.env} on ${report.date}`;
  const legend = DRIFT_CAUSES.map(
    (c) => `${badge(c, CAUSE_LABEL[c], CAUSE_HELP[c])} ${h(CAUSE_HELP[c])}`,
  ).join('<br>\n');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${h(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${h(title)}</h1>`,
    `<p class="meta">Systems: ${h(report.providers.join(', ') || 'none')}. Contains personal data; sensitive values are masked.</p>`,
    `<p class="status ${report.hasDrift ? 'drift' : 'clean'}">${h(summaryLine(report))}</p>`,
    '</header>',
    '<main>',
    `<section>\n<h2>Per system</h2>\n${countsTable(report)}\n</section>`,
    ...peopleSections(report),
    ...unmanagedSection(report),
    report.entries.length ? `<section>\n<h2>Causes</h2>\n<p class="legend">${legend}</p>\n</section>` : '',
    '</main>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((line, i, all) => line !== '' || i === all.length - 1)
    .join('\n');
}
