// Rules across files: identities that must be unique in the environment, and references to people.
import type { Environment } from '../generated/environment.js';
import type { ConfigError } from './errors.js';
import type { PersonEntry } from './semantic-person.js';
import { errorAt, type DeclPath, type SourceFile } from './positions.js';
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
  for (let i = 0; i < path.length; i++) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[path[i] as string | number];
  }
  return typeof cur === 'string' || typeof cur === 'number' ? cur : undefined;
}

/** Where the first holder of an identity was declared; its parsed file is gone by the time a duplicate shows up. */
interface FirstHolder {
  key: string;
  prefix: DeclPath;
  rel: string;
  abs: string;
}

/**
 * Two declarations with one identity would match the same user: point at the second, name the first.
 * Fed one file at a time so that a file's parsed YAML can be dropped once it is checked (10,000 parsed files
 * would otherwise all be alive at once); errors come out as the check over all entries at once would give them.
 * `reopen` parses a file again, only needed to point at the first holder of a duplicate in an earlier file.
 */
export class UniqueIdentities {
  private readonly seen = IDENTITIES.map(() => new Map<string, FirstHolder>());
  private readonly found: Array<{ id: number; n: number; error: ConfigError }> = [];
  private n = 0;

  constructor(private readonly reopen: (abs: string, rel: string) => SourceFile | null) {}

  /** Entries of one file, in order; `file` must still be parsed. */
  add(entries: readonly PersonEntry[], abs: string): void {
    for (const e of entries) {
      const n = this.n++;
      // Only what is needed to find the node again, no reference to the parsed file; one per entry, shared by its
      // identities (10,000 people hold 50,000 of them until the end of loading).
      let holder: FirstHolder | undefined;
      for (let i = 0; i < IDENTITIES.length; i++) {
        const id = IDENTITIES[i]!;
        const v = valueAt(e.person, id.field);
        if (v === undefined) continue;
        const seen = this.seen[i]!;
        const norm = id.norm(v);
        const first = seen.get(norm);
        if (!first) {
          seen.set(norm, (holder ??= { key: e.person.key, prefix: e.prefix, rel: e.file.rel, abs }));
          continue;
        }
        const firstPath = [...first.prefix, ...id.field];
        const source = first.rel === e.file.rel ? e.file : this.reopen(first.abs, first.rel);
        const where = source ? whereIs(source, firstPath) : `${first.rel}:0`;
        this.found.push({
          id: i,
          n,
          error: errorAt(
            e.file,
            [...e.prefix, ...id.field],
            `duplicate ${id.label} "${v}": already used by ${first.key} (${where})`,
          ),
        });
      }
    }
  }

  get count(): number {
    return this.found.length;
  }

  /** The errors, in the order of a check identity by identity over all entries. */
  report(p: Problems): void {
    const sorted = [...this.found].sort((a, b) => a.id - b.id || a.n - b.n);
    p.add(...sorted.map((f) => f.error));
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
