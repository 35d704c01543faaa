// The collector every check writes to, so all problems of all files are reported in one run.
import type { ConfigError } from './errors.js';
import { errorAt, type DeclPath, type SourceFile } from './positions.js';

export class Problems {
  readonly errors: ConfigError[] = [];

  at(
    file: SourceFile,
    path: DeclPath,
    message: string,
    opts: { key?: boolean; shownPath?: DeclPath } = {},
  ): void {
    this.errors.push(errorAt(file, path, message, opts));
  }

  add(...errors: ConfigError[]): void {
    this.errors.push(...errors);
  }
}

/** `file:line` of a node, for "first declared at ..." in messages. */
export function whereIs(file: SourceFile, path: DeclPath): string {
  const e = errorAt(file, path, '');
  return `${e.file}:${e.line}`;
}
