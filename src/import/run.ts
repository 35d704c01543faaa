// people import, end to end: read what nobody declares, join, rebuild, write, then check with a real plan that
// the new declarations describe the systems exactly (no changes for the imported people).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ContractTemplates } from '../generated/contracts.js';
import type { Change } from '../generated/plan.js';
import type { Declarations, ProviderName } from '../model/declarations.js';
import type { Progress } from '../model/provider.js';
import { makePlan } from '../runtime/make-plan.js';
import { loadDeclarations, openSession, type Session, type SessionOptions } from '../runtime/session.js';
import { joinRecords, type JoinResult } from './join.js';
import { readUnmanagedRecords } from './read.js';
import { rebuildPeople, type ImportedPerson } from './rebuild.js';
import { writeEnvExample, writePeople, type WriteOutcome } from './write.js';

export interface ImportOptions extends SessionOptions {
  date: string;
  includeSensitive: boolean;
}

export interface ImportCheck {
  /** Changes a plan for the written people still shows (empty: the round trip holds). */
  changes: Change[];
  /** The check could not run (the written files do not load): why. */
  error: string | null;
}

export interface ImportOutcome extends WriteOutcome {
  systems: ProviderName[];
  join: JoinResult;
  people: ImportedPerson[];
  check: ImportCheck | null;
}

/** Templates as written in contracts.yaml (already validated by the loader). */
function readTemplates(decl: Declarations): ContractTemplates {
  const file = join(decl.dir, 'contracts.yaml');
  return existsSync(file) ? ((parse(readFileSync(file, 'utf8')) as ContractTemplates | null) ?? {}) : {};
}

/**
 * Loads the declarations again (with the new files) and plans the imported people over the same connections:
 * no second sign-in (Papershift allows few), no second simulator start.
 */
async function check(session: Session, opts: ImportOptions, people: ImportedPerson[], keys: string[], progress: Progress): Promise<ImportCheck> {
  // The values behind the new ${NAME} references, in memory only: they come from the systems just read.
  const values = Object.fromEntries(people.flatMap((p) => p.sensitive.map((s) => [s.name, s.value])));
  try {
    const decl = await loadDeclarations({ root: opts.root, env: opts.env, processEnv: { ...values, ...opts.processEnv } });
    const { plan } = await makePlan({ ...session, decl }, { date: opts.date, targets: keys, progress });
    return { changes: plan.changes, error: null };
  } catch (err) {
    return { changes: [], error: err instanceof Error ? err.message : String(err) };
  }
}

export async function runImportCore(opts: ImportOptions, progress: Progress): Promise<ImportOutcome> {
  const session = await openSession(opts);
  try {
    const records = await readUnmanagedRecords(session, opts.date, progress);
    const { decl } = session;
    const joined = joinRecords(records, {
      emails: new Map(decl.people.map((p) => [p.email.toLowerCase(), p.key])),
      kimaiUsernames: new Set(decl.people.flatMap((p) => (p.systems.kimai ? [p.systems.kimai.username.toLowerCase()] : []))),
    });
    const people = rebuildPeople(joined.groups, {
      date: opts.date,
      kimaiDefaults: decl.defaults.kimai,
      templates: readTemplates(decl),
      includeSensitive: opts.includeSensitive,
      takenKeys: new Set(decl.people.map((p) => p.key)),
    });
    const valid = people.filter((p) => p.errors.length === 0);
    const { written, skipped } = writePeople(decl.dir, valid, opts.date);
    const writtenKeys = new Set(written.map((w) => w.key));
    const envExample = writeEnvExample(decl.dir, valid.filter((p) => writtenKeys.has(p.key)));
    const checked = written.length ? await check(session, opts, valid, [...writtenKeys], progress) : null;
    return { systems: session.systems, join: joined, people, written, skipped, envExample, check: checked };
  } finally {
    await session.close();
  }
}
