// I/O: imported people as YAML files (one a person, never overwriting) and the .env.example naming the ${NAME}
// references they contain. The YAML follows the documented format: field order key, firstName, lastName,
// email, contracts, employments, systems; short lists and day maps in flow style.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isCollection } from 'yaml';
import type { ImportedPerson } from './rebuild.js';

export interface WriteOutcome {
  /** Keys written, with the file (relative to the environment folder). */
  written: Array<{ key: string; file: string }>;
  /** Files that existed already (relative to the environment folder): left as they are. */
  skipped: string[];
  /** The .env.example written or extended, or null. */
  envExample: string | null;
}

/** Paths (in the declaration) shown in flow style, as in the README examples. */
function flowPaths(p: ImportedPerson): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [];
  (p.decl.contracts ?? []).forEach((_, i) => out.push(['contracts', i, 'days'], ['contracts', i, 'workDays']));
  out.push(['systems', 'kimai', 'roles'], ['systems', 'mctime', 'availableLoginMethods']);
  (p.decl.systems?.mctime?.roles ?? []).forEach((_, i) => out.push(['systems', 'mctime', 'roles', i, 'organizations']));
  return out;
}

export function renderPerson(p: ImportedPerson, date: string): string {
  const doc = new Document(p.decl);
  // On the contents, not the document: no blank line between the comment and `key:`, as in hand-written files.
  if (doc.contents) doc.contents.commentBefore = ` imported from ${p.systems.join(', ')} on ${date} by people import`;
  for (const path of flowPaths(p)) {
    const node = doc.getIn(path, true);
    if (isCollection(node)) node.flow = true;
  }
  // lineWidth 0: long values (comments, addresses) stay on one line rather than being folded.
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

export const importedFile = (key: string): string => `people/imported/${key}.yaml`;

/** Writes every person whose file does not exist yet; `wx` makes "never overwrite" hold even against a race. */
export function writePeople(envDir: string, people: readonly ImportedPerson[], date: string): Pick<WriteOutcome, 'written' | 'skipped'> {
  const out: Pick<WriteOutcome, 'written' | 'skipped'> = { written: [], skipped: [] };
  if (people.length === 0) return out;
  mkdirSync(join(envDir, 'people', 'imported'), { recursive: true });
  for (const p of people) {
    const file = importedFile(p.key);
    try {
      writeFileSync(join(envDir, file), renderPerson(p, date), { flag: 'wx' });
      out.written.push({ key: p.key, file });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      out.skipped.push(file);
    }
  }
  return out;
}

const ENV_HEADER = [
  '# Variables for the ${NAME} references in declarations written by `people import`.',
  '# Set them in the environment (CI secrets, a git-ignored .env) before plan and apply; never commit values.',
  '',
];

/** Adds the names not listed yet to <env>/.env.example (names only); returns its name, or null if nothing to add. */
export function writeEnvExample(envDir: string, people: readonly ImportedPerson[]): string | null {
  const path = join(envDir, '.env.example');
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const listed = new Set([...existing.matchAll(/^#?\s*([A-Za-z_][A-Za-z0-9_]*)=/gm)].map((m) => m[1]));
  const lines: string[] = [];
  for (const p of people) {
    const fresh = p.sensitive.filter((s) => !listed.has(s.name));
    if (fresh.length === 0) continue;
    lines.push(`# ${p.key}`);
    for (const s of fresh) lines.push(`${s.name}=  # value in the system: (sensitive)`);
  }
  if (lines.length === 0) return null;
  const head = existing === '' ? ENV_HEADER.join('\n') + '\n' : existing.endsWith('\n') ? '' : '\n';
  writeFileSync(path, `${existing}${head}${lines.join('\n')}\n`);
  return '.env.example';
}
