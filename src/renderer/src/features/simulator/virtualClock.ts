/**
 * The virtual clock's arithmetic: play speed, the next event after a time, the range.
 */
import type { SimEvent } from '../../../../shared/sim/events';

export const MIN_SPEED = 1;
export const MAX_SPEED = 1000;
export const SPEED_CHOICES: readonly number[] = [1, 10, 60, 100, 300, 1000];

export function clampSpeed(speed: number): number {
  if (!Number.isFinite(speed)) return MIN_SPEED;
  return Math.min(MAX_SPEED, Math.max(MIN_SPEED, Math.round(speed)));
}

/** How many events (in time order) happen at or before `t`: the index of the first still to come. */
export function eventsPassed(events: readonly Pick<SimEvent, 't'>[], t: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((events[mid] as Pick<SimEvent, 't'>).t <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first event time strictly after `t` (events are in time order), or null. */
export function nextEventTime(events: readonly SimEvent[], t: number): number | null {
  const next = events[eventsPassed(events, t)];
  return next ? next.t : null;
}

/** Virtual time after `realMs` of playback at `speed`, stopping at `end`. */
export function advance(t: number, realMs: number, speed: number, end: number): number {
  return Math.min(end, t + (realMs / 1000) * speed);
}

/** "1 h 02 min 03.2 s" style label for a virtual time. */
export function formatVirtualTime(t: number): string {
  const h = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  const s = t - h * 3600 - m * 60;
  const sec = Number.isInteger(s) ? String(s) : s.toFixed(1);
  if (h > 0) return `${h} h ${String(m).padStart(2, '0')} min ${sec.padStart(2, '0')} s`;
  if (m > 0) return `${m} min ${sec.padStart(2, '0')} s`;
  return `${sec} s`;
}
