// Reading progress on stderr (stdout stays clean for the plan): plain lines without a TTY, one live line with one.
import type { ProviderName } from '../model/declarations.js';
import type { Progress } from '../model/provider.js';
import type { Io } from './io.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

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
  let frame = 0;
  const draw = () => {
    const line = [...status].map(([s, t]) => `${s}: ${t}`).join('  ·  ');
    io.stderr.write(`\r\x1b[2K${FRAMES[frame++ % FRAMES.length]} ${line}`);
  };
  const timer = setInterval(draw, 80);
  timer.unref();
  return {
    update(system, text) {
      status.set(system, text);
    },
    stop() {
      clearInterval(timer);
      io.stderr.write('\r\x1b[2K');
    },
  };
}
