// Rules across files: identities that must be unique in the environment, and references to people.
import type { Environment } from '../generated/environment.js';
import type { PersonEntry } from './semantic-person.js';
import type { DeclPath, SourceFile } from './positions.js';
import { whereIs, type Problems } from './report.js';

interface Identity {
  label: string;
  /** Path below the person; the value is read from there. */
  field: DeclPath;
  /** Comparison form (e-mail addresses and usernames compare case-insensitively). */
  norm: (v: string | number) => string;
}

const lower = (v: string | number): string => String(v).toLowerCase();
const IDENTITIES: Identity[] = [
  { label: 'person key', field: ['key'], norm: String },
  { label: 'e-mail address', field: ['email'], norm: lower },
  { label: 'Kimai username', field: ['systems', 'kimai', 'username'], norm: lower },
  { label: 'Kimai id', field: ['systems', 'kimai', 'id'], norm: String },
  { label: 'Papershift id', field: ['systems', 'papershift', 'id'], norm: lower },
  { label: 'Papershift staff number', field: ['systems', 'papershift', 'staffNumber'], norm: String },
  { label: 'McTime id', field: ['systems', 'mctime', 'id'], norm: lower },
];

function valueAt(obj: unknown, path: DeclPath): string | number | undefined {
  let cur: unknown = obj;
  for (const seg of path) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[String(seg)];
  }
  return typeof cur === 'string' || typeof cur === 'number' ? cur : undefined;
}

/** Two declarations with one identity would match the same user: point at the second, name the first. */
export function checkUnique(p: Problems, people: PersonEntry[]): void {
  for (const id of IDENTITIES) {
    const seen = new Map<string, PersonEntry>();
    for (const e of people) {
      const v = valueAt(e.person, id.field);
      if (v === undefined) continue;
      const first = seen.get(id.norm(v));
      if (!first) {
        seen.set(id.norm(v), e);
        continue;
      }
      const where = whereIs(first.file, [...first.prefix, ...id.field]);
      p.at(
        e.file,
        [...e.prefix, ...id.field],
        `duplicate ${id.label} "${v}": already used by ${first.person.key} (${where})`,
      );
    }
  }
}

/** Ignore rules may only name declared people; `knownKeys` includes keys of files that failed validation. */
export function checkIgnoreRules(
  p: Problems,
  file: SourceFile,
  env: Environment,
  knownKeys: ReadonlySet<string>,
): void {
  (env.policy?.ignore ?? []).forEach((rule, i) => {
    if (rule.person !== undefined && !knownKeys.has(rule.person)) {
      p.at(
        file,
        ['policy', 'ignore', i, 'person'],
        `unknown person "${rule.person}": no declaration has this key`,
      );
    }
  });
}
