// ${NAME} substitution, done on the parsed nodes so an undefined variable is reported at its own scalar.
import type { ConfigError } from './errors.js';
import { errorAt, pathToString, type DeclPath, type SourceFile } from './positions.js';
import { yamlLib } from './yaml-lib.js';

/** `$${` is a literal `${`; `${...}` is a reference (the name is checked separately for a clear error). */
const REFERENCE = /\$\$\{|\$\{([^}]*)\}/g;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export interface Substitution {
  path: DeclPath;
  /** The values the variables had (what must be treated as secret or sensitive). */
  values: string[];
  /** The whole resulting string. */
  result: string;
}

export interface SubstituteResult {
  substitutions: Substitution[];
  errors: ConfigError[];
}

function substituteString(
  text: string,
  env: NodeJS.ProcessEnv,
): { result: string; values: string[]; problems: string[] } | null {
  if (!text.includes('${')) return null;
  const values: string[] = [];
  const problems: string[] = [];
  const result = text.replace(REFERENCE, (whole: string, name: string | undefined) => {
    if (name === undefined) return '${';
    if (!NAME.test(name)) {
      problems.push(
        `"${whole}" is not a valid reference: a variable name is letters, digits and _ (write $\${ for a literal \${)`,
      );
      return whole;
    }
    const value = env[name];
    if (value === undefined) {
      problems.push(`environment variable ${name} is not set`);
      return whole;
    }
    values.push(value);
    return value;
  });
  return { result, values, problems };
}

/** Replaces references in every string value (not keys) of the file, in place. */
export function substituteFile(file: SourceFile, env: NodeJS.ProcessEnv): SubstituteResult {
  const out: SubstituteResult = { substitutions: [], errors: [] };
  const { isAlias, isMap, isScalar, isSeq } = yamlLib();
  const walk = (node: unknown, path: DeclPath): void => {
    // Aliases are not followed: their anchor is substituted where it is defined.
    if (!node || isAlias(node)) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        walk(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i]));
    } else if (isScalar(node) && typeof node.value === 'string') {
      const done = substituteString(node.value, env);
      if (!done) return;
      for (const p of done.problems) out.errors.push(errorAt(file, path, p));
      if (done.problems.length === 0) {
        node.value = done.result;
        out.substitutions.push({ path, values: done.values, result: done.result });
      }
    }
  };
  walk(file.doc.contents, []);
  return out;
}

/**
 * The same substitution on plain data (files read by the fast path, which have no aliases), in place. Paths are
 * built only for strings that hold a reference: most values have none.
 */
export function substituteData(
  file: SourceFile,
  data: unknown,
  env: NodeJS.ProcessEnv,
): SubstituteResult & { data: unknown } {
  const out: SubstituteResult = { substitutions: [], errors: [] };
  const path: Array<string | number> = [];
  const visit = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const done = substituteString(value, env);
      if (!done) return value;
      for (const p of done.problems) out.errors.push(errorAt(file, [...path], p));
      if (done.problems.length > 0) return value;
      out.substitutions.push({ path: [...path], values: done.values, result: done.result });
      return done.result;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        value[i] = visit(value[i]);
        path.pop();
      }
    } else if (typeof value === 'object' && value !== null) {
      const map = value as Record<string, unknown>;
      for (const key of Object.keys(map)) {
        path.push(key);
        map[key] = visit(map[key]);
        path.pop();
      }
    }
    return value;
  };
  // A file that is one string is replaced, not changed in place.
  return { ...out, data: visit(data) };
}

/** Whether the value at `path` was written as a ${NAME} reference. */
export function wasSubstituted(subs: Substitution[], path: DeclPath): boolean {
  const wanted = pathToString(path);
  return subs.some((s) => s.values.length > 0 && pathToString(s.path) === wanted);
}
