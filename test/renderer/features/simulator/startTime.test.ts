import { describe, expect, it } from 'vitest';
import { parseStartTime, startTimeText } from '../../../../src/renderer/src/features/simulator/startTime';

describe('parseStartTime', () => {
  it('reads epoch seconds as the scenario file stores them', () => {
    expect(parseStartTime(' 1700000000 ')).toBe(1_700_000_000);
  });

  it('reads an ISO date-time in UTC or with an offset', () => {
    expect(parseStartTime('2023-11-14T22:13:20Z')).toBe(1_700_000_000);
    expect(parseStartTime('2023-11-15 06:13:20+08:00')).toBe(1_700_000_000);
    expect(parseStartTime('2023-11-14T17:13:20-0500')).toBe(1_700_000_000);
    expect(parseStartTime('2023-11-14Z')).toBe(Date.UTC(2023, 10, 14) / 1000);
  });

  it('reads a date-time without a zone as local time, the way the field shows it', () => {
    expect(parseStartTime('2026-12-02 15:30')).toBe(new Date(2026, 11, 2, 15, 30, 0).getTime() / 1000);
    expect(parseStartTime(startTimeText(1_700_000_000))).toBe(1_700_000_000);
  });

  it('refuses what is not a date', () => {
    for (const text of ['', 'tomorrow', '2026-13-01', '2026-02-30 10:00', '2026-12-02 24:00', '2026-12-02T10:00+8', '1e9']) {
      expect(parseStartTime(text), text).toBeNull();
    }
  });
});
