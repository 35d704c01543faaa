// Live apply progress: one line per approved change, a bar, and the closing summary once the executor is done.
import { Box, Text } from 'ink';
import type { ChangeOutcome, ChangeStatus } from '../executor.js';
import { changeTitle } from './format.js';
import { ACTION_SYMBOL, type ReviewModel } from './model.js';

const STATUS_MARK: Record<ChangeStatus, { mark: string; color: string }> = {
  pending: { mark: '·', color: 'gray' },
  running: { mark: '…', color: 'cyan' },
  done: { mark: '✓', color: 'green' },
  failed: { mark: '✗', color: 'red' },
  skipped: { mark: '-', color: 'yellow' },
};

const BAR_WIDTH = 30;

export function progressBar(settled: number, total: number): string {
  const filled = total === 0 ? BAR_WIDTH : Math.round((settled / total) * BAR_WIDTH);
  return `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)} ${settled}/${total}`;
}

export function summaryLine(outcomes: readonly ChangeOutcome[]): string {
  const count = (s: ChangeStatus) => outcomes.filter((o) => o.status === s).length;
  return `Apply complete: ${count('done')} applied, ${count('failed')} failed, ${count('skipped')} skipped.`;
}

export interface ProgressProps {
  model: ReviewModel;
  approved: ReadonlySet<string>;
  statuses: ReadonlyMap<string, ChangeOutcome>;
  outcomes: readonly ChangeOutcome[] | null;
  error: string | null;
  /** Lines available for change lines; beyond it, finished and waiting changes are summarised as counts. */
  height: number;
}

export function ProgressView({ model, approved, statuses, outcomes, error, height }: ProgressProps) {
  const ids = model.ids.filter((id) => approved.has(id));
  const statusOf = (id: string): ChangeOutcome => statuses.get(id) ?? { id, status: 'pending' };
  // A change the executor skipped (its dependency failed) is settled too, or the bar would never fill.
  const settled = ids.filter((id) => !['pending', 'running'].includes(statusOf(id).status)).length;
  const quiet = (s: ChangeStatus) => s === 'done' || s === 'pending';
  const compact = ids.length > height;
  const shown = compact ? ids.filter((id) => !quiet(statusOf(id).status)) : ids;
  const hidden = ids.length - shown.length;
  return (
    <Box flexDirection="column">
      <Text bold>
        Applying {ids.length} approved change{ids.length === 1 ? '' : 's'}
      </Text>
      {shown.map((id) => {
        const o = statusOf(id);
        const change = model.byId.get(id);
        const { mark, color } = STATUS_MARK[o.status];
        return (
          <Text key={id}>
            <Text color={color}>{mark}</Text>{' '}
            {change ? `${ACTION_SYMBOL[change.action]} ${change.person}: ${changeTitle(change)}` : id}{' '}
            <Text color={color}>{o.status}</Text>
            {o.reason ? <Text color={color}> ({o.reason})</Text> : null}
          </Text>
        );
      })}
      {hidden > 0 && <Text dimColor> … {hidden} more done or waiting</Text>}
      <Text>{progressBar(settled, ids.length)}</Text>
      {error && <Text color="red">Apply stopped: {error}</Text>}
      {outcomes && <Text bold>{summaryLine(outcomes)}</Text>}
    </Box>
  );
}
