import { describe, expect, it } from 'vitest';
import { describeMoment } from '../../../src/renderer/src/lib/time/relativeTime';
import { formatLocal, formatUtc } from '../../../src/renderer/src/lib/time/absoluteTime';

describe('relative moments', () => {
  it('says "in" for the future and "ago" for the past', () => {
    const now = 1_700_000_000;
    expect(describeMoment(now - 90, now)).toBe('1 m 30 s ago');
    expect(describeMoment(now + 252, now)).toBe('in 4 m 12 s');
    expect(describeMoment(now, now)).toBe('now');
  });
});

describe('absolute times', () => {
  it('writes UTC and a named local zone', () => {
    expect(formatUtc(1_700_000_000)).toBe('2023-11-14 22:13:20 UTC');
    expect(formatLocal(1_700_000_000, 'Asia/Shanghai')).toBe('2023-11-15 06:13:20 GMT+8');
  });

  it('says so when a time is out of range instead of printing "Invalid Date"', () => {
    expect(formatUtc(9e15)).toBe('out of range');
    expect(formatLocal(9e15)).toBe('out of range');
  });
});
