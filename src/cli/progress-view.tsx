// The progress line on a terminal: an Ink spinner with each topic's latest count (declarations, each system).
import { Box, Text, render, type Instance } from 'ink';
import { useEffect, useState } from 'react';
import type { ProgressTopic } from '../model/provider.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export function ReadProgress({ status, intervalMs = 80 }: { status: ReadonlyMap<ProgressTopic, string>; intervalMs?: number }) {
  const [frame, setFrame] = useState(0);
  useEffect(() => {
    const t = setInterval(() => setFrame((f) => f + 1), intervalMs);
    return () => clearInterval(t);
  }, [intervalMs]);
  return (
    <Box>
      <Text color="cyan">{FRAMES[frame % FRAMES.length]} </Text>
      <Text>{status.size === 0 ? 'connecting…' : [...status].map(([s, t]) => `${s}: ${t}`).join('  ·  ')}</Text>
    </Box>
  );
}

/** Renders on the given stream (stderr, so stdout stays clean for the plan). */
export function renderReadProgress(status: ReadonlyMap<ProgressTopic, string>, stream: NodeJS.WriteStream): Instance {
  return render(<ReadProgress status={status} />, { stdout: stream, patchConsole: false, exitOnCtrlC: false });
}
