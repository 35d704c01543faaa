// The interactive review: keys drive the pure reducer; once confirmed, the executor runs and reports progress.
import { Box, useInput, useStdin, useStdout } from 'ink';
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Plan } from '../../generated/plan.js';
import type { ChangeOutcome } from '../executor.js';
import { Footer, FOOTER_HEIGHT } from './Footer.js';
import { buildModel } from './model.js';
import { ProgressView } from './ProgressView.js';
import { ReviewList, rowHeights } from './ReviewList.js';
import { initialState, reviewReducer, scrollTop, type ReviewAction, type ReviewState } from './state.js';

export type Execute = (
  approved: ReadonlySet<string>,
  onStatus?: (o: ChangeOutcome) => void,
) => Promise<ChangeOutcome[]>;

export interface ReviewProps {
  plan: Plan;
  execute: Execute;
  /** Called once: the outcomes, null when the reviewer quit (nothing sent), or the executor's error. */
  onDone: (result: ChangeOutcome[] | null, error?: Error) => void;
}

/** Maps a key press to a reducer action; null for keys the review ignores. */
function actionFor(
  input: string,
  key: { upArrow: boolean; downArrow: boolean; return: boolean; escape: boolean; ctrl: boolean },
): ReviewAction | null {
  // exitOnCtrlC is off so that Ctrl-C means "quit, send nothing" instead of killing the process mid-render.
  if (key.ctrl && input === 'c') return { type: 'quit' };
  if (key.escape || input === 'q') return { type: 'quit' };
  if (key.upArrow || input === 'k') return { type: 'up' };
  if (key.downArrow || input === 'j') return { type: 'down' };
  if (key.return) return { type: 'toggleExpand' };
  if (input === ' ') return { type: 'toggleApprove' };
  if (input === 'a') return { type: 'approveAll' };
  if (input === 'y') return { type: 'confirm' };
  return null;
}

export function Review({ plan, execute, onDone }: ReviewProps) {
  const model = useMemo(() => buildModel(plan), [plan]);
  const [state, dispatch] = useReducer(
    (s: ReviewState, a: ReviewAction) => reviewReducer(model, s, a),
    undefined,
    initialState,
  );
  const [statuses, setStatuses] = useState<ReadonlyMap<string, ChangeOutcome>>(new Map());
  const [outcomes, setOutcomes] = useState<ChangeOutcome[] | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const started = useRef(false);
  const top = useRef(0);
  const { isRawModeSupported } = useStdin();
  const { stdout } = useStdout();
  // Without a known terminal height (tests, odd terminals) show everything rather than guess.
  const height = stdout.rows ? Math.max(3, stdout.rows - FOOTER_HEIGHT - 2) : Number.POSITIVE_INFINITY;

  // Keys stay active only during review: while applying, the terminal is back in cooked mode so Ctrl-C
  // interrupts as in any CLI (the journal lets the next run recover), instead of being swallowed.
  useInput(
    (input, key) => {
      const action = actionFor(input, key);
      if (action) dispatch(action);
    },
    { isActive: isRawModeSupported && state.phase === 'review' },
  );

  useEffect(() => {
    if (state.phase === 'quit') onDone(null);
    if (state.phase !== 'confirmed' || started.current) return;
    started.current = true;
    const approved = state.approved;
    const onStatus = (o: ChangeOutcome) => setStatuses((prev) => new Map(prev).set(o.id, o));
    execute(approved, onStatus).then(setOutcomes, (e: unknown) =>
      setError(
        e instanceof Error ? e : new Error(typeof e === 'string' ? e : 'the apply failed', { cause: e }),
      ),
    );
  }, [state.phase, state.approved, execute, onDone]);

  // Report only after the closing frame was committed, so the summary is on screen when Ink unmounts.
  useEffect(() => {
    if (outcomes) onDone(outcomes);
    else if (error) onDone(null, error);
  }, [outcomes, error, onDone]);

  if (state.phase === 'confirmed') {
    return (
      <ProgressView
        model={model}
        approved={state.approved}
        statuses={statuses}
        outcomes={outcomes}
        error={error?.message ?? null}
        height={height}
      />
    );
  }
  // The scroll position depends on the previous one (to avoid jumps), so it lives in a ref, not in state.
  top.current = scrollTop(rowHeights(model, state), state.cursor, height, top.current);
  return (
    <Box flexDirection="column">
      <ReviewList model={model} state={state} top={top.current} height={height} />
      <Footer model={model} state={state} />
    </Box>
  );
}
