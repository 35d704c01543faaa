// Which declared contract applies on a day. Loaded declarations keep contracts sorted by start, but callers
// (import's template recognition, tests) may pass any order, so nothing here relies on it.
import type { Contract } from './declarations.js';

/** The contract with the latest start on or before `date` (it may have ended since); undefined before the first. */
export function lastStarted(contracts: readonly Contract[], date: string): Contract | undefined {
  let current: Contract | undefined;
  for (const c of contracts) if (c.start <= date && (!current || c.start >= current.start)) current = c;
  return current;
}

/** The contract that starts first. */
export function firstStarting(contracts: readonly Contract[]): Contract | undefined {
  let first: Contract | undefined;
  for (const c of contracts) if (!first || c.start < first.start) first = c;
  return first;
}
