// Text of one field difference, with personal data masked: the review is shown on screens and in recordings.
import type { Change, FieldChange } from '../../generated/plan.js';
import { isSensitivePath, maskSensitive, SENSITIVE_MASK } from '../../model/sensitive.js';

function formatValue(value: unknown, sensitive: boolean): string {
  if (value === null || value === undefined) return '(none)';
  // A removed or empty sensitive value reveals nothing, so only present values are masked.
  if (sensitive && value !== '') return SENSITIVE_MASK;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // Plan values are JSON, so anything else is an object or array.
  return JSON.stringify(maskSensitive(value)) ?? '(none)';
}

export function formatField(field: FieldChange): string {
  const sensitive = field.sensitive === true || isSensitivePath(field.path);
  return `${field.path}: ${formatValue(field.before, sensitive)} -> ${formatValue(field.after, sensitive)}`;
}

/** "kimai user", "kimai working-time-model [2024-01-01] Full time", for a change row. */
export function changeTitle(change: Change): string {
  const key = change.resourceKey ? ` [${change.resourceKey}]` : '';
  const label = change.label ? ` ${change.label}` : '';
  return `${change.provider} ${change.resource}${key}${label}`;
}
