// Parsing and checking of option values shared by several commands.
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { ProviderName } from '../model/declarations.js';
import { PROVIDERS } from '../model/declarations.js';
import { UserError } from './io.js';

export function parseDate(value: string | undefined, today: () => string): string {
  if (value === undefined) return today();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!d || d.toISOString().slice(0, 10) !== value) throw new UserError(`--date ${value}: expected a real date as YYYY-MM-DD`);
  return value;
}

export function parseProviders(values: string[]): ProviderName[] {
  for (const v of values) {
    if (!(PROVIDERS as readonly string[]).includes(v)) throw new UserError(`--provider ${v}: expected one of ${PROVIDERS.join(', ')}`);
  }
  return values as ProviderName[];
}

export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Where `--out FILE` is written: relative paths are taken from --root, next to environments/ and plans/. */
export function outputPath(root: string, file: string): string {
  return resolve(root, file);
}

/** A file to read (a saved plan): relative to --root, or to the current folder when it is only there. */
export function inputPath(root: string, file: string): string {
  const fromRoot = resolve(root, file);
  if (existsSync(fromRoot) || isAbsolute(file)) return fromRoot;
  const fromCwd = resolve(file);
  return existsSync(fromCwd) ? fromCwd : fromRoot;
}
