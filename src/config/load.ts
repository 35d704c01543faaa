// Loads an environment folder: read + parse + substitute every file, validate (schema, then rules), normalise.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { ContractTemplates } from '../generated/contracts.js';
import type { Environment } from '../generated/environment.js';
import type { Person as PersonDecl } from '../generated/person.js';
import type { Declarations, Person, ProviderName } from '../model/declarations.js';
import { isSensitivePath } from '../model/sensitive.js';
import { declarationsDigest } from './digest.js';
import { sortErrors, type ConfigError } from './errors.js';
import { normaliseEnvironment, normalisePerson } from './normalise.js';
import { pathToString, type DeclPath, type SourceFile } from './positions.js';
import { Problems } from './report.js';
import { typeMismatches, validateAgainst, type SchemaKind } from './schema-validate.js';
import { checkIgnoreRules, UniqueIdentities } from './semantic-cross.js';
import { checkTemplates } from './semantic-contracts.js';
import { checkEnvironment } from './semantic-env.js';
import { checkPerson, type PersonEntry } from './semantic-person.js';
import { substituteData, substituteFile, type Substitution } from './substitute.js';
import { readYamlFile, toData } from './yaml-doc.js';

export type { ConfigError } from './errors.js';
export { formatConfigError } from './errors.js';

export type LoadResult = { ok: true; decl: Declarations } | { ok: false; errors: ConfigError[] };

interface Loaded {
  file: SourceFile;
  data: unknown;
  subs: Substitution[];
}

const ENV_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Reads, parses and substitutes one file; null (with problems recorded) when it cannot be used at all. */
function loadFile(p: Problems, root: string, abs: string, processEnv: NodeJS.ProcessEnv, regular = false): Loaded | null {
  const read = readYamlFile(abs, relativePath(root, abs), regular);
  if (!read.ok) {
    p.add(...read.errors);
    return null;
  }
  if (read.fast) {
    // Most files hold no reference: walking their data to find none was a few percent of loading.
    if (read.fast.noDollar) return { file: read.file, data: read.fast.data, subs: [] };
    const sub = substituteData(read.file, read.fast.data, processEnv);
    p.add(...sub.errors);
    return sub.errors.length ? null : { file: read.file, data: sub.data, subs: sub.substitutions };
  }
  const sub = substituteFile(read.file, processEnv);
  p.add(...sub.errors);
  const data = toData(read.file);
  if (!data.ok) {
    p.add(data.error);
    return null;
  }
  return sub.errors.length ? null : { file: read.file, data: data.data, subs: sub.substitutions };
}

/** `abs` relative to `root`, with forward slashes; a plain cut for the files found under it (the usual case). */
function relativePath(root: string, abs: string): string {
  const rel = abs.startsWith(root) && abs[root.length] === sep ? abs.slice(root.length + 1) : relative(root, abs);
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/**
 * A `${NAME}` always gives text; where the schema wants a number or a yes/no there, text that reads as one is taken
 * as one (`staffNumber: "${STAFF_NO}"` with STAFF_NO=1042 is 1042), as if it had been written in the file.
 */
function coerceSubstituted(l: Loaded, kind: SchemaKind, substituted: ReadonlySet<string>): void {
  if (l.subs.length === 0) return;
  for (const { path, types } of typeMismatches(kind, l.data)) {
    if (!substituted.has(pathToString(path)) || path.length === 0) continue;
    const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown> | null)?.[k], l.data);
    const key = path[path.length - 1]!;
    if (parent === null || typeof parent !== 'object') continue;
    const holder = parent as Record<string | number, unknown>;
    const text = holder[key];
    if (typeof text !== 'string') continue;
    if (types.includes('integer') && /^-?\d+$/.test(text)) holder[key] = Number(text);
    else if (types.includes('number') && /^-?\d+(\.\d+)?$/.test(text)) holder[key] = Number(text);
    else if (types.includes('boolean') && (text === 'true' || text === 'false')) holder[key] = text === 'true';
  }
}

