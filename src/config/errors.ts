// Configuration errors: every problem found while loading an environment, with its exact source position.

export interface ConfigError {
  /** Path relative to the root, e.g. `environments/acme/people/jane.yaml`. */
  file: string;
  /** 1-based; 0 when the problem has no position in a file (a missing folder, an unreadable file). */
  line: number;
  col: number;
  /** Declaration path, e.g. `contracts[1].end`; empty for the whole file. */
  path: string;
  message: string;
}

/** `environments/acme/people/jane.yaml:12:5 contracts[1].end: must not be before start (2026-03-01)` */
export function formatConfigError(e: ConfigError): string {
  const where = e.line > 0 ? `${e.file}:${e.line}:${e.col}` : e.file;
  return e.path ? `${where} ${e.path}: ${e.message}` : `${where}: ${e.message}`;
}

/** Errors in file order, then by position, so output is stable and reads top to bottom. */
export function sortErrors(errors: ConfigError[]): ConfigError[] {
  return [...errors].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.col - b.col,
  );
}
