/**
 * Dates, numbers and relative times through `Intl`, in the chosen language. Pure: `now` and the
 * time zone are arguments. Long spans read as months and years ("2 years ago", "2 年前"), not
 * "1023 d 9 h ago"; short spans keep their precision.
 */
import type { Language } from './language';

/** Intl formatters cost tens of µs to build: one per language and options, so a 100k-line batch builds a handful. */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();
function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(key: string, make: () => F): F {
  let f = formatters.get(key) as F | undefined;
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

/** JavaScript dates end at ±8.64e15 ms. */
function toDate(epochSeconds: number): Date | null {
  const ms = epochSeconds * 1000;
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms) : null;
}

/** "2 Dec 2026, 05:06:20 UTC" / "2026年12月2日 05:06:20 UTC"; null when out of range. */
export function formatDateTime(epochSeconds: number, lang: Language, timeZone?: string): string | null {
  const date = toDate(epochSeconds);
  if (!date) return null;
  return cached(`dt|${lang}|${timeZone ?? ''}`, () => new Intl.DateTimeFormat(lang, {
    timeZone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  })).format(date);
}

export function formatNumber(value: number, lang: Language, options?: Intl.NumberFormatOptions): string {
  return cached(`n|${lang}|${JSON.stringify(options ?? {})}`, () => new Intl.NumberFormat(lang, options)).format(value);
}

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365.25 * 86_400],
  ['month', 30.44 * 86_400],
];
const DURATION_UNITS: readonly ['day' | 'hour' | 'minute' | 'second', number][] = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];
/** How each language puts a duration before or after now (Intl has no composite relative time). */
const AROUND: Record<Language, { future: (d: string) => string; past: (d: string) => string }> = {
  en: { future: (d) => `in ${d}`, past: (d) => `${d} ago` },
  'zh-CN': { future: (d) => `${d}后`, past: (d) => `${d}前` },
};

/** "1h 50m", "4m 12s", "2d 3h" / "1小时50分钟": two units at most, largest first, through Intl units. */
export function formatDuration(totalSeconds: number, lang: Language): string {
  let s = Math.floor(Math.abs(totalSeconds));
  const parts: string[] = [];
  for (const [unit, size] of DURATION_UNITS) {
    if (s >= size || (unit === 'second' && parts.length === 0)) {
      const n = Math.floor(s / size);
      s %= size;
      // A second unit of 0 ("3h 0m") says nothing.
      if (parts.length === 0 || n > 0) parts.push(cached(`u|${lang}|${unit}`, () => new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'narrow' })).format(n));
      else parts.push('');
    }
    if (parts.length === 2) break;
  }
  return parts.filter((p) => p !== '').join(lang === 'zh-CN' ? '' : ' ');
}

/**
 * `at` relative to `now`. Under a month: exact to two units ("in 1h 50m", "3d 4h ago");
 * from a month on, months and years through Intl.RelativeTimeFormat ("in 2 months",
 * "2.8 years ago", "2.8年前") — never "1023 d 9 h ago".
 */
export function formatRelative(at: number, now: number, lang: Language): string {
  const delta = at - now;
  const abs = Math.abs(delta);
  for (const [unit, size] of UNITS) {
    if (abs >= size) {
      const value = abs / size;
      const shown = unit === 'year' && value < 10 ? Math.round(value * 10) / 10 : Math.floor(value);
      return cached(`r|${lang}`, () => new Intl.RelativeTimeFormat(lang, { numeric: 'always' })).format(delta < 0 ? -shown : shown, unit);
    }
  }
  const duration = formatDuration(abs, lang);
  return delta >= 0 ? AROUND[lang].future(duration) : AROUND[lang].past(duration);
}

/**
 * What `formatRelative(at, now, lang)` depends on, for a caller that remembers its results: under
 * a month only the sign of `at - now` and its whole seconds (formatDuration floors), otherwise
 * `at` itself. Two instants with the same key read the same.
 */
export function relativeKey(at: number, now: number): string {
  const delta = at - now;
  const abs = Math.abs(delta);
  return abs < (UNITS[1] as [string, number])[1] ? `${delta >= 0 ? '+' : '-'}${Math.floor(abs)}` : `@${at}`;
}

/** What `formatDuration(seconds, lang)` depends on: its whole seconds, without the sign. */
export function durationKey(seconds: number): string {
  return String(Math.floor(Math.abs(seconds)));
}
