// Reading progress on stderr (stdout stays clean for the plan): plain lines without a terminal, an Ink spinner
// with counts on one. Ink is imported lazily: it costs ~0.45 s at start-up, which non-TTY runs never pay.
import type { Instance } from 'ink';
import type { Progress, ProgressTopic } from '../model/provider.js';
import type { Io } from './io.js';

export interface ProgressReporter extends Progress {
  stop(): void;
}

export function createProgress(io: Io, quiet = false): ProgressReporter {
  if (quiet) return { update: () => undefined, stop: () => undefined };
  if (!io.stderr.isTTY) return throttledLines(io);
  const status = new Map<ProgressTopic, string>();
  let instance: Instance | null = null;
  let stopped = false;
  void import('./progress-view.js').then(({ renderReadProgress }) => {
    if (!stopped) instance = renderReadProgress(status, io.stderr as NodeJS.WriteStream);
  });
  return {
    update(topic, text) {
      status.set(topic, text);
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
  const lastWrite = new Map<ProgressTopic, number>();
  const pending = new Map<ProgressTopic, string>();
  const write = (topic: ProgressTopic, text: string) => void io.stderr.write(`${topic}: ${text}\n`);
  return {
    update(topic, text) {
      const now = Date.now();
      const last = lastWrite.get(topic);
      if (last !== undefined && now - last < LINE_INTERVAL_MS) {
        pending.set(topic, text);
        return;
      }
      lastWrite.set(topic, now);
      pending.delete(topic);
      write(topic, text);
    },
    stop() {
      for (const [system, text] of pending) write(system, text);
      pending.clear();
    },
  };
}

/** Loading this long without a word is worth a progress line; a quicker load stays silent. */
const LOAD_QUIET_MS = 1000;

/**
 * A callback for loadEnvironment: "loaded 4000/10000 files" under the topic `declarations`, once loading has
 * taken a second (10,000 files take a few); small environments print nothing.
 */
export function loadingProgress(progress: Progress, now: () => number = Date.now): (done: number, total: number) => void {
  const start = now();
  let shown = false;
  return (done, total) => {
    if (!shown && now() - start < LOAD_QUIET_MS) return;
    shown = true;
    progress.update('declarations', done < total ? `loaded ${done}/${total} files` : `loaded ${total} files`);
  };
}
