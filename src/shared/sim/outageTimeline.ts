/**
 * When the network, the device and the token server are down, as merged time intervals.
 *
 * A scenario may list overlapping outages of different kinds; the simulator only ever asks
 * "is the device offline now?", "was it offline at any moment between these two times?",
 * "when does it come back?" and "is it asleep?". Merging the intervals once makes each
 * question a binary search, so a day of 10,000 clients asks them cheaply.
 */
import type { Outage } from './scenario';

/** Sorted, disjoint, half-open [start, end) intervals in milliseconds since the start. */
export class IntervalSet {
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;

  constructor(intervals: ReadonlyArray<readonly [number, number]>) {
    const sorted = [...intervals].filter(([s, e]) => e > s).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    const merged: [number, number][] = [];
    for (const [s, e] of sorted) {
      const last = merged[merged.length - 1];
      if (last && s <= last[1]) last[1] = Math.max(last[1], e);
      else merged.push([s, e]);
    }
    this.starts = Float64Array.from(merged, (m) => m[0]);
    this.ends = Float64Array.from(merged, (m) => m[1]);
  }

  get count(): number {
    return this.starts.length;
  }

  start(i: number): number {
    return this.starts[i] as number;
  }

  end(i: number): number {
    return this.ends[i] as number;
  }

  /** Index of the last interval starting at or before t, or -1. */
  private lastStartingBy(t: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] as number) <= t) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  contains(t: number): boolean {
    if (this.starts.length === 0) return false;
    const i = this.lastStartingBy(t);
    return i !== -1 && t < (this.ends[i] as number);
  }

  /** The end of the interval containing t, or -1 when t is outside every interval. */
  endOfIntervalAt(t: number): number {
    if (this.starts.length === 0) return -1;
    const i = this.lastStartingBy(t);
    return i !== -1 && t < (this.ends[i] as number) ? (this.ends[i] as number) : -1;
  }

  /** Whether any moment of (from, to] lies inside an interval. */
  touches(from: number, to: number): boolean {
    if (this.starts.length === 0) return false;
    const i = this.lastStartingBy(to);
    return i !== -1 && (this.ends[i] as number) > from;
  }
}

export interface OutageTimeline {
  /** The device is offline: a network outage or sleep. */
  offline: IntervalSet;
  /** The device is suspended: no timers run, callbacks wait for the wake-up. */
  asleep: IntervalSet;
  /** Only the app's token server is unreachable. */
  tokenServerDown: IntervalSet;
}

export function buildOutageTimeline(outages: readonly Outage[]): OutageTimeline {
  const span = (o: Outage): [number, number] => [Math.round(o.atSeconds * 1000), Math.round((o.atSeconds + o.forSeconds) * 1000)];
  return {
    offline: new IntervalSet(outages.filter((o) => o.kind !== 'token-server').map(span)),
    asleep: new IntervalSet(outages.filter((o) => o.kind === 'sleep').map(span)),
    tokenServerDown: new IntervalSet(outages.filter((o) => o.kind === 'token-server').map(span)),
  };
}
