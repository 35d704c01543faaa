// Key help and the approval count, always visible under the list so the reviewer knows what `y` will send.
import { Box, Text } from 'ink';
import { blockedBy, type ReviewModel } from './model.js';
import type { ReviewState } from './state.js';

export const FOOTER_HEIGHT = 4;

export function Footer({ model, state }: { model: ReviewModel; state: ReviewState }) {
  const approved = [...state.approved];
  const blocked = approved.filter((id) => blockedBy(model, id, state.approved) !== null).length;
  return (
    <Box flexDirection="column" marginTop={1}>
      <Text>
        <Text bold>
          {state.approved.size} of {model.ids.length} approved
        </Text>
        {blocked > 0 && <Text color="red"> ({blocked} blocked by a skipped dependency)</Text>}
      </Text>
      <Text dimColor>
        ↑/↓ move · enter details · space approve/skip · a approve all · y apply approved · q/esc quit
      </Text>
      {state.notice && <Text color="yellow">{state.notice}</Text>}
    </Box>
  );
}
