// plans/<env>.journal.jsonl: every request apply sends and its answer, personal data masked, so that a re-run
// after a crash knows which creates may already have happened.
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { maskSensitive, SENSITIVE_MASK } from '../model/sensitive.js';

export interface JournalEntry {
  ts: string;
  run: string;
  change: string;
  phase: 'send' | 'answer' | 'error' | 'found' | 'applied';
  method?: string;
  path?: string;
  idempotent?: boolean;
  status?: number;
  body?: unknown;
  captures?: Record<string, string>;
  error?: string;
  /** phase applied: field path → sha256 of the value written (no personal data in the journal). */
  fields?: Record<string, string>;
}

export class Journal {
  private readonly sensitiveValues: ReadonlySet<string>;

  constructor(
    readonly path: string,
    readonly run: string,
    sensitiveValues: string[],
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.sensitiveValues = new Set(sensitiveValues);
    mkdirSync(dirname(path), { recursive: true });
  }

  private mask(value: unknown): unknown {
    const masked = maskSensitive(value);
    const values = this.sensitiveValues;
    const walk = (v: unknown): unknown => {
      if (typeof v === 'string') return values.has(v) ? SENSITIVE_MASK : v;
      // A ${NAME} value the schema wanted as a number was read as one (coerceSubstituted).
      if (typeof v === 'number') return values.has(String(v)) ? SENSITIVE_MASK : v;
      if (Array.isArray(v)) return v.map(walk);
      if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
      return v;
    };
    return walk(masked);
  }

  append(entry: Omit<JournalEntry, 'ts' | 'run'>): void {
    const full: JournalEntry = { ts: this.clock().toISOString(), run: this.run, ...entry };
    if (full.body !== undefined) full.body = this.mask(full.body);
    appendFileSync(this.path, `${JSON.stringify(full)}\n`, { mode: 0o600 });
  }
}

/** The entries of a journal in order; none when there is no journal. A line torn by a crash is skipped. */
export function readJournal(path: string): JournalEntry[] {
  if (!existsSync(path)) return [];
  const entries: JournalEntry[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      entries.push(JSON.parse(line) as JournalEntry);
    } catch {
      // a torn last line after a crash
    }
  }
  return entries;
}

/**
 * Change ids whose non-idempotent request was sent without a clear outcome: the process died before the
 * answer, or the last attempt ended without one (timeout, reset, 5xx) — the server may have acted after all.
 */
export function unsureChanges(path: string): Set<string> {
  const open = new Map<string, string>();
  for (const e of readJournal(path)) {
    const key = `${e.run}\u0000${e.change}`;
    if (e.phase === 'send' && e.idempotent === false) open.set(key, e.change);
    else if (e.phase === 'error' && (e.status === 0 || (e.status ?? 0) >= 500)) continue;
    else if (e.phase !== 'send') open.delete(key);
  }
  return new Set(open.values());
}

/** For every change id: field path → digest of the value the last successful apply wrote. */
export function lastAppliedValues(path: string): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  for (const e of readJournal(path))
    if (e.phase === 'applied' && e.fields) out.set(e.change, { ...out.get(e.change), ...e.fields });
  return out;
}
