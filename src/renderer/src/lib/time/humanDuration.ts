/**
 * Durations and expiries in the words a person reads at a glance ("expires in 4 m 12 s").
 *
 * The future keeps two units because a countdown needs the seconds; the past keeps one,
 * because "expired 3 h 12 m ago" is noise once it has expired.
 */

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86400;

/** Two significant units: "42 s", "4 m 12 s", "3 h 5 m", "2 d 4 h". Negative values use their magnitude. */
export function formatDuration(seconds: number): string {
  const s = Math.floor(Math.abs(seconds));
  if (s < MINUTE) return `${s} s`;
  if (s < HOUR) return `${Math.floor(s / MINUTE)} m ${s % MINUTE} s`;
  if (s < DAY) return `${Math.floor(s / HOUR)} h ${Math.floor((s % HOUR) / MINUTE)} m`;
  return `${Math.floor(s / DAY)} d ${Math.floor((s % DAY) / HOUR)} h`;
}

/** One unit, rounded down: "12 s", "4 m", "3 h", "2 d". */
export function formatDurationCoarse(seconds: number): string {
  const s = Math.floor(Math.abs(seconds));
  if (s < MINUTE) return `${s} s`;
  if (s < HOUR) return `${Math.floor(s / MINUTE)} m`;
  if (s < DAY) return `${Math.floor(s / HOUR)} h`;
  return `${Math.floor(s / DAY)} d`;
}

/** "expires in 4 m 12 s" / "expires now" / "expired 3 h ago", for epoch-second times. */
export function describeExpiry(expiresAt: number, now: number): string {
  const left = expiresAt - now;
  if (left > 0) return `expires in ${formatDuration(left)}`;
  if (left === 0) return 'expires now';
  return `expired ${formatDurationCoarse(left)} ago`;
}

/** "in 5 m 0 s" / "now" / "3 h ago", for any moment that is not an expiry (issued, valid from). */
export function describeMoment(at: number, now: number): string {
  const delta = at - now;
  if (delta > 0) return `in ${formatDuration(delta)}`;
  if (delta === 0) return 'now';
  return `${formatDurationCoarse(delta)} ago`;
}
