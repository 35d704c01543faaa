// Parsing and checking of option values shared by several commands.
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
