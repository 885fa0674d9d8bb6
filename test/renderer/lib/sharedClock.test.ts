import { describe, expect, it } from 'vitest';
import { createSharedClock, type ClockHost } from '../../../src/renderer/src/lib/clock/sharedClock';

function fakeHost(startMs: number) {
  let now = startMs;
  let hidden = false;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const visibility = new Set<() => void>();
  const host: ClockHost = {
    now: () => now,
    setTimeout(fn, ms) {
      const id = ++seq;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout(h) {
      timers.delete(h as number);
    },
    isHidden: () => hidden,
    onVisibilityChange(listener) {
      visibility.add(listener);
      return () => visibility.delete(listener);
    },
  };
  return {
    host,
    timers,
    advance(ms: number) {
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
    setHidden(value: boolean) {
      hidden = value;
      for (const l of visibility) l();
    },
  };
}

describe('shared clock', () => {
  it('ticks once per whole second for all listeners with a single timer', () => {
    const fake = fakeHost(1_700_000_000_400);
    const clock = createSharedClock(fake.host);
    const seen: number[][] = [[], [], []];
    seen.forEach((list) => clock.subscribe(() => list.push(clock.getSnapshot())));
    expect(fake.timers.size).toBe(1);
    // First tick lands just after the next whole second (600 ms away), not 1 s after subscribing.
    fake.advance(600);
    expect(seen[0]).toEqual([]);
    fake.advance(1);
    expect(seen[0]).toEqual([1_700_000_001]);
    fake.advance(3000);
    expect(seen.map((l) => l.length)).toEqual([4, 4, 4]);
    expect(seen[2]?.at(-1)).toBe(1_700_000_004);
    expect(fake.timers.size).toBe(1);
  });

  it('stops while the window is hidden and catches up when it is shown', () => {
    const fake = fakeHost(1_700_000_000_000);
    const clock = createSharedClock(fake.host);
    let calls = 0;
    clock.subscribe(() => calls++);
    fake.setHidden(true);
    expect(clock.isTicking()).toBe(false);
    fake.advance(60_000);
    expect(calls).toBe(0);
    fake.setHidden(false);
    expect(calls).toBe(1);
    expect(clock.getSnapshot()).toBe(1_700_000_060);
    expect(clock.isTicking()).toBe(true);
  });

  it('releases its timer when the last listener leaves', () => {
    const fake = fakeHost(1_700_000_000_000);
    const clock = createSharedClock(fake.host);
    const off1 = clock.subscribe(() => {});
    const off2 = clock.subscribe(() => {});
    off1();
    expect(clock.isTicking()).toBe(true);
    off2();
    expect(clock.isTicking()).toBe(false);
    expect(fake.timers.size).toBe(0);
  });
});
