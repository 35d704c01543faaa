// Reading progress on stderr (stdout stays clean for the plan): plain lines without a terminal, an Ink spinner
// with counts on one. Ink is imported lazily: it costs ~0.45 s at start-up, which non-TTY runs never pay.
import type { Instance } from 'ink';
import type { ProviderName } from '../model/declarations.js';
import type { Progress } from '../model/provider.js';
import type { Io } from './io.js';

export interface ProgressReporter extends Progress {
  stop(): void;
}

export function createProgress(io: Io, quiet = false): ProgressReporter {
  if (quiet) return { update: () => undefined, stop: () => undefined };
  if (!io.stderr.isTTY) return throttledLines(io);
  const status = new Map<ProviderName, string>();
  let instance: Instance | null = null;
  let stopped = false;
  void import('./progress-view.js').then(({ renderReadProgress }) => {
    if (!stopped) instance = renderReadProgress(status, io.stderr as NodeJS.WriteStream);
  });
  return {
    update(system, text) {
      status.set(system, text);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      instance?.clear();
      instance?.unmount();
    },
  };
}

/** Without a terminal: at most one line per system and second, and each system's latest line on stop. */
const LINE_INTERVAL_MS = 1000;

function throttledLines(io: Io): ProgressReporter {
  // A line per update was a line per request: 26,000 writes to stderr for a 10,000-person plan.
  const lastWrite = new Map<ProviderName, number>();
  const pending = new Map<ProviderName, string>();
  const write = (system: ProviderName, text: string) => void io.stderr.write(`${system}: ${text}\n`);
  return {
    update(system, text) {
      const now = Date.now();
      const last = lastWrite.get(system);
      if (last !== undefined && now - last < LINE_INTERVAL_MS) {
        pending.set(system, text);
        return;
      }
      lastWrite.set(system, now);
      pending.delete(system);
      write(system, text);
    },
    stop() {
      for (const [system, text] of pending) write(system, text);
      pending.clear();
    },
  };
}
