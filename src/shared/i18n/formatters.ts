/**
 * Dates, numbers and relative times through `Intl`, in the chosen language. Pure: `now` and the
 * time zone are arguments. Long spans read as months and years ("2 years ago", "2 年前"), not
 * "1023 d 9 h ago"; short spans keep their precision.
 */
import type { Language } from './language';

/** JavaScript dates end at ±8.64e15 ms. */
function toDate(epochSeconds: number): Date | null {
  const ms = epochSeconds * 1000;
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms) : null;
}

/** "2 Dec 2026, 05:06:20 UTC" / "2026年12月2日 05:06:20 UTC"; null when out of range. */
export function formatDateTime(epochSeconds: number, lang: Language, timeZone?: string): string | null {
  const date = toDate(epochSeconds);
  if (!date) return null;
  return new Intl.DateTimeFormat(lang, {
    timeZone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).format(date);
}

export function formatNumber(value: number, lang: Language, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(lang, options).format(value);
}

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365.25 * 86_400],
  ['month', 30.44 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

/**
 * `at` relative to `now`: "in 4 minutes", "3 hours ago", "in 2 months", "2.8 years ago".
 * The largest unit that fits, whole below a year (and from ten years on), one decimal between.
 */
export function formatRelative(at: number, now: number, lang: Language): string {
  const delta = at - now;
  const abs = Math.abs(delta);
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'always' });
  for (const [unit, size] of UNITS) {
    if (abs >= size || unit === 'second') {
      const value = abs / size;
      const shown = unit === 'year' && value < 10 ? Math.round(value * 10) / 10 : Math.floor(value);
      return rtf.format(delta < 0 ? -shown : shown, unit);
    }
  }
  return rtf.format(0, 'second');
}
