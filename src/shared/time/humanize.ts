/** Human renderings of durations and instants, shared by the CLI and the renderer. */

/** 4 m 12 s · 3 h 5 m · 2 d 4 h · 0 s — two units at most, largest first. */
export function formatDuration(totalSeconds: number): string {
  let s = Math.floor(Math.abs(totalSeconds));
  const units: [string, number][] = [
    ['d', 86_400],
    ['h', 3_600],
    ['m', 60],
    ['s', 1],
  ];
  const parts: string[] = [];
  for (const [label, size] of units) {
    if (s >= size || (label === 's' && parts.length === 0)) {
      parts.push(`${Math.floor(s / size)} ${label}`);
      s %= size;
    }
    if (parts.length === 2) break;
  }
  // A second unit of 0 (e.g. "3 h 0 m") says nothing.
  return parts.filter((p, i) => i === 0 || !p.startsWith('0 ')).join(' ');
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
