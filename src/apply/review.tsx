// Entry of the interactive apply review (imported lazily by `people apply`: Ink costs ~0.45 s to load).
import { render } from 'ink';
import type { Plan } from '../generated/plan.js';
import type { Io } from '../cli/io.js';
import type { ChangeOutcome } from './executor.js';
import { Review, type Execute } from './review/Review.js';

export type { Execute } from './review/Review.js';

export interface ReviewArgs {
  plan: Plan;
  execute: Execute;
  io: Io;
}

/**
 * Shows the plan for review, runs the approved changes with live progress and returns their outcomes;
 * null when the reviewer quit before anything was sent. Only call this when stdin and stdout are TTYs.
 */
export async function reviewAndApply({ plan, execute, io }: ReviewArgs): Promise<ChangeOutcome[] | null> {
  return new Promise<ChangeOutcome[] | null>((resolve, reject) => {
    let finished = false;
    const onDone = (result: ChangeOutcome[] | null, error?: Error) => {
      if (finished) return;
      finished = true;
      // Unmount on the next turn so Ink writes the closing frame (summary or last review state) first.
      setImmediate(() => {
        instance.unmount();
        const settle = () => (error ? reject(error) : resolve(result));
        instance.waitUntilExit().then(settle, settle);
      });
    };
    // Io's streams are narrowed to what commands use; Ink needs the full TTY stream types, which a TTY has.
    const instance = render(<Review plan={plan} execute={execute} onDone={onDone} />, {
      stdout: io.stdout as unknown as NodeJS.WriteStream,
      stderr: io.stderr as unknown as NodeJS.WriteStream,
      stdin: io.stdin as unknown as NodeJS.ReadStream,
      exitOnCtrlC: false,
      patchConsole: false,
    });
  });
}
