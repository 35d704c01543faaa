// The plan as a pull-request comment. GitHub rejects comments over 65536 characters, so the parts a reviewer
// must see (summary, every warning) come first and are never cut; per-person details are collapsible and
// are dropped from the end, with a note, when the comment would be too long.
import type { Change, Plan, ProviderName } from '../generated/plan.js';
import {
  ACTIONS,
  allWarnings,
  countActions,
  fieldView,
  groupByPerson,
  resourceLabel,
  shortCounts,
  summaryLine,
  type PersonGroup,
} from './common.js';
import { maskText, sensitiveValues } from './mask.js';

export interface MarkdownOptions {
  /** Hard limit of the whole comment; default GitHub's 65536. */
  maxChars?: number;
}

export const GITHUB_COMMENT_LIMIT = 65_536;

/** Escapes text for table cells and HTML summaries (names and e-mails come from the systems). */
function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');
}

function summaryTable(plan: Plan): string[] {
  const providers: ProviderName[] = [...new Set([...plan.providers, ...plan.changes.map((c) => c.provider)])];
  const row = (name: string, changes: Change[]): string => {
    const n = countActions(changes);
    return `| ${name} | ${ACTIONS.map((a) => n[a]).join(' | ')} |`;
  };
  return [
    '| System | Create | Update | Delete | Deactivate |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...providers.map((p) =>
      row(
        p,
        plan.changes.filter((c) => c.provider === p),
      ),
    ),
    row('**Total**', plan.changes),
  ];
}

/** One list item per warning, plan-wide ones first; sensitive values of the change masked. */
function warningItems(plan: Plan): string[] {
  return allWarnings(plan).map(({ change, text }) => {
    if (!change) return `- ${esc(text)}\n`;
    return `- **${esc(change.person)}** · ${esc(resourceLabel(change))}: ${esc(maskText(text, sensitiveValues(change)))}\n`;
  });
}

/** A fence longer than any backtick run inside, so values cannot close the block. */
function fence(body: string): string {
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(longest + 1);
}

/** One collapsible block per person; a `diff` block so GitHub colours + and - lines. */
export function personBlock(group: PersonGroup): string {
  const lines: string[] = [];
  for (const change of group.changes) {
    lines.push(`@@ ${resourceLabel(change)}: ${change.action} @@`);
    for (const f of change.fields) {
      const v = fieldView(f, change.action);
      if (v.kind !== 'add') lines.push(`- ${v.path}: ${v.before}`);
      if (v.kind !== 'remove') lines.push(`+ ${v.path}: ${v.after}`);
    }
    if (change.fields.length === 0) lines.push(`  (no field details)`);
  }
  const body = lines.join('\n');
  const f = fence(body);
  return [
    `<details><summary><b>${esc(group.person)}</b>: ${shortCounts(group.changes)}</summary>`,
    '',
    `${f}diff`,
    body,
    f,
    '',
    '</details>',
    '',
    '',
  ].join('\n');
}

function unmanagedLines(plan: Plan): string[] {
  if (plan.unmanaged.length === 0) return [];
  return [
    `### Unmanaged users (${plan.unmanaged.length})`,
    '',
    'In a system, but not declared.',
    '',
    '| System | Id | Name | E-mail | Active |',
    '| --- | --- | --- | --- | --- |',
    ...plan.unmanaged.map(
      (u) =>
        `| ${u.provider} | ${esc(u.id)} | ${esc(u.name)}${u.serviceAccount ? " (this tool's API account)" : ''} | ${esc(u.email ?? '')} | ${u.active === false ? 'no' : 'yes'} |`,
    ),
  ];
}

function footerLines(plan: Plan): string[] {
  const ignored =
    plan.ignored.length > 0
      ? [
          `${plan.ignored.length} ${plan.ignored.length === 1 ? 'difference' : 'differences'} ignored by policy.`,
          '',
        ]
      : [];
  return [
    ...ignored,
    `<sub>Plan digest <code>${plan.digest}</code> · format ${plan.formatVersion}</sub>`,
    '',
  ];
}

// The blank line first: a text line right after a table would become one of its rows.
const omitted = (n: number, what: string): string =>
  `\n_… ${n} more ${what} not shown (comment limit); run \`people plan\` locally to see all._\n\n`;

/** Fits `blocks` into `budget` characters, in order, with a note for what did not fit. */
function fit(blocks: string[], budget: number, what: string): string {
  let out = '';
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] ?? '';
    const rest = blocks.length - i - 1;
    const note = rest > 0 ? omitted(rest, what).length : 0;
    if (out.length + block.length + note > budget) return out + omitted(blocks.length - i, what);
    out += block;
  }
  return out;
}

export function renderMarkdown(plan: Plan, opts: MarkdownOptions = {}): string {
  const maxChars = opts.maxChars ?? GITHUB_COMMENT_LIMIT;
  const head = [
    `## people plan for \`${plan.env}\` (${plan.date})`,
    '',
    `**${summaryLine(plan.changes)}**`,
    '',
  ];
  if (plan.targets?.length) head.push(`Restricted to: ${plan.targets.map(esc).join(', ')}`, '');
  if (plan.changes.length > 0) head.push(...summaryTable(plan), '');
  const headText = `${head.join('\n')}\n`;
  const footer = footerLines(plan).join('\n');

  // Warnings are never cut — unless they alone would break GitHub's hard limit, where a cut comment is
  // better than a rejected one.
  const groups = groupByPerson(plan.changes);
  const peopleTitle = groups.length > 0 ? `### Changes by person (${groups.length})\n\n` : '';
  // The least the rest can take: the people heading with an "all omitted" note, likewise for unmanaged users.
  const minimumRest =
    peopleTitle.length +
    (groups.length > 0 ? omitted(groups.length, 'people').length : 0) +
    (plan.unmanaged.length > 0 ? omitted(plan.unmanaged.length + 1, 'unmanaged users').length + 1 : 0);
  const items = warningItems(plan);
  const warnTitle = items.length > 0 ? `### ⚠️ Warnings (${items.length})\n\n` : '';
  const warnRoom = maxChars - headText.length - warnTitle.length - 1 - footer.length - minimumRest;
  const warnings = items.length === 0 ? '' : `${warnTitle}${fit(items, warnRoom, 'warnings')}\n`;

  let budget = maxChars - headText.length - warnings.length - footer.length - peopleTitle.length;
  const people = fit(groups.map(personBlock), budget - unmanagedReserve(plan), 'people');
  budget -= people.length;
  const unmanaged = unmanagedLines(plan).map((l) => `${l}\n`);
  // The heading and table header (first 6 lines) go together; rows are dropped from the end.
  const unmanagedText =
    unmanaged.length === 0
      ? ''
      : `${fit([unmanaged.slice(0, 6).join(''), ...unmanaged.slice(6)], budget - 1, 'unmanaged users')}\n`;
  return headText + warnings + peopleTitle + people + unmanagedText + footer;
}

/** Room kept for the unmanaged-users table, so a huge change list does not hide it entirely. */
function unmanagedReserve(plan: Plan): number {
  return plan.unmanaged.length === 0 ? 0 : Math.min(unmanagedLines(plan).join('\n').length + 1, 2_000);
}
