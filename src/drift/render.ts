// One entry point for the drift formats, used by the CLI.
import { renderDriftHtml } from './render-html.js';
import { renderDriftJson } from './render-json.js';
import { renderDriftMarkdown } from './render-markdown.js';
import { renderDriftText } from './render-text.js';
import type { DriftReport } from './report.js';

export type DriftFormat = 'text' | 'markdown' | 'json' | 'html';
export const DRIFT_FORMATS: readonly DriftFormat[] = ['text', 'markdown', 'json', 'html'];

export function renderDrift(report: DriftReport, format: DriftFormat, opts: { color: boolean }): string {
  switch (format) {
    case 'json':
      return renderDriftJson(report);
    case 'markdown':
      return renderDriftMarkdown(report);
    case 'html':
      return renderDriftHtml(report);
    default:
      return renderDriftText(report, opts);
  }
}
