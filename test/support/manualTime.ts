/**
 * A clock that moves only when a test says so, with timers that fire in time order as it
 * moves — the shape of every injected clock in TokenLab (epoch ms + setTimeout/clearTimeout).
 */
export interface ManualTime {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Move forward by `ms`, firing every timer that falls due on the way, in order. */
  advance(ms: number): void;
  /** Timers armed and not yet fired. */
  pending(): number;
}

export function manualTime(startMs: number): ManualTime {
  let now = startMs;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => now,
    setTimeout(fn, ms) {
      const id = ++seq;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advance(ms) {
      const target = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= target).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn();
      }
      now = target;
    },
    pending: () => timers.size,
  };
}
