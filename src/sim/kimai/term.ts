// The `term` filter of GET /api/users (kimai.md §3.1, SearchTerm/SearchHelper): whitespace-separated parts,
// ANDed; `!` excludes; `name:value` searches stored preferences. LIKE is case-insensitive (MySQL collation).
import type { SimUser } from './state.js';

const like = (haystack: string | null, needle: string): boolean => haystack !== null && haystack.toLowerCase().includes(needle.toLowerCase());

function matchesPart(u: SimUser, part: string): boolean {
  const pref = /^([A-Za-z0-9_.-]+):(.*)$/.exec(part);
  if (pref) {
    const name = pref[1]!;
    const value = pref[2]!;
    const has = u.preferences.has(name);
    const stored = u.preferences.get(name) ?? null;
    if (value === '*') return stored !== null; // a non-null value
    if (value === '~') return !has; // no row at all
    if (value === '""') return stored === null; // null or missing
    return like(stored, value);
  }
  return [u.alias, u.title, u.accountNumber, u.email, u.username].some((f) => like(f, part));
}

export function matchesTerm(u: SimUser, term: string): boolean {
  return term
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => (word.startsWith('!') && word.length > 1 ? !matchesPart(u, word.slice(1)) : matchesPart(u, word)));
}
