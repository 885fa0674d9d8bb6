/**
 * Render a screen (or the whole shell) with fresh stores over a fake backend and a clock the
 * test drives — the same providers main.tsx sets up.
 */
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { StoresProvider, type AppStores } from '../../../src/renderer/src/app/stores';
import { ClockProvider } from '../../../src/renderer/src/lib/clock/ClockContext';
import { createSharedClock, type ClockHost, type SharedClock } from '../../../src/renderer/src/lib/clock/sharedClock';

export interface ManualClock {
  clock: SharedClock;
  host: ClockHost;
  /** Move time forward, firing due timers in order. */
  advance(ms: number): void;
  nowSeconds(): number;
  timers(): number;
}

export function manualClock(startMs: number): ManualClock {
  let now = startMs;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const host: ClockHost = {
    now: () => now,
    setTimeout(fn, ms) {
      const id = ++seq;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    isHidden: () => false,
    onVisibilityChange: () => () => {},
  };
  return {
    clock: createSharedClock(host),
    host,
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
    nowSeconds: () => Math.floor(now / 1000),
    timers: () => timers.size,
  };
}

export function renderWith(stores: AppStores, ui: ReactElement, clock?: SharedClock): RenderResult {
  return render(
    <ClockProvider clock={clock}>
      <StoresProvider stores={stores}>{ui}</StoresProvider>
    </ClockProvider>,
  );
}
