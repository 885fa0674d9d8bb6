import { describe, expect, it } from 'vitest';
import { createSharedClock, type ClockHost } from '../../../src/renderer/src/lib/clock/sharedClock';
import { manualTime } from '../../support/manualTime';

function fakeHost(startMs: number) {
  const time = manualTime(startMs);
  let hidden = false;
  const visibility = new Set<() => void>();
  const host: ClockHost = {
    ...time,
    isHidden: () => hidden,
    onVisibilityChange(listener) {
      visibility.add(listener);
      return () => visibility.delete(listener);
    },
  };
  return {
    host,
    timers: { get size() { return time.pending(); } },
    advance: time.advance,
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
