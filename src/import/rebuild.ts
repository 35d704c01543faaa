// Pure: one declared person from the records of one human. What the written declaration makes each provider's
// desired() compute must equal what the system holds; where that is impossible the person still gets written,
// with a warning naming what the plan will change.
import type { ContractTemplates } from '../generated/contracts.js';
import type { Person as PersonDecl } from '../generated/person.js';
import { validateAgainst } from '../config/schema-validate.js';
import { PROVIDERS, type Defaults, type ProviderName } from '../model/declarations.js';
import { contractDecl, rebuildContracts } from './contracts.js';
import { keyBase, uniqueKey, variableName } from './keys.js';
import { kimaiSettings } from './kimai.js';
import { rebuildMcTime, type McTimePart } from './mctime.js';
import type { RecordGroup } from './records.js';

export interface RebuildOptions {
  /** The plan date the declaration must hold for (Kimai holds the contract in force on it). */
  date: string;
  kimaiDefaults: Defaults['kimai'];
  templates: ContractTemplates;
  /** Write sensitive values themselves instead of ${NAME} references. */
  includeSensitive: boolean;
  /** Keys declared already. */
  takenKeys: ReadonlySet<string>;
}

export interface SensitiveValue {
  /** The variable the declaration refers to. */
  name: string;
  field: string;
  value: string;
}

export interface ImportedPerson {
  key: string;
  /** Systems the person was imported from. */
  systems: ProviderName[];
  decl: PersonDecl;
  /** Values behind the ${NAME} references (never written to disk). */
  sensitive: SensitiveValue[];
  warnings: string[];
  /** Schema problems of the result: such a person is not written. */
  errors: string[];
}

const splitName = (full: string): [string, string] | null => {
  const t = full.trim();
  const i = t.indexOf(' ');
  return i > 0 ? [t.slice(0, i), t.slice(i + 1)] : null;
};

function names(g: RecordGroup, mc: McTimePart | null, email: string, warn: (w: string) => void): [string, string] {
  let out: [string, string] | null = mc?.firstName && mc.lastName ? [mc.firstName, mc.lastName] : null;
  out ??= (g.papershift && splitName(g.papershift.user.name)) || (g.kimai?.user.alias ? splitName(g.kimai.user.alias) : null);
  if (!out) {
    const parts = email.slice(0, email.indexOf('@')).split(/[._-]+/).filter(Boolean).map((p) => p[0]!.toUpperCase() + p.slice(1));
    out = parts.length > 1 ? [parts[0]!, parts.slice(1).join(' ')] : [parts[0] ?? 'Unknown', '-'];
    warn(`no first and last name in the systems: guessed "${out.join(' ')}" from the e-mail`);
  }
  if (mc && (mc.firstName !== out[0] || mc.lastName !== out[1])) warn(`mctime name will be set to ${out.join(' ')}`);
  const full = `${out[0]} ${out[1]}`;
  if (g.papershift && g.papershift.user.name !== full) warn(`papershift name "${g.papershift.user.name}" will be set to "${full}"`);
  return out;
}

function checkEmails(g: RecordGroup, email: string, warn: (w: string) => void): void {
  if (g.kimai && g.kimai.user.email !== email) warn(`kimai e-mail ${g.kimai.user.email} will be set to ${email}`);
  for (const r of [g.papershift, g.mctime]) if (r && r.email?.toLowerCase() !== email.toLowerCase()) warn(`${r.system} e-mail ${r.email ?? '(none)'} will be set to ${email}`);
}

/** `${` in a stored value would be read as a reference: written as the literal `$${`. */
function escapeRefs(v: unknown, refs: ReadonlySet<string>): unknown {
  // A function replacement: in a replacement string `$$` would itself mean one `$`.
  if (typeof v === 'string') return refs.has(v) ? v : v.replaceAll('${', () => '$${');
  if (Array.isArray(v)) return v.map((x) => escapeRefs(x, refs));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, escapeRefs(x, refs)]));
  return v;
}

function withValues(v: unknown, values: ReadonlyMap<string, string>): unknown {
  if (typeof v === 'string') return values.get(v) ?? v;
  if (Array.isArray(v)) return v.map((x) => withValues(x, values));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, withValues(x, values)]));
  return v;
}

export function rebuildPerson(g: RecordGroup, key: string, opts: RebuildOptions): ImportedPerson {
  const warnings: string[] = [];
  const warn = (w: string) => warnings.push(w);
  const sensitive: SensitiveValue[] = [];
  const names_ = new Set<string>();
  const write = (field: string, value: string): string => {
    if (opts.includeSensitive) return value;
    const name = variableName(key, field, names_);
    sensitive.push({ name, field, value });
    return `\${${name}}`;
  };
  const email = (g.kimai?.email ?? g.mctime?.email ?? g.papershift?.email)!;
  checkEmails(g, email, warn);
  const mc = g.mctime ? rebuildMcTime(g.mctime, opts.date, write, warn) : null;
  const [firstName, lastName] = names(g, mc, email, warn);
  const kimai = g.kimai ? kimaiSettings(g.kimai.user, `${firstName} ${lastName}`, opts.kimaiDefaults, warn) : null;
  const group: RecordGroup = { ...g, ...(kimai ? {} : { kimai: undefined }) };
  const { contracts, kimaiIndex } = rebuildContracts(group, opts.date, warn);

  const decl: Record<string, unknown> = { key, firstName, lastName, email };
  if (mc?.leaveDate) decl.leaveDate = mc.leaveDate;
  if (contracts.length) decl.contracts = contracts.map((c, i) => contractDecl(c, opts.templates, { kimai: i === kimaiIndex, papershift: Boolean(g.papershift) }));
  if (mc?.employments.length) decl.employments = mc.employments;
  const systems: Record<string, unknown> = {};
  if (kimai) systems.kimai = kimai;
  if (g.papershift) {
    const staff = g.papershift.payroll?.staff_number ?? null;
    // Only a number the plan writes back as the very same string (no leading zeros) is declared.
    if (staff !== null && /^[1-9]\d{0,4}$/.test(staff)) systems.papershift = { staffNumber: Number(staff) };
    else {
      systems.papershift = {};
      if (staff !== null) warn(`papershift staff number "${staff}" cannot be declared: left out (Papershift keeps it)`);
    }
  }
  if (mc) systems.mctime = mc.settings;
  decl.systems = systems;
  if (mc?.leftOut.length) warn(`mctime values without a place in the declaration format, kept by McTime as they are: ${mc.leftOut.join(', ')}`);

  const refs = new Set(sensitive.map((s) => `\${${s.name}}`));
  const escaped = escapeRefs(decl, refs) as PersonDecl;
  const values = new Map(sensitive.map((s) => [`\${${s.name}}`, s.value]));
  const errors = validateAgainst('person', withValues(escaped, values)).map((i) => `${i.shown.join('.')}: ${i.message}`);
  const from = PROVIDERS.filter((p) => (p === 'kimai' ? kimai !== null : g[p] !== undefined));
  return { key, systems: from, decl: escaped, sensitive, warnings, errors };
}

/** Keys from the e-mail local parts, unique among the declared ones and each other; in the groups' order. */
export function rebuildPeople(groups: readonly RecordGroup[], opts: RebuildOptions): ImportedPerson[] {
  const taken = new Set(opts.takenKeys);
  return groups.map((g) => {
    const email = (g.kimai?.email ?? g.mctime?.email ?? g.papershift?.email)!;
    return rebuildPerson(g, uniqueKey(keyBase(email), taken), opts);
  });
}
