// Per-person rules beyond the schema: contracts, employments, systems the environment provides, time zones.
import type { ContractTemplates } from '../generated/contracts.js';
import type { Person as PersonDecl } from '../generated/person.js';
import type { ProviderName } from '../model/declarations.js';
import { checkContracts, contractType } from './semantic-contracts.js';
import type { DeclPath, SourceFile } from './positions.js';
import type { Problems } from './report.js';
import { isKnownTimeZone } from './timezones.js';

/** A validated person and where it is: its file and its path inside it (`[]` or `['people', i]`). */
export interface PersonEntry {
  file: SourceFile;
  prefix: DeclPath;
  person: PersonDecl;
}

function checkEmployments(p: Problems, e: PersonEntry): void {
  const list = e.person.employments ?? [];
  const at = (i: number): DeclPath => [...e.prefix, 'employments', i, 'basicData'];
  list.forEach((emp, i) => {
    const { employmentStart: start, employmentEnd: end } = emp.basicData;
    if (end !== undefined && end < start)
      p.at(e.file, [...at(i), 'employmentEnd'], `must not be before employmentStart (${start})`);
  });
  // McTime rejects overlapping employments, so catch it here rather than at apply time.
  const startOf = (i: number): string => list[i]!.basicData.employmentStart;
  const order = list
    .map((_, i) => i)
    .sort((a, b) => (startOf(a) < startOf(b) ? -1 : startOf(a) > startOf(b) ? 1 : a - b));
  for (let k = 1; k < order.length; k++) {
    const a = list[order[k - 1]!]!.basicData;
    const b = list[order[k]!]!.basicData;
    if (a.employmentEnd === undefined || a.employmentEnd >= b.employmentStart) {
      const span = `${a.employmentStart} to ${a.employmentEnd ?? 'open end'}`;
      p.at(
        e.file,
        [...at(order[k]!), 'employmentStart'],
        `overlaps employments[${order[k - 1]!}] (${span}); McTime does not allow overlapping employments`,
      );
    }
  }
}

function checkSystems(
  p: Problems,
  e: PersonEntry,
  providers: ReadonlySet<ProviderName> | null,
  templates: ContractTemplates | null,
): void {
  const systems = e.person.systems ?? {};
  const sys: DeclPath = [...e.prefix, 'systems'];
  if (providers) {
    for (const name of Object.keys(systems) as ProviderName[]) {
      if (!providers.has(name)) {
        p.at(
          e.file,
          [...sys, name],
          `environment.yaml has no ${name} provider: add one under providers, or remove this`,
          { key: true },
        );
      }
    }
  }
  // Kimai's alias defaults to "First Last" and refuses < > " = (kimai.md §3.3): say so here, not at apply time.
  if (systems.kimai && systems.kimai.alias === undefined) {
    for (const field of ['firstName', 'lastName'] as const) {
      const bad = /[<>"=]/.exec(e.person[field])?.[0];
      if (bad)
        p.at(
          e.file,
          [...e.prefix, field],
          `contains ${bad}, which Kimai refuses in the display name it derives from first and last name: set systems.kimai.alias`,
        );
    }
  }
  const tz = systems.kimai?.timezone;
  if (tz !== undefined && !isKnownTimeZone(tz))
    p.at(
      e.file,
      [...sys, 'kimai', 'timezone'],
      `unknown time zone "${tz}" (use an IANA name like Europe/Vienna)`,
    );
  if (systems.papershift) {
    (e.person.contracts ?? []).forEach((c, i) => {
      if (contractType(c, templates) !== 'month') return;
      const field = c.template !== undefined ? 'template' : 'type';
      p.at(
        e.file,
        [...e.prefix, 'contracts', i, field],
        'a month contract cannot be expressed in Papershift, where this person is managed (systems.papershift)',
      );
    });
  }
}

export function checkPerson(
  p: Problems,
  e: PersonEntry,
  providers: ReadonlySet<ProviderName> | null,
  templates: ContractTemplates | null,
): void {
  checkContracts(p, e.file, e.prefix, e.person.contracts ?? [], templates);
  checkEmployments(p, e);
  checkSystems(p, e, providers, templates);
}
