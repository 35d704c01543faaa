import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../../src/config/durations.js';

describe('parseDuration', () => {
  it.each([
    ['8h', 28800],
    ['7h30m', 27000],
    ['45m', 2700],
    ['30s', 30],
    ['1h0m5s', 3605],
    ['90m', 5400],
    [0, 0],
    [28800, 28800],
  ])('%s is %i seconds', (input, seconds) => {
    expect(parseDuration(input)).toEqual({ ok: true, seconds });
  });

  it.each(['', '8', '8x', 'h', '8h 30m', '-1h', '7.5h'])('rejects %j', (input) => {
    const r = parseDuration(input);
    expect(r.ok).toBe(false);
  });

  it('rejects minutes of 60 or more after hours (a typo, not a duration)', () => {
    expect(parseDuration('7h90m')).toEqual({
      ok: false,
      message: expect.stringContaining('minutes must be below 60'),
    });
    expect(parseDuration('1m75s').ok).toBe(false);
  });

  it('rejects negative and fractional seconds', () => {
    expect(parseDuration(-1).ok).toBe(false);
    expect(parseDuration(1.5).ok).toBe(false);
  });

  it('formats seconds back to the shortest text', () => {
    expect(formatDuration(27000)).toBe('7h30m');
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(3605)).toBe('1h5s');
  });
});
