// Dates as day offsets, so arbitraries can order and space them with plain integer arithmetic.
import fc from 'fast-check';

const DAY_MS = 86_400_000;

/** YYYY-MM-DD of `days` after 2000-01-01 (UTC). */
export function dateOf(days: number): string {
  return new Date(Date.UTC(2000, 0, 1) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Day offset of a YYYY-MM-DD date (inverse of dateOf). */
export function dayOf(date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.UTC(2000, 0, 1)) / DAY_MS);
}

export const timestamp = (date: string): string => `${date}T00:00:00+00:00`;

/** `n` strictly increasing day offsets in [from, to], at least `gap` days apart. */
export function increasingDays(n: number, from: number, to: number, gap: number): fc.Arbitrary<number[]> {
  return fc
    .uniqueArray(fc.integer({ min: from, max: to }), { minLength: n, maxLength: n })
    .map((xs) => xs.sort((a, b) => a - b))
    .filter((xs) => xs.every((x, i) => i === 0 || x - xs[i - 1]! >= gap));
}
