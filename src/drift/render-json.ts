// Drift as versioned JSON for machines. Values are kept (like the plan JSON) and flagged `sensitive: true`;
// a consumer that displays them must mask those.
import type { DriftReport } from './report.js';

export const DRIFT_FORMAT_VERSION = '1.0';

export function renderDriftJson(report: DriftReport): string {
  const doc = {
    formatVersion: DRIFT_FORMAT_VERSION,
    env: report.env,
    date: report.date,
    hasDrift: report.hasDrift,
    counts: report.counts,
    entries: report.entries,
    missing: report.missing,
    unmanaged: report.unmanaged,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