/** Schema validation of one file; true when it passed. Values from ${NAME} and personal data are not echoed. */
function schemaCheck(p: Problems, l: Loaded, kind: SchemaKind): boolean {
  const substituted = new Set(l.subs.map((s) => pathToString(s.path)));
  coerceSubstituted(l, kind, substituted);
  const hide = (path: DeclPath): boolean =>
    substituted.has(pathToString(path)) || isSensitivePath(pathToString(path));
  const issues = validateAgainst(kind, l.data, hide);
  for (const i of issues) p.at(l.file, i.at, i.message, { key: i.key, shownPath: i.shown });
  return issues.length === 0;
}

/** A link to a folder is followed; a broken link is left to the file reader, which reports it. */
function isFolder(abs: string): boolean {
  try {
    return statSync(abs).isDirectory();
  } catch {
    return false;
  }
}

interface PersonFile {
  abs: string;
  /** Its directory entry says it is a regular file (a link is followed when read). */
  regular: boolean;
}

/** people/**\/*.yaml, sorted by path so the order never depends on the file system. */
function personFiles(p: Problems, root: string, dir: string): PersonFile[] {
  if (!existsSync(dir)) return [];
  const out: PersonFile[] = [];
  const walk = (d: string): void => {
    // The entry's own type answers for plain files and folders; only a link (or an unknown type) costs a stat.
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const name = entry.name;
      if (name.startsWith('.')) continue;
      const abs = join(d, name);
      const isDir = entry.isFile() ? false : entry.isDirectory() ? true : isFolder(abs);
      if (isDir) walk(abs);
      else if (name.endsWith('.yaml')) out.push({ abs, regular: entry.isFile() });
      else if (name.endsWith('.yml')) {
        // Silently skipping a person would be worse than asking for a rename.
        p.add({
          file: relative(root, abs),
          line: 0,
          col: 0,
          path: '',
          message: 'is not read: person files must end in .yaml',
        });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => (a.abs < b.abs ? -1 : a.abs > b.abs ? 1 : 0));
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A person file holds one person, or a list under `people:`; each person becomes an entry. */
function personEntries(p: Problems, l: Loaded): PersonEntry[] | null {
  const isList = isMapping(l.data) && 'people' in l.data;
  if (!schemaCheck(p, l, isList ? 'personList' : 'person')) return null;
  if (!isList) return [{ file: l.file, prefix: [], person: l.data as PersonDecl }];
  return (l.data as { people: PersonDecl[] }).people.map((person, i) => ({
    file: l.file,
    prefix: ['people', i],
    person,
  }));
}

/** Keys present in a file's data even if it failed validation, so one broken file does not cascade. */
function declaredKeys(data: unknown): string[] {
  const list = isMapping(data) && Array.isArray(data.people) ? (data.people as unknown[]) : [data];
  return list.flatMap((x) => (isMapping(x) && typeof x.key === 'string' ? [x.key] : []));
}

function envFolderError(root: string, env: string): ConfigError {
  const base = join(root, 'environments');
  const known = existsSync(base)
    ? readdirSync(base)
        .filter((n) => existsSync(join(base, n, 'environment.yaml')))
        .sort()
    : [];
  const list = known.length
    ? `environments that exist: ${known.join(', ')}`
    : `there is no environment under ${relative('.', base) || base}`;
  return {
    file: `environments/${env}`,
    line: 0,
    col: 0,
    path: '',
    message: `unknown environment "${env}" (${list})`,
  };
}

/** Files between two looks at the event loop while loading, so that a progress display can draw. */
const YIELD_EVERY = 200;

export async function loadEnvironment(opts: {
  root: string;
  env: string;
  processEnv: NodeJS.ProcessEnv;
  /** Called before each person file with the files done so far, and at the end with (total, total); loading then
   * also lets the event loop run every 200 files. */
  onFile?: (done: number, total: number) => void;
}): Promise<LoadResult> {
  const root = resolve(opts.root);
  const dir = join(root, 'environments', opts.env);
  if (!ENV_NAME.test(opts.env) || !existsSync(join(dir, 'environment.yaml'))) {
    return { ok: false, errors: [envFolderError(root, opts.env)] };
  }
  const p = new Problems();
  const envFile = loadFile(p, root, join(dir, 'environment.yaml'), opts.processEnv);
  const env = envFile && schemaCheck(p, envFile, 'environment') ? (envFile.data as Environment) : null;
  if (env && envFile) checkEnvironment(p, envFile.file, env, envFile.subs);

  let templates: ContractTemplates | null = {};
  if (existsSync(join(dir, 'contracts.yaml'))) {
    const cf = loadFile(p, root, join(dir, 'contracts.yaml'), opts.processEnv);
    // An empty contracts.yaml is an empty set of templates.
    if (cf && cf.data === null) cf.data = {};
    templates = cf && schemaCheck(p, cf, 'contracts') ? (cf.data as ContractTemplates) : null;
    if (templates && cf) {
      const before = p.errors.length;
      checkTemplates(p, cf.file, templates);
      // Broken templates would make every contract using them fail again: report them once.
      if (p.errors.length > before) templates = null;
    }
  }

  const providers = env ? new Set(Object.keys(env.providers) as ProviderName[]) : null;
  // Each person file is checked and normalised while its parsed YAML is at hand, then only the model is kept:
  // holding 10,000 parsed documents until the end would cost hundreds of MB and the GC time to go with them.
  const people: Person[] = [];
  // A normalisation failure is a bug that only surfaces when there is no user error to report instead.
  let normaliseFailure: { error: unknown } | null = null;
  const unique = new UniqueIdentities((abs, rel) => {
    const again = readYamlFile(abs, rel);
    return again.ok ? again.file : null;
  });
  const keys = new Set<string>();
  const files = personFiles(p, root, join(dir, 'people'));
  let done = 0;
  for (const { abs, regular } of files) {
    if (opts.onFile) {
      opts.onFile(done, files.length);
      if (done > 0 && done % YIELD_EVERY === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    done++;
    const l = loadFile(p, root, abs, opts.processEnv, regular);
    if (!l) continue;
    declaredKeys(l.data).forEach((k) => keys.add(k));
    const fileEntries = personEntries(p, l) ?? [];
    for (const e of fileEntries) checkPerson(p, e, providers, templates);
    unique.add(fileEntries, abs);
    if (p.errors.length > 0 || unique.count > 0 || !templates || normaliseFailure) continue;
    try {
      for (const e of fileEntries) people.push(normalisePerson(e, l.subs, templates));
    } catch (error) {
      normaliseFailure = { error };
    }
    l.file.release();
  }
  opts.onFile?.(files.length, files.length);
  unique.report(p);
  if (env && envFile) checkIgnoreRules(p, envFile.file, env, keys);

  if (p.errors.length > 0 || !env || !envFile || !templates)
    return { ok: false, errors: sortErrors(p.errors) };
  if (normaliseFailure) throw normaliseFailure.error;
  const secrets = [
    ...new Set(
      envFile.subs
        .flatMap((s) => (isSecretPath(s.path) ? [...s.values, s.result] : []))
        .filter((v) => v !== ''),
    ),
  ];
  const decl: Omit<Declarations, 'digest'> = {
    env: opts.env,
    dir,
    ...normaliseEnvironment(env, envFile.file),
    people,
    secrets,
  };
  return { ok: true, decl: { ...decl, digest: declarationsDigest(decl) } };
}

function isSecretPath(path: DeclPath): boolean {
  return (
    path.length === 3 && path[0] === 'providers' && ['token', 'password', 'apiKey'].includes(String(path[2]))
  );
}
