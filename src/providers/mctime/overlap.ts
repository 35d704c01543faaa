// McTime refuses a user whose employment periods overlap (seed: "dates may not overlap"). A declared employment
// can overlap a stored one the declaration does not mention (it is re-sent unchanged), so the plan checks the
// body it would send instead of letting apply fail.
import { employmentsOf, isObject, type JsonObject } from './paths.js';

interface Period {
  start: string;
  /** Inclusive last day, or null when open-ended. */
  end: string | null;
}

function periodOf(e: JsonObject): Period | null {
  const b = isObject(e.basicData) ? e.basicData : null;
  const start = typeof b?.employmentStart === 'string' ? b.employmentStart.slice(0, 10) : '';
  if (start.length < 10) return null;
  const endRaw = typeof b?.employmentEnd === 'string' ? b.employmentEnd.slice(0, 10) : '';
  return { start, end: endRaw.length === 10 ? endRaw : null };
}

const show = (p: Period) => `${p.start}–${p.end ?? 'open'}`;

/** One message per overlapping pair of employments in the body, in start order. */
export function overlappingEmployments(body: JsonObject): string[] {
  const periods = employmentsOf(body)
    .map(periodOf)
    .filter((p): p is Period => p !== null)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const out: string[] = [];
  for (let i = 1; i < periods.length; i++) {
    const prev = periods[i - 1]!;
    const next = periods[i]!;
    if (prev.end === null || prev.end >= next.start) out.push(`employment ${show(prev)} overlaps employment ${show(next)}`);
  }
  return out;
}
