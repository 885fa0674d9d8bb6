/**
 * The one clock every countdown reads: a single timer aligned to whole seconds, stopped while
 * nobody listens or the window is hidden.
 *
 * A timer per row would drift apart, wake the CPU a thousand times a second with 1,000 rows,
 * and keep running in a hidden window. Here the snapshot is an epoch second that changes at
 * most once per second, so `useSyncExternalStore` re-renders subscribers exactly when the
 * displayed value changes. The host (time source, timers, visibility) is injected so tests —
 * and a controllable clock in the browser — can drive it.
 */

export interface ClockHost {
  /** Epoch milliseconds. */
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  isHidden(): boolean;
  /** Calls `listener` whenever visibility changes; returns the unsubscribe function. */
  onVisibilityChange(listener: () => void): () => void;
}

export interface SharedClock {
  subscribe(listener: () => void): () => void;
  /** The current epoch second (as of the last tick while running; read live while stopped). */
  getSnapshot(): number;
  /** True while the single timer is armed. */
  isTicking(): boolean;
}

export function createSharedClock(host: ClockHost): SharedClock {
  const listeners = new Set<() => void>();
  let second = Math.floor(host.now() / 1000);
  let timer: unknown = null;
  let stopVisibility: (() => void) | null = null;

  const disarm = (): void => {
    if (timer !== null) host.clearTimeout(timer);
    timer = null;
  };

  const arm = (): void => {
    disarm();
    if (listeners.size === 0 || host.isHidden()) return;
    const ms = host.now();
    // Wake just after the next whole second so the displayed second is never early.
    timer = host.setTimeout(tick, 1000 - (ms % 1000) + 1);
  };

  const refresh = (): void => {
    const next = Math.floor(host.now() / 1000);
    if (next !== second) {
      second = next;
      for (const listener of [...listeners]) listener();
    }
  };

  function tick(): void {
    timer = null;
    refresh();
    arm();
  }

  const onVisibility = (): void => {
    if (host.isHidden()) {
      disarm();
    } else {
      refresh();
      arm();
    }
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) {
        stopVisibility = host.onVisibilityChange(onVisibility);
        refresh();
        arm();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          disarm();
          stopVisibility?.();
          stopVisibility = null;
        }
      };
    },
    getSnapshot() {
      if (timer === null) second = Math.floor(host.now() / 1000);
      return second;
    },
    isTicking() {
      return timer !== null;
    },
  };
}

/** The browser host: Date.now, window timers and the Page Visibility API. */
export function browserClockHost(): ClockHost {
  return {
    now: () => Date.now(),
    setTimeout: (callback, ms) => window.setTimeout(callback, ms),
    clearTimeout: (handle) => window.clearTimeout(handle as number),
    isHidden: () => document.visibilityState === 'hidden',
    onVisibilityChange(listener) {
      document.addEventListener('visibilitychange', listener);
      return () => document.removeEventListener('visibilitychange', listener);
    },
  };
}
