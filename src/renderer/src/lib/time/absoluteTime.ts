/**
 * An epoch-second time written out in local time and in UTC, so a log line from a server in
 * another zone can be compared with what the user sees on their own clock.
 */

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** "2025-11-23 13:05:09 UTC". Out-of-range values (before year 0 / after 9999) say so. */
export function formatUtc(epochSeconds: number): string {
  const d = new Date(epochSeconds * 1000);
  if (Number.isNaN(d.getTime())) return 'out of range';
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(
    d.getUTCMinutes(),
  )}:${pad(d.getUTCSeconds())} UTC`;
}

/** "2025-11-23 14:05:09 GMT+1" in the given (default: the system's) time zone. */
export function formatLocal(epochSeconds: number, timeZone?: string): string {
  const d = new Date(epochSeconds * 1000);
  if (Number.isNaN(d.getTime())) return 'out of range';
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).formatToParts(d);
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')} ${get('timeZoneName')}`;
}
