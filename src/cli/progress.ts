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
  if (!io.stderr.isTTY) {
    return {
      update: (system: ProviderName, text: string) => void io.stderr.write(`${system}: ${text}\n`),
      stop: () => undefined,
    };
  }
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
