// The plan for machines: unmasked (like `terraform show -json`), with FieldChange.sensitive kept so that a
// consumer knows what to mask. Byte-stable for a given plan.
import type { Plan } from '../generated/plan.js';

export function renderJson(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}
