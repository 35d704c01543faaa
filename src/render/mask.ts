// Request bodies can carry sensitive values under names the field list does not use (McTime nests bank
// details inside employments), so a body is masked twice: by key (maskSensitive) and by the raw values of
// the change's sensitive fields wherever they appear.
import type { Change, PlannedRequest } from '../generated/plan.js';
import { maskSensitive, SENSITIVE_MASK } from '../model/sensitive.js';
import { isSensitiveField } from './common.js';

function rawValues(v: unknown): string[] {
  if (typeof v === 'string' || typeof v === 'number') return String(v).length >= 3 ? [String(v)] : [];
  if (Array.isArray(v)) return v.flatMap(rawValues);
  if (v !== null && typeof v === 'object') return Object.values(v).flatMap(rawValues);
  return [];
}

/** Raw values of a change's sensitive fields, longest first (so a value containing another is masked whole). */
export function sensitiveValues(change: Change): string[] {
  const values = change.fields
    .filter(isSensitiveField)
    .flatMap((f) => [...rawValues(f.before), ...rawValues(f.after)]);
  return [...new Set(values)].sort((a, b) => b.length - a.length);
}

/** Replaces every known sensitive value inside `text` by the mask. */
export function maskText(text: string, values: readonly string[]): string {
  let out = text;
  for (const v of values) out = out.split(v).join(SENSITIVE_MASK);
  return out;
}

/** "POST /api/users {…}" with the body masked, for verbose text output. */
export function describeRequest(req: PlannedRequest, change: Change): string {
  const body = req.body === undefined ? '' : ` ${JSON.stringify(maskSensitive(req.body))}`;
  return maskText(`${req.method} ${req.path}${body}`, sensitiveValues(change));
}
