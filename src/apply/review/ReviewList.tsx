// The review screen's list: person headings with counts, their changes with approval marks, and expanded diffs.
import { Box, Text } from 'ink';
import type { ChangeAction } from '../../generated/plan.js';
import { ChangeDetail, detailHeight } from './ChangeDetail.js';
import { changeTitle } from './format.js';
import { ACTION_SYMBOL, actionCounts, blockedBy, type ReviewModel, type Row } from './model.js';
import type { ReviewState } from './state.js';

const ACTION_COLOR: Record<ChangeAction, string> = {
  create: 'green',
  update: 'yellow',
  delete: 'red',
  deactivate: 'magenta',
};

/** Lines each row takes on screen (a heading or change line plus its expanded detail). */
export function rowHeights(model: ReviewModel, state: ReviewState): number[] {
  return model.rows.map((row) => {
    if (row.kind === 'person' || !state.expanded.has(row.id)) return 1;
    const change = model.byId.get(row.id);
    return change ? 1 + detailHeight(change) : 1;
  });
}

function PersonRow({
  model,
  state,
  person,
  selected,
}: {
  model: ReviewModel;
  state: ReviewState;
  person: string;
  selected: boolean;
}) {
  const changes = model.groups.find((g) => g.person === person)?.changes ?? [];
  const counts = actionCounts(changes);
  const approved = changes.filter((c) => state.approved.has(c.id)).length;
  const parts = (Object.keys(counts) as ChangeAction[]).filter((a) => counts[a] > 0);
  return (
    <Text inverse={selected} bold>
      {selected ? '❯ ' : '  '}
      {person}{' '}
      {parts.map((a) => (
        <Text key={a} color={ACTION_COLOR[a]}>
          {ACTION_SYMBOL[a]}
          {counts[a]}{' '}
        </Text>
      ))}
      <Text dimColor>
        ({approved}/{changes.length} approved)
      </Text>
    </Text>
  );
}

function ChangeRow({
  model,
  state,
  id,
  selected,
}: {
  model: ReviewModel;
  state: ReviewState;
  id: string;
  selected: boolean;
}) {
  const change = model.byId.get(id);
  if (!change) return null;
  const approved = state.approved.has(id);
  const blocker = blockedBy(model, id, state.approved);
  const open = state.expanded.has(id);
  return (
    <Box flexDirection="column">
      <Text inverse={selected}>
        {selected ? '❯ ' : '  '}
        {'  '}
        {approved ? '[x] ' : '[ ] '}
        <Text color={ACTION_COLOR[change.action]}>{ACTION_SYMBOL[change.action]}</Text> {changeTitle(change)}
        {change.warnings.length > 0 && (
          <Text color="yellow">
            {' '}
            ({change.warnings.length} warning{change.warnings.length > 1 ? 's' : ''})
          </Text>
        )}
        {/* Red only when it matters: an approved change that will not run. */}
        {blocker && (
          <Text color={approved ? 'red' : undefined} dimColor={!approved}>
            {' '}
            blocked: needs {blocker}
          </Text>
        )}
        {open ? '' : <Text dimColor> ▸</Text>}
      </Text>
      {open && <ChangeDetail change={change} />}
    </Box>
  );
}

export function ReviewList({
  model,
  state,
  top,
  height,
}: {
  model: ReviewModel;
  state: ReviewState;
  top: number;
  height: number;
}) {
  const heights = rowHeights(model, state);
  // Rows from `top` while they fit; the cursor row is guaranteed to be among them by scrollTop().
  let end = top;
  for (let used = 0; end < model.rows.length && used + (heights[end] ?? 1) <= height; end++)
    used += heights[end] ?? 1;
  end = Math.max(end, Math.min(model.rows.length, state.cursor + 1));
  const visible: Array<{ row: Row; index: number }> = model.rows
    .slice(top, end)
    .map((row, i) => ({ row, index: top + i }));
  return (
    <Box flexDirection="column">
      {top > 0 && <Text dimColor> ↑ {top} more</Text>}
      {visible.map(({ row, index }) =>
        row.kind === 'person' ? (
          <PersonRow
            key={`p:${row.person}`}
            model={model}
            state={state}
            person={row.person}
            selected={index === state.cursor}
          />
        ) : (
          <ChangeRow
            key={`c:${row.id}`}
            model={model}
            state={state}
            id={row.id}
            selected={index === state.cursor}
          />
        ),
      )}
      {end < model.rows.length && <Text dimColor> ↓ {model.rows.length - end} more</Text>}
    </Box>
  );
}
