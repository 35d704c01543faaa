// Durations as written in declarations: `8h`, `7h30m`, `45m`, `30s`, or a whole number of seconds.

const DURATION = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;

export type DurationResult = { ok: true; seconds: number } | { ok: false; message: string };

export function parseDuration(value: string | number): DurationResult {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 0
      ? { ok: true, seconds: value }
      : { ok: false, message: `must be a whole, non-negative number of seconds (got ${value})` };
  }
  const m = DURATION.exec(value);
  if (!m || value === '') {
    return {
      ok: false,
      message: `must be a duration like 8h, 7h30m, 45m or 30s, or a number of seconds (got "${value}")`,
    };
  }
  const [h, min, s] = [m[1], m[2], m[3]].map((x) => (x === undefined ? undefined : Number(x)));
  // `7h90m` is almost certainly a typo for 7h30m or 9h; `90m` alone is a deliberate way to write it.
  if (min !== undefined && min >= 60 && h !== undefined) {
    return {
      ok: false,
      message: `has ${min} minutes after hours in "${value}": minutes must be below 60 there`,
    };
  }
  if (s !== undefined && s >= 60 && (h !== undefined || min !== undefined)) {
    return {
      ok: false,
      message: `has ${s} seconds after larger units in "${value}": seconds must be below 60 there`,
    };
  }
  return { ok: true, seconds: (h ?? 0) * 3600 + (min ?? 0) * 60 + (s ?? 0) };
}

/** Seconds as the shortest duration text: 27000 -> `7h30m`, 0 -> `0s`. */
export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const text = `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s ? `${s}s` : ''}`;
  return text || '0s';
}
