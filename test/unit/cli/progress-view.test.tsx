import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { ReadProgress } from '../../../src/cli/progress-view.js';
import type { ProviderName } from '../../../src/model/declarations.js';

describe('ReadProgress', () => {
  it('shows a spinner and every system with its count', () => {
    const status = new Map<ProviderName, string>([
      ['kimai', 'listed 13 users'],
      ['mctime', 'read 4/9 users'],
    ]);
    const { lastFrame, unmount } = render(<ReadProgress status={status} />);
    expect(lastFrame()).toMatch(/^⠋ kimai: listed 13 users {2}· {2}mctime: read 4\/9 users/);
    unmount();
  });
  it('says it is connecting before any system answered', () => {
    const { lastFrame, unmount } = render(<ReadProgress status={new Map()} />);
    expect(lastFrame()).toContain('connecting…');
    unmount();
  });
});
