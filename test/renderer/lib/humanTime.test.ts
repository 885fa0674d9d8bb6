import { describe, expect, it } from 'vitest';
import { describeExpiry, describeMoment, formatDuration } from '../../../src/renderer/src/lib/time/humanDuration';
import { formatIso, formatLocal, formatUtc } from '../../../src/renderer/src/lib/time/absoluteTime';

describe('human durations', () => {
  it('reads a countdown in two units', () => {
    expect(formatDuration(42)).toBe('42 s');
    expect(formatDuration(252)).toBe('4 m 12 s');
    expect(formatDuration(3 * 3600 + 5 * 60 + 9)).toBe('3 h 5 m');
    expect(formatDuration(2 * 86400 + 4 * 3600)).toBe('2 d 4 h');
  });

  it('says "expires in" for the future and "expired … ago" for the past', () => {
    const now = 1_700_000_000;
    expect(describeExpiry(now + 252, now)).toBe('expires in 4 m 12 s');
    expect(describeExpiry(now, now)).toBe('expires now');
    expect(describeExpiry(now - 3 * 3600 - 1234, now)).toBe('expired 3 h ago');
    expect(describeMoment(now - 90, now)).toBe('1 m ago');
    expect(describeMoment(now + 90, now)).toBe('in 1 m 30 s');
  });
});

describe('absolute times', () => {
  it('writes UTC and a named local zone', () => {
    expect(formatUtc(1_700_000_000)).toBe('2023-11-14 22:13:20 UTC');
    expect(formatIso(1_700_000_000)).toBe('2023-11-14T22:13:20Z');
    expect(formatLocal(1_700_000_000, 'Asia/Shanghai')).toBe('2023-11-15 06:13:20 GMT+8');
  });

  it('says so when a time is out of range instead of printing "Invalid Date"', () => {
    expect(formatUtc(9e15)).toBe('out of range');
    expect(formatLocal(9e15)).toBe('out of range');
    expect(formatIso(9e15)).toBe('');
  });
});
