// The commands' way into a session: the process environment from io, and a progress line while a large
// environment loads (it prints nothing for a quick load, see loadingProgress).
import { openSession, type Session, type SessionOptions } from '../runtime/session.js';
import type { Io } from './io.js';
import { createProgress, loadingProgress } from './progress.js';

export async function openSessionFor(
  io: Io,
  opts: Omit<SessionOptions, 'processEnv' | 'onLoadProgress'>,
  quiet = false,
): Promise<Session> {
  const progress = createProgress(io, quiet);
  try {
    return await openSession({ ...opts, processEnv: io.env, onLoadProgress: loadingProgress(progress) });
  } finally {
    progress.stop();
  }
}
