// Contract rules that JSON Schema cannot express: fields that fit the type, sane hours, order and overlap.
import type { ContractTemplate, ContractTemplates } from '../generated/contracts.js';
import type { Contract as ContractDecl } from '../generated/person.js';
import { WEEKDAYS } from '../model/declarations.js';
import { formatDuration, parseDuration } from './durations.js';
import { pathToString, type DeclPath, type SourceFile } from './positions.js';
import type { Problems } from './report.js';

const DAY = 24 * 3600;
const WEEK = 7 * DAY;
/** 31 days: no month has more hours than that. */
const MONTH = 31 * DAY;

type ContractFields = Omit<ContractTemplate, 'type'> & { type?: ContractTemplate['type'] };

const HOURS_FIELD = { day: 'days', week: 'weeklyHours', month: 'monthlyHours' } as const;

function checkDuration(
  p: Problems,
  file: SourceFile,
  path: DeclPath,
  value: string | number,
  max: number,
  label: string,
): void {
  const d = parseDuration(value);
  if (!d.ok) p.at(file, path, d.message);
  else if (d.seconds > max)
    p.at(file, path, `${label} must be at most ${formatDuration(max)} (got ${formatDuration(d.seconds)})`);
}

/** A contract (or template) with a type: the hours fields must be the ones that type uses, and plausible. */
export function checkContractShape(p: Problems, file: SourceFile, path: DeclPath, c: ContractFields): void {
  const type = c.type;
  if (!type) return;
  const needs = HOURS_FIELD[type];
  for (const f of ['days', 'weeklyHours', 'monthlyHours'] as const) {
    if (f !== needs && c[f] !== undefined)
      p.at(file, [...path, f], `is not used by ${type} contracts (they take ${needs})`, { key: true });
  }
  if (c[needs] === undefined)
    p.at(file, path, `a ${type} contract needs ${needs}`, { shownPath: [...path, needs] });
  if (type === 'day') {
    if (c.workDays !== undefined) {
      p.at(
        file,
        [...path, 'workDays'],
        'is not used by day contracts: their work days are the days with hours',
        { key: true },
      );
    }
    for (const d of WEEKDAYS) {
      const v = c.days?.[d];
      if (v !== undefined) checkDuration(p, file, [...path, 'days', d], v, DAY, 'a day');
    }
  } else {
    if (c.workDays === undefined)
      p.at(file, path, `a ${type} contract needs workDays`, { shownPath: [...path, 'workDays'] });
    const v = type === 'week' ? c.weeklyHours : c.monthlyHours;
    if (v !== undefined)
      checkDuration(p, file, [...path, needs], v, type === 'week' ? WEEK : MONTH, `a ${type}`);
  }
}

export function checkTemplates(p: Problems, file: SourceFile, templates: ContractTemplates): void {
  for (const [name, t] of Object.entries(templates)) checkContractShape(p, file, [name], t);
}

/** Fields a contract may not set when it names a template (only vacationDays and publicHolidayGroup override). */
const TEMPLATE_FIXED = ['days', 'weeklyHours', 'monthlyHours', 'workDays'] as const;

/** The contract's type after template resolution, or undefined when it cannot be known. */
export function contractType(
  c: ContractDecl,
  templates: ContractTemplates | null,
): ContractTemplate['type'] | undefined {
  if (c.template !== undefined) return templates?.[c.template]?.type;
  return c.type;
}

function checkOne(
  p: Problems,
  file: SourceFile,
  path: DeclPath,
  c: ContractDecl,
  templates: ContractTemplates | null,
): void {
  if (c.end !== undefined && c.end < c.start)
    p.at(file, [...path, 'end'], `must not be before start (${c.start})`);
  if (c.template === undefined) {
    if (c.type === undefined)
      p.at(file, path, 'a contract needs a template or a type', { shownPath: [...path, 'type'] });
    checkContractShape(p, file, path, c);
    return;
  }
  if (templates === null) return; // contracts.yaml is missing or invalid; that is reported on its own
  const t = templates[c.template];
  if (!t) {
    const names = Object.keys(templates);
    const known = names.length
      ? `contracts.yaml defines ${names.join(', ')}`
      : 'contracts.yaml defines no templates';
    p.at(file, [...path, 'template'], `unknown contract template "${c.template}" (${known})`);
    return;
  }
  if (c.type !== undefined && c.type !== t.type) {
    p.at(file, [...path, 'type'], `contradicts template "${c.template}", which is a ${t.type} contract`);
  }
  for (const f of TEMPLATE_FIXED) {
    if (c[f] !== undefined) {
      p.at(
        file,
        [...path, f],
        `comes from template "${c.template}": a contract with a template may only override vacationDays and publicHolidayGroup`,
        {
          key: true,
        },
      );
    }
  }
}

/** Every contract, then the sequence: strictly increasing starts, no contract running into the next. */
export function checkContracts(
  p: Problems,
  file: SourceFile,
  prefix: DeclPath,
  contracts: ContractDecl[],
  templates: ContractTemplates | null,
): void {
  const at = (i: number): DeclPath => [...prefix, 'contracts', i];
  contracts.forEach((c, i) => checkOne(p, file, at(i), c, templates));
  for (let i = 1; i < contracts.length; i++) {
    const prev = contracts[i - 1]!;
    const cur = contracts[i]!;
    const prevName = pathToString(at(i - 1).slice(prefix.length));
    if (cur.start < prev.start) {
      p.at(
        file,
        [...at(i), 'start'],
        `contracts must be in start order: this one starts before ${prevName} (${prev.start})`,
      );
    } else if (cur.start === prev.start) {
      p.at(file, [...at(i), 'start'], `starts on the same day as ${prevName} (${prev.start})`);
    } else if (prev.end !== undefined && prev.end >= cur.start) {
      p.at(
        file,
        [...at(i - 1), 'end'],
        `overlaps the next contract, which starts ${cur.start}: end must be before that day`,
      );
    }
  }
}
