/**
 * Virtual time as a clock reads: 59:30, 1:00:00, 59:30.250 — not 3570.000 s.
 */
export function clockTime(seconds: number): string {
  const negative = seconds < 0;
  const total = Math.abs(seconds);
  const whole = Math.floor(total);
  const ms = Math.round((total - whole) * 1000);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  const clock = h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
  return `${negative ? '-' : ''}${clock}${ms > 0 ? `.${String(ms).padStart(3, '0')}` : ''}`;
}
