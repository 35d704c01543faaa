// The terminal rendering of a plan, modelled on Terraform's: grouped by person, a symbol per change, field
// diffs below it, warnings that stand out, and the familiar summary line last.
import pc from 'picocolors';
import type { Change, Plan } from '../generated/plan.js';
import {
  allWarnings,
  fieldView,
  groupByPerson,
  resourceLabel,
  summaryLine,
  SYMBOL,
  willBe,
  type FieldKind,
} from './common.js';
import { describeRequest, maskText, sensitiveValues } from './mask.js';

export interface TextOptions {
  /** Decided once by the caller (STACK.md pitfall 9); never detected here. */
  color: boolean;
  /** Also list the HTTP requests apply will send (bodies masked) and each ignored difference. */
  verbose?: boolean;
}

type Colors = ReturnType<typeof pc.createColors>;

const FIELD_SYMBOL: Record<FieldKind, string> = { add: '+', remove: '-', change: '~' };

function paint(c: Colors, symbol: string): (s: string) => string {
  if (symbol === '+') return c.green;
  if (symbol === '-' || symbol === '!') return c.red;
  return c.yellow;
}

function renderChange(change: Change, c: Colors, verbose: boolean): string[] {
  const symbol = SYMBOL[change.action];
  const color = paint(c, symbol);
  const lines = [`  ${color(symbol)} ${c.bold(resourceLabel(change))} ${willBe(change.action)}`];
  for (const f of change.fields) {
    const v = fieldView(f, change.action);
    const s = FIELD_SYMBOL[v.kind];
    const value = v.kind === 'add' ? v.after : v.kind === 'remove' ? v.before : `${v.before} -> ${v.after}`;
    lines.push(`      ${paint(c, s)(s)} ${v.path}: ${value}`);
  }
  if (verbose) {
    for (const r of change.requests) lines.push(c.dim(`      ${describeRequest(r, change)}`));
  }
  // Warnings may quote values; the change's sensitive values must not leak through them.
  const secret = sensitiveValues(change);
  for (const w of change.warnings)
    lines.push(`      ${c.yellow(`${c.bold('Warning:')} ${maskText(w, secret)}`)}`);
  return lines;
}

function renderUnmanaged(plan: Plan, c: Colors): string[] {
  if (plan.unmanaged.length === 0) return [];
  const lines = [c.bold('Unmanaged users (in a system, but not declared):')];
  for (const u of plan.unmanaged) {
    const email = u.email ? ` <${u.email}>` : '';
    const inactive = u.active === false ? ', inactive' : '';
    const service = u.serviceAccount ? ", this tool's API account" : '';
    lines.push(`  ${u.provider}: ${u.name}${email} (id ${u.id}${inactive}${service})`);
  }
  return [...lines, ''];
}

function renderIgnored(plan: Plan, verbose: boolean): string[] {
  const n = plan.ignored.length;
  if (n === 0) return [];
  const lines = [`${n} ${n === 1 ? 'difference' : 'differences'} ignored by policy.`];
  if (verbose) {
    for (const i of plan.ignored)
      lines.push(`  ${i.provider} ${i.person} ${i.field}${i.until ? ` (until ${i.until})` : ''}`);
  }
  return [...lines, ''];
}

export function renderText(plan: Plan, opts: TextOptions): string {
  const c = pc.createColors(opts.color);
  const verbose = opts.verbose ?? false;
  const out: string[] = [];
  if (plan.changes.length > 0) {
    out.push(`people will perform the following actions in "${plan.env}" (plan date ${plan.date}):`, '');
    if (plan.targets?.length) out.push(`Restricted to: ${plan.targets.join(', ')}`, '');
    for (const g of groupByPerson(plan.changes)) {
      out.push(c.bold(g.person));
      for (const change of g.changes) out.push(...renderChange(change, c, verbose));
      out.push('');
    }
  }
  for (const w of allWarnings(plan).filter((w) => !w.change))
    out.push(c.yellow(`${c.bold('Warning:')} ${w.text}`), '');
  out.push(...renderUnmanaged(plan, c), ...renderIgnored(plan, verbose));
  const summary = summaryLine(plan.changes);
  out.push(plan.changes.length > 0 ? c.bold(summary) : c.green(summary));
  return `${out.join('\n')}\n`;
}
