import { describe, expect, it } from 'vitest';
import { buildTimeline, laneOf } from '../../../../src/renderer/src/features/simulator/timelineModel';
import type { SimEvent } from '../../../../src/shared/sim/events';
import { HEALTHY_EVENTS, NEVER_EVENTS } from './fixtures';

describe('buildTimeline', () => {
  it('draws each token from issue to expiry, marks the ones the SDK took, and shades their last 30 s (ZEGO)', () => {
    const m = buildTimeline(HEALTHY_EVENTS, 0, 7200, 'zim');
    expect(m.tokens.map((b) => [b.from, b.to, b.held, b.request])).toEqual([
      [0, 3600, true, null],
      [3570.2, 7170, true, 1],
    ]);
    expect(m.warnings).toEqual([
      { from: 3570, to: 3600 },
      { from: 7140, to: 7170 },
    ]);
  });

  it('has no warning windows for CommsEase, which has no warning callback', () => {
    const ce = HEALTHY_EVENTS.map((e) => ({ ...e }));
    expect(buildTimeline(ce, 0, 7200, 'commsease-dynamic').warnings).toEqual([]);
  });

  it('follows the SDK connection state through an outage', () => {
    const m = buildTimeline(HEALTHY_EVENTS, 0, 7200, 'zim');
    expect(m.connection).toEqual([
      { from: 0, to: 900, state: 'connected' },
      { from: 900, to: 1507, state: 'reconnecting' },
      { from: 1507, to: 7200, state: 'connected' },
    ]);
    expect(m.outages).toEqual([{ from: 900, to: 1500, kind: 'network' }]);
  });

  it('ends in disconnected when the token runs out', () => {
    const m = buildTimeline(NEVER_EVENTS, 0, 7200, 'zim');
    expect(m.connection.at(-1)).toEqual({ from: 3600, to: 7200, state: 'disconnected' });
  });

  it('spans each token-server request until its answer, failed or not', () => {
    const events: SimEvent[] = [
      ...HEALTHY_EVENTS,
      { t: 7140, client: 0, type: 'renew_requested', request: 2, purpose: 'renew', attempt: 1 },
      { t: 7141, client: 0, type: 'renew_failed', request: 2, reason: 'token_server_error', code: null },
      { t: 7150, client: 0, type: 'renew_requested', request: 3, purpose: 'renew', attempt: 2 },
    ];
    expect(buildTimeline(events, 0, 7200, 'zim').requests.map((r) => [r.request, r.from, r.to, r.outcome])).toEqual([
      [1, 3570, 3570.2, 'issued'],
      [2, 7140, 7141, 'failed'],
      [3, 7150, 7200, 'pending'],
    ]);
  });

  it('keeps only the chosen client, with a marker per event in its lane', () => {
    const other: SimEvent = { t: 5, client: 1, type: 'login', expire: 100 };
    const m = buildTimeline([...NEVER_EVENTS, other], 0, 7200, 'zim');
    expect(m.markers.map((k) => `${k.type}:${k.lane}`)).toEqual([
      'token_issued:token',
      'login:sdk',
      'token_will_expire:callbacks',
      'token_expired:token',
      'disconnected:sdk',
    ]);
    expect(buildTimeline([...NEVER_EVENTS, other], 1, 7200, 'zim').markers).toHaveLength(1);
  });

  it('puts a refused renewal among the callbacks and a failed request on the token server lane', () => {
    expect(laneOf({ t: 0, client: 0, type: 'renew_failed', request: 1, reason: 'rejected', code: 6000121 })).toBe('callbacks');
    expect(laneOf({ t: 0, client: 0, type: 'renew_failed', request: 1, reason: 'network', code: null })).toBe('server');
  });
});
