/**
 * A saved request log on the simulator's timeline: the requests as simulator events beside
 * the SDK events expected for the tokens served, and the story a developer reads per token.
 */
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../../src/shared/families/registry';
import { buildServerTimeline } from '../../../src/shared/tokenServer/logTimeline';
import { formatRequestLog, parseRequestLog, type RequestLogEntry } from '../../../src/shared/tokenServer/requestLog';

const T0 = 1_700_000_000;
function entry(seq: number, atSeconds: number, status = 200, ttl = 40, faults: RequestLogEntry['faults'] = ['ttl-override'], family = 'zego', user = 'alice'): RequestLogEntry {
  return { seq, at: (T0 + atSeconds) * 1000, route: '/token', family, profile: 'dev', user, latencyMs: 3, faults, status, expiresAt: status === 200 ? T0 + atSeconds + ttl : null, error: status === 200 ? null : 'injected_failure' };
}
const timeline = (entries: RequestLogEntry[]) => buildServerTimeline(entries, defaultRegistry);
const kinds = (t: ReturnType<typeof timeline>) => t.events.map((e) => [e.t, e.type]);

describe('buildServerTimeline', () => {
  it('says when the app renewed relative to the 30-s warning and the expiry, and draws the SDK events expected', () => {
    const t = timeline([entry(1, 0, 200, 60), entry(2, 34, 200, 60)]);
    expect(t.story[0]).toEqual({ kind: 'after-warning', seq: 1, user: 'alice', livesSeconds: 60, seconds: 4, laterSeconds: 26, warningSeconds: 30 });
    expect(t.story[1]).toMatchObject({ kind: 'no-renewal', seconds: 60 });
    expect(kinds(t)).toEqual([
      [0, 'renew_requested'],
      [0, 'token_issued'],
      [0, 'login'],
      [30, 'token_will_expire'],
      [34, 'renew_requested'],
      [34, 'token_issued'],
      [34, 'renew_succeeded'],
      [64, 'token_will_expire'],
      [94, 'token_expired'],
    ]);
    expect(t.clients).toEqual([{ client: 0, family: 'zego', profile: 'dev', user: 'alice', platform: 'zim', warningSeconds: 30 }]);
    expect(t.durationSeconds).toBe(94);
  });

  it('tells an early renewal, a late one and a failed request apart', () => {
    const t = timeline([entry(1, 0, 200, 100), entry(2, 10, 500), entry(3, 130, 200, 100)]);
    expect(t.story[0]).toMatchObject({ kind: 'before-warning', seconds: 60 });
    expect(t.events.filter((e) => e.type === 'renew_failed')).toEqual([{ t: 10, client: 0, type: 'renew_failed', request: 2, reason: 'token_server_error', code: 500 }]);
    // The failed request renewed nothing: token 1 still warns and expires.
    expect(kinds(t).filter(([, type]) => type === 'token_will_expire' || type === 'token_expired')).toEqual([
      [70, 'token_will_expire'],
      [100, 'token_expired'],
      [200, 'token_will_expire'],
      [230, 'token_expired'],
    ]);
    expect(timeline([entry(1, 0, 200, 40), entry(2, 45)]).story[0]).toMatchObject({ kind: 'after-expiry', seconds: 5 });
  });

  it('has the SDK refuse a faulty token, keeps one client per user, and follows each family\'s lead', () => {
    const t = timeline([entry(1, 0, 200, 60), entry(2, 40, 200, 60, ['other-user']), entry(3, 1, 200, 60, [], 'commsease', 'bob')]);
    expect(t.events.filter((e) => e.client === 0 && e.type === 'renew_failed')).toEqual([{ t: 40, client: 0, type: 'renew_failed', request: 2, reason: 'rejected', code: null }]);
    expect(t.events.find((e) => e.type === 'token_issued' && e.request === 2)).toMatchObject({ fault: 'otherUser', token: '' });
    expect(t.clients.map((c) => [c.user, c.warningSeconds])).toEqual([
      ['alice', 30],
      ['bob', null],
    ]);
    // CommsEase dynamic tokens raise no "will expire": only the expiry is expected.
    expect(t.events.filter((e) => e.client === 1).map((e) => e.type)).toEqual(['renew_requested', 'token_issued', 'login', 'token_expired']);
  });

  it('leaves out requests that named no profile (a 401 is no one asking for a token)', () => {
    const unauthorized: RequestLogEntry = { ...entry(1, 0, 401), profile: null, user: null, family: null, error: 'unauthorized' };
    expect(timeline([unauthorized, entry(2, 1)]).events.filter((e) => e.type === 'renew_requested')).toHaveLength(1);
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
