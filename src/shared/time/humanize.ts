/** Human renderings of durations and instants, shared by the CLI and the renderer. */

const UNITS: readonly (readonly [string, number])[] = [
  ['d', 86_400],
  ['h', 3_600],
  ['m', 60],
  ['s', 1],
];

/** 4 m 12 s · 3 h 5 m · 2 d 4 h · 0 s — two units at most, largest first. (Built without arrays: every verdict's reason has one.) */
export function formatDuration(totalSeconds: number): string {
  let s = Math.floor(Math.abs(totalSeconds));
  let first = '';
  let second = '';
  let count = 0;
  for (const [label, size] of UNITS) {
    if (s >= size || (label === 's' && count === 0)) {
      const part = `${Math.floor(s / size)} ${label}`;
      if (count === 0) first = part;
      else second = part;
      count++;
      s %= size;
    }
    if (count === 2) break;
  }
  // A second unit of 0 (e.g. "3 h 0 m") says nothing.
  return count === 2 && !second.startsWith('0 ') ? `${first} ${second}` : first;
}

/** "expires in 4 m 12 s" / "expired 3 h ago", relative to `now` (epoch seconds). */
export function describeExpiry(expiresAt: number, now: number): string {
  const delta = expiresAt - now;
  return delta > 0 ? `expires in ${formatDuration(delta)}` : `expired ${formatDuration(-delta)} ago`;
}

/** ISO-8601 UTC without milliseconds, or a plain note for instants JavaScript cannot show. */
export function isoUtc(epochSeconds: number): string {
  const ms = epochSeconds * 1000;
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return `${epochSeconds} (out of range)`;
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}
