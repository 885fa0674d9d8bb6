/**
 * The scenario's start time as people write it: a date and time ("2026-12-02 15:30",
 * "2026-12-02T07:30:00Z", "…+08:00"), or epoch seconds as the scenario file stores them.
 * Without a zone the time is local (the computer's zone), as a person reading a clock means it.
 */

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** Epoch seconds, or null when the text is neither a date-time nor a whole number. */
export function parseStartTime(text: string): number | null {
  const trimmed = text.trim();
  if (/^-?\d{1,12}$/.test(trimmed)) return Number(trimmed);
  const m = DATE_TIME.exec(trimmed);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const zone = m[7];
  let ms: number;
  if (zone === undefined) {
    const local = new Date(y, mo - 1, d, h, mi, s);
    if (local.getDate() !== d) return null;
    ms = local.getTime();
  } else {
    const utc = Date.UTC(y, mo - 1, d, h, mi, s);
    if (new Date(utc).getUTCDate() !== d) return null;
    const offset = zone.toUpperCase() === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
    ms = utc - offset * 60_000;
  }
  return Math.floor(ms / 1000);
}

const two = (n: number) => String(n).padStart(2, '0');

/** "2023-11-15 06:13:20" in local time: what the field shows for a stored epoch second. */
export function startTimeText(epochSeconds: number): string {
  const d = new Date(epochSeconds * 1000);
  if (Number.isNaN(d.getTime())) return String(epochSeconds);
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}
