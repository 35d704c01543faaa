// The expanded part of a change row: its field diff and the warnings a reviewer must read before approving.
import { Box, Text } from 'ink';
import type { Change } from '../../generated/plan.js';
import { formatField } from './format.js';

/** Lines the detail takes, so the list can keep the cursor on screen. */
export function detailHeight(change: Change): number {
  return Math.max(1, change.fields.length + change.warnings.length);
}

export function ChangeDetail({ change }: { change: Change }) {
  const empty = change.fields.length === 0 && change.warnings.length === 0;
  return (
    <Box flexDirection="column" marginLeft={8}>
      {empty && <Text dimColor>(no field changes)</Text>}
      {change.fields.map((f) => (
        <Text key={f.path}>{formatField(f)}</Text>
      ))}
      {change.warnings.map((w, i) => (
        <Text key={i} color="yellow">
          warning: {w}
        </Text>
      ))}
    </Box>
  );
}
