/**
 * A saved request log on the simulator's timeline: lanes of requests and expected SDK events,
 * and the sentence a developer reads for each served token.
 */
import { describe, expect, it } from 'vitest';
import { buildServerTimeline } from '../../../src/shared/tokenServer/logTimeline';
import { formatRequestLog, parseRequestLog, type RequestLogEntry } from '../../../src/shared/tokenServer/requestLog';

const T0 = 1_700_000_000;
function entry(seq: number, atSeconds: number, status = 200, ttl = 40, faults: RequestLogEntry['faults'] = ['ttl-override']): RequestLogEntry {
  return { seq, at: (T0 + atSeconds) * 1000, route: '/token', family: 'zego', profile: 'dev', user: 'alice', latencyMs: 3, faults, status, expiresAt: status === 200 ? T0 + atSeconds + ttl : null, error: status === 200 ? null : 'injected_failure' };
}

describe('buildServerTimeline', () => {
  it('says when the app renewed relative to the 30-s warning and the expiry', () => {
    const timeline = buildServerTimeline([entry(1, 0, 200, 60), entry(2, 34, 200, 60)]);
    expect(timeline.story[0]).toBe('Token #1 (alice, lives 60 s): the app asked for a new token 4 s after the 30-s warning; the token expired 26 s later.');
    expect(timeline.story[1]).toContain('asked for no new token');
    expect(timeline.lanes[1]!.markers.map((m) => [m.t, m.kind])).toEqual([
      [30, 'will-expire'],
      [60, 'expired'],
      [64, 'will-expire'],
      [94, 'expired'],
    ]);
  });

  it('tells an early renewal, a late one and a failed request apart', () => {
    const timeline = buildServerTimeline([entry(1, 0, 200, 100), entry(2, 10, 500), entry(3, 130, 200, 100)]);
    expect(timeline.story[0]).toBe('Token #1 (alice, lives 100 s): the app asked for a new token 60 s before the 30-s warning.');
    expect(timeline.lanes[0]!.markers.map((m) => m.kind)).toEqual(['request-ok', 'request-failed', 'request-ok']);
    const late = buildServerTimeline([entry(1, 0, 200, 40), entry(2, 45)]);
    expect(late.story[0]).toBe('Token #1 (alice, lives 40 s): the app asked for a new token 5 s after the token had expired.');
  });
});

describe('saved logs', () => {
  it('round-trip as JSON lines, skipping the CLI\'s {"url","key"} first line', () => {
    const entries = [entry(1, 0), entry(2, 34)];
    const text = `{"url":"http://127.0.0.1:1","key":"k"}\n${formatRequestLog(entries)}`;
    expect(parseRequestLog(text)).toEqual({ ok: true, entries, skipped: 1 });
    expect(parseRequestLog('not json\n').ok).toBe(false);
  });
});
