/**
 * The SDK token rules the simulator reproduces, one named edge per test
 * (../shared/docs/sdk-lifecycle.md).
 */
import { describe, expect, it } from 'vitest';
import { ofType, runScenario, timeline } from './runScenario';

const HOUR = 3600;

describe('ZIM / Express "will expire"', () => {
  it('fires 30 s before expiry, and a renewal on it keeps the client connected', () => {
    const { events, summary } = runScenario({ platform: 'zim', tokenTtlSeconds: HOUR, durationSeconds: 2 * HOUR });
    expect(timeline(events)).toEqual([
      'login@0',
      'token_will_expire@3570',
      'renew_requested@3570',
      'renew_succeeded@3570.2',
      'token_will_expire@7140',
      'renew_requested@7140',
      'renew_succeeded@7140.2',
    ]);
    expect(ofType(events, 'token_will_expire')[0]).toMatchObject({ remainingSeconds: 30, expire: 3600 });
    expect(summary.connectedPercent).toBe(100);
    expect(summary.disconnections.total).toBe(0);
  });

  it('the immediate warning: under 30 s left at login, ZIM warns at once with the seconds left', () => {
    const { events } = runScenario({ platform: 'zim', tokenTtlSeconds: 20, durationSeconds: 1, renewal: { policy: 'never' } });
    expect(timeline(events)).toEqual(['login@0', 'token_will_expire@0']);
    expect(ofType(events, 'token_will_expire')[0]!.remainingSeconds).toBe(20);
  });

  it('the immediate warning for Express is an assumption that can be switched off', () => {
    const on = runScenario({ platform: 'express', tokenTtlSeconds: 20, durationSeconds: 30, renewal: { policy: 'never' } });
    expect(timeline(on.events).slice(0, 2)).toEqual(['login@0', 'token_will_expire@0']);
    expect(on.assumptions.join('\n')).toContain('[assumptions.expressImmediateWarning = true]');
    const off = runScenario({
      platform: 'express',
      tokenTtlSeconds: 20,
      durationSeconds: 30,
      renewal: { policy: 'never' },
      assumptions: { expressImmediateWarning: false },
    });
    expect(ofType(off.events, 'token_will_expire')).toHaveLength(0);
    expect(off.assumptions.join('\n')).toContain('[assumptions.expressImmediateWarning = false]');
  });

  it('a token shorter than 30 s: each renewal warns again at once (assumed), or never again when switched', () => {
    const again = runScenario({ platform: 'zim', tokenTtlSeconds: 20, durationSeconds: 0.5 });
    expect(timeline(again.events)).toEqual([
      'login@0',
      'token_will_expire@0',
      'renew_requested@0',
      'renew_succeeded@0.2',
      'token_will_expire@0.2',
      'renew_requested@0.2',
      'renew_succeeded@0.4',
      'token_will_expire@0.4',
      'renew_requested@0.4',
    ]);
    // With the rule switched off the warning fires once; the renewed token then runs out unwarned.
    const once = runScenario({ platform: 'zim', tokenTtlSeconds: 20, durationSeconds: 60, assumptions: { warnAfterShortRenewal: false } });
    expect(timeline(once.events)).toEqual([
      'login@0',
      'token_will_expire@0',
      'renew_requested@0',
      'renew_succeeded@0.2',
      'token_expired@20',
      'disconnected@20',
    ]);
  });
});

describe('expiry without renewal', () => {
  it('ZIM: the SDK disconnects exactly at expiry (TokenExpired)', () => {
    const { events, summary } = runScenario({ platform: 'zim', tokenTtlSeconds: HOUR, renewal: { policy: 'never' } });
    expect(timeline(events)).toEqual(['login@0', 'token_will_expire@3570', 'token_expired@3600', 'disconnected@3600']);
    expect(ofType(events, 'disconnected')[0]).toMatchObject({ cause: 'token_expired', code: null });
    expect(summary.connectedPercent).toBe(50);
    expect(summary.worstGap).toEqual({ seconds: 3600, client: 0, fromSeconds: 3600 });
    expect(summary.disconnections.byCause.token_expired).toBe(1);
  });

  it('Express "kick": kicked from the room with 1002056', () => {
    const { events } = runScenario({ platform: 'express', tokenTtlSeconds: HOUR, renewal: { policy: 'never' }, express: { onExpiry: 'kick' } });
    expect(ofType(events, 'token_expired')[0]).toMatchObject({ t: 3600, effect: 'kick' });
    expect(ofType(events, 'disconnected')[0]).toMatchObject({ t: 3600, cause: 'token_expired', code: 1002056 });
  });

  it('Express "refuse-next": stays in the room, the next publish/play is refused; no disconnection', () => {
    const { events, summary } = runScenario({ platform: 'express', tokenTtlSeconds: HOUR, renewal: { policy: 'never' } });
    expect(ofType(events, 'token_expired')[0]).toMatchObject({ t: 3600, effect: 'refuse-next-publish-play' });
    expect(ofType(events, 'disconnected')).toHaveLength(0);
    expect(summary.connectedWithExpiredTokenSeconds).toBe(3600);
  });
});

describe('renewal timing', () => {
  it('renew exactly at the boundary: an answer arriving at the expiry instant is too late', () => {
    // Warned at 3570; a 30 000 ms answer lands at 3600.000, the moment the token expires.
    const late = runScenario({ platform: 'zim', tokenTtlSeconds: HOUR, durationSeconds: 3700, renewal: { latencyMs: 30_000 } });
    expect(timeline(late.events)).toEqual([
      'login@0',
      'token_will_expire@3570',
      'renew_requested@3570',
      'token_expired@3600',
      'disconnected@3600',
      'renew_failed@3600',
    ]);
    expect(ofType(late.events, 'renew_failed')[0]).toMatchObject({ reason: 'rejected', code: 6000121 });
    // One millisecond earlier is in time.
    const inTime = runScenario({ platform: 'zim', tokenTtlSeconds: HOUR, durationSeconds: 3700, renewal: { latencyMs: 29_999 } });
    expect(timeline(inTime.events)).toEqual(['login@0', 'token_will_expire@3570', 'renew_requested@3570', 'renew_succeeded@3599.999']);
  });

  it('a renewal answer arriving after expiry: ZIM is not logged in any more (6000121)', () => {
    const { events } = runScenario({ platform: 'zim', tokenTtlSeconds: HOUR, durationSeconds: 3700, renewal: { latencyMs: 40_000 } });
    expect(timeline(events).slice(-3)).toEqual(['token_expired@3600', 'disconnected@3600', 'renew_failed@3610']);
    expect(ofType(events, 'renew_failed')[0]!.code).toBe(6000121);
  });

  it('a renewal answer arriving after expiry: Express kicked is not in the room (1002002)', () => {
    const { events } = runScenario({
      platform: 'express',
      tokenTtlSeconds: HOUR,
      durationSeconds: 3700,
      renewal: { latencyMs: 40_000 },
      express: { onExpiry: 'kick' },
    });
    expect(ofType(events, 'renew_failed')[0]).toMatchObject({ t: 3610, reason: 'rejected', code: 1002002 });
  });

  it('a renewal answer arriving after expiry: Express refuse-next takes it and recovers', () => {
    const { events, summary } = runScenario({ platform: 'express', tokenTtlSeconds: HOUR, durationSeconds: 3700, renewal: { latencyMs: 40_000 } });
    expect(timeline(events).slice(-2)).toEqual(['token_expired@3600', 'renew_succeeded@3610']);
    expect(summary.connectedWithExpiredTokenSeconds).toBe(10);
    expect(summary.disconnections.total).toBe(0);
  });

  it('before-expiry policy renews on the app timer, leadSeconds ahead, and ignores the SDK warning', () => {
    const { events } = runScenario({
      platform: 'zim',
      tokenTtlSeconds: HOUR,
      durationSeconds: 3700,
      renewal: { policy: 'before-expiry', leadSeconds: 300 },
    });
    expect(timeline(events)).toEqual(['login@0', 'renew_requested@3300', 'renew_succeeded@3300.2']);
  });

  it('tokens are created on whole seconds, so a renewed token expires on a whole second after its issue', () => {
    const { events } = runScenario({ platform: 'zim', tokenTtlSeconds: HOUR, durationSeconds: 3700, renewal: { latencyMs: 700 } });
    expect(ofType(events, 'renew_succeeded')[0]).toMatchObject({ t: 3570.7, expire: 7170 });
  });

  it('a failed request is retried with backoff when the app retries', () => {
    const { events } = runScenario({
      platform: 'zim',
      tokenTtlSeconds: HOUR,
      durationSeconds: 3700,
      renewal: { failureRate: 1, retry: { maxRetries: 2, delaySeconds: 4, multiplier: 2 } },
    });
    expect(timeline(events)).toEqual([
      'login@0',
      'token_will_expire@3570',
      'renew_requested@3570',
      'renew_failed@3570.2',
      'renew_requested@3574.2',
      'renew_failed@3574.4',
      'renew_requested@3582.4',
      'renew_failed@3582.6',
      'token_expired@3600',
      'disconnected@3600',
    ]);
    expect(ofType(events, 'renew_failed').map((e) => e.reason)).toEqual(['token_server_error', 'token_server_error', 'token_server_error']);
    expect(ofType(events, 'renew_requested').map((e) => e.attempt)).toEqual([1, 2, 3]);
  });

  it('a token server that is down answers every request with a failure', () => {
    const { events } = runScenario({
      platform: 'zim',
      tokenTtlSeconds: HOUR,
      durationSeconds: 3700,
      outages: [{ atSeconds: 3500, forSeconds: 600, kind: 'token-server' }],
    });
    expect(ofType(events, 'renew_failed')[0]).toMatchObject({ t: 3570.2, reason: 'token_server_unavailable' });
    expect(ofType(events, 'disconnected')[0]).toMatchObject({ t: 3600, cause: 'token_expired' });
    expect(ofType(events, 'network_lost')).toHaveLength(0);
  });

  it('relogin: after a token disconnection the app fetches a new token and logs in again', () => {
    const { events, summary } = runScenario({
      platform: 'zim',
      tokenTtlSeconds: HOUR,
      durationSeconds: 3700,
      renewal: { policy: 'never' },
      relogin: { enabled: true, delaySeconds: 5 },
    });
    expect(timeline(events).slice(-4)).toEqual(['token_expired@3600', 'disconnected@3600', 'renew_requested@3605', 'login@3605.2']);
    expect(ofType(events, 'login').at(-1)!.expire).toBe(7205);
    expect(ofType(events, 'renew_requested').at(-1)!.purpose).toBe('relogin');
    expect(summary.worstGap!.seconds).toBe(5.2);
  });
});

describe('renewal tokens that are wrong', () => {
  const codesFor = (platform: 'zim' | 'express', fault: string) => {
    const { events } = runScenario({ platform, tokenTtlSeconds: HOUR, durationSeconds: 3700, renewal: { faults: { [fault]: 1 } } });
    const issued = ofType(events, 'token_issued').filter((e) => e.request !== null);
    expect(issued[0]!.fault).toBe(fault);
    return ofType(events, 'renew_failed').map((e) => [e.reason, e.code]);
  };

  it('ZIM refuses expired, other-app, other-user and other-secret tokens with their codes', () => {
    expect(codesFor('zim', 'expired')).toEqual([['rejected', 6000106]]);
    expect(codesFor('zim', 'otherApp')).toEqual([['rejected', 6000003]]);
    expect(codesFor('zim', 'otherUser')).toEqual([['rejected', 6000103]]);
    expect(codesFor('zim', 'otherSecret')).toEqual([['rejected', 6000103]]);
  });

  it('Express refuses them with 1002078 / 1002076 / 1002077 / 1002033, and a token without publish with 1002082', () => {
    expect(codesFor('express', 'expired')).toEqual([['rejected', 1002078]]);
    expect(codesFor('express', 'otherApp')).toEqual([['rejected', 1002076]]);
    expect(codesFor('express', 'otherUser')).toEqual([['rejected', 1002077]]);
    expect(codesFor('express', 'otherSecret')).toEqual([['rejected', 1002033]]);
    expect(codesFor('express', 'noPublishPrivilege')).toEqual([['rejected', 1002082]]);
  });

  it('a refused token leaves the old one in place, which then expires', () => {
    const { events } = runScenario({ platform: 'zim', tokenTtlSeconds: HOUR, durationSeconds: 3700, renewal: { faults: { otherApp: 1 } } });
    expect(ofType(events, 'renew_succeeded')).toHaveLength(0);
    expect(ofType(events, 'disconnected')[0]).toMatchObject({ t: 3600, cause: 'token_expired' });
  });

  it('CommsEase keeps a wrong token without checking it, and the next reconnect is refused with 302', () => {
    const { events } = runScenario({
      platform: 'commsease-dynamic',
      tokenTtlSeconds: 600,
      durationSeconds: 1000,
      renewal: { faults: { otherSecret: 1 } },
      outages: [{ atSeconds: 100, forSeconds: 10 }],
    });
    expect(ofType(events, 'renew_succeeded')).toHaveLength(1);
    expect(ofType(events, 'login_failed')[0]).toMatchObject({ code: 302, reason: 'token_rejected', during: 'reconnect' });
    expect(ofType(events, 'disconnected')[0]).toMatchObject({ cause: 'token_rejected', code: 302 });
  });
});

describe('outages', () => {
  it('an outage spanning expiry (ZIM): the warning fires offline, the renewal cannot reach the server, the reconnect is refused', () => {
    const { events } = runScenario({
      platform: 'zim',
      tokenTtlSeconds: HOUR,
      durationSeconds: 4000,
      outages: [{ atSeconds: 3500, forSeconds: 200 }],
    });
    expect(timeline(events)).toEqual([
      'login@0',
      'network_lost@3500',
      'reconnecting@3500',
      'token_will_expire@3570',
      'renew_requested@3570',
      'renew_failed@3570',
      'token_expired@3600',
      'network_restored@3700',
      'login_failed@3723',
      'disconnected@3723',
    ]);
    expect(ofType(events, 'renew_failed')[0]!.reason).toBe('network');
    expect(ofType(events, 'token_expired')[0]!.effect).toBe('reconnect-will-fail');
    expect(ofType(events, 'login_failed')[0]).toMatchObject({ code: 6000106, reason: 'token_expired', during: 'reconnect' });
  });

  it('a short outage: the SDK reconnects at its next backoff tick after the network returns', () => {
    const { events, summary } = runScenario({
      platform: 'zim',
      tokenTtlSeconds: HOUR,
      durationSeconds: 1000,
      outages: [{ atSeconds: 100, forSeconds: 10 }],
      reconnect: { initialDelayMs: 1000, multiplier: 2, maxDelayMs: 32_000 },
    });
    // Attempts at +1, +3, +7, +15 s: the fourth is the first after the network is back.
    expect(ofType(events, 'reconnected')[0]).toMatchObject({ t: 115, attempts: 4, offlineSeconds: 15 });
    expect(summary.networkInterruptions).toBe(1);
    expect(summary.worstGap).toEqual({ seconds: 15, client: 0, fromSeconds: 100 });
    expect(summary.connectedPercent).toBe(98.5);
  });

  it('laptop asleep across expiry: no timer runs while asleep, and on waking the token is dead', () => {
    const { events } = runScenario({
      platform: 'zim',
      tokenTtlSeconds: HOUR,
      durationSeconds: 4000,
      outages: [{ atSeconds: 3500, forSeconds: 200, kind: 'sleep' }],
    });
    expect(timeline(events)).toEqual([
      'login@0',
      'network_lost@3500',
      'reconnecting@3500',
      'token_expired@3600',
      'network_restored@3700',
      'login_failed@3723',
      'disconnected@3723',
    ]);
    expect(ofType(events, 'network_lost')[0]!.kind).toBe('sleep');
  });

  it('asleep before the warning but waking before expiry: the late warning fires at wake and the renewal works', () => {
    const { events } = runScenario({
      platform: 'zim',
      tokenTtlSeconds: HOUR,
      durationSeconds: 3700,
      outages: [{ atSeconds: 3560, forSeconds: 20, kind: 'sleep' }],
      reconnect: { initialDelayMs: 0 },
    });
    expect(timeline(events)).toEqual([
      'login@0',
      'network_lost@3560',
      'reconnecting@3560',
      'network_restored@3580',
      'reconnected@3580',
      'token_will_expire@3580',
      'renew_requested@3580',
      'renew_succeeded@3580.2',
    ]);
    expect(ofType(events, 'token_will_expire')[0]!.remainingSeconds).toBe(20);
  });

  it('a login while offline fails and is tried again when the network returns', () => {
    const { events } = runScenario({ platform: 'zim', tokenTtlSeconds: HOUR, durationSeconds: 100, outages: [{ atSeconds: 0, forSeconds: 30 }] });
    expect(timeline(events)).toEqual(['network_lost@0', 'login_failed@0', 'network_restored@30', 'login@30']);
    expect(ofType(events, 'login_failed')[0]).toMatchObject({ code: null, reason: 'network', during: 'login' });
  });
});

describe('client clock skew', () => {
  it('a clock 5 min fast makes the SDK warn 5 min early (by the server clock), and renewal still works', () => {
    const { events, summary } = runScenario({ platform: 'zim', tokenTtlSeconds: HOUR, durationSeconds: 3400, clockSkewSeconds: 300 });
    expect(ofType(events, 'token_will_expire')[0]).toMatchObject({ t: 3270, remainingSeconds: 30 });
    expect(summary.disconnections.total).toBe(0);
  });

  it('a clock 5 min slow makes the warning come after the server has expired the token', () => {
    const { events } = runScenario({ platform: 'zim', tokenTtlSeconds: HOUR, durationSeconds: 4000, clockSkewSeconds: -300 });
    expect(timeline(events)).toEqual(['login@0', 'token_expired@3600', 'disconnected@3600']);
  });

  it('with assumptions.sdkClock = server the skew no longer moves the warning', () => {
    const { events, assumptions } = runScenario({
      platform: 'zim',
      tokenTtlSeconds: HOUR,
      durationSeconds: 3600,
      clockSkewSeconds: -300,
      assumptions: { sdkClock: 'server' },
    });
    expect(ofType(events, 'token_will_expire')[0]!.t).toBe(3570);
    expect(assumptions.join('\n')).toContain('[assumptions.sdkClock = server]');
  });

  it("a fast clock makes a short token look nearly expired at login: the SDK warns at once with 0 s left", () => {
    const { events } = runScenario({ platform: 'zim', tokenTtlSeconds: 120, durationSeconds: 1, clockSkewSeconds: 300, renewal: { policy: 'never' } });
    expect(ofType(events, 'token_will_expire')[0]).toMatchObject({ t: 0, remainingSeconds: 0 });
  });

  it("the app's own before-expiry timer reads the device clock too", () => {
    const { events } = runScenario({
      platform: 'zim',
      tokenTtlSeconds: HOUR,
      durationSeconds: 3700,
      clockSkewSeconds: -120,
      renewal: { policy: 'before-expiry', leadSeconds: 60 },
    });
    // Device clock 2 min slow: the app renews when it reads 3540, the server's 3660 — too late.
    expect(timeline(events)).toEqual(['login@0', 'token_expired@3600', 'disconnected@3600']);
  });
});

describe('CommsEase dynamic tokens', () => {
  it('never raise a warning; an expiry during a live connection does not drop it (assumed)', () => {
    const { events, summary, assumptions } = runScenario({
      platform: 'commsease-dynamic',
      tokenTtlSeconds: 600,
      durationSeconds: 1200,
      renewal: { policy: 'never' },
    });
    expect(timeline(events)).toEqual(['login@0', 'token_expired@600']);
    expect(ofType(events, 'token_expired')[0]!.effect).toBe('none');
    expect(summary.connectedPercent).toBe(100);
    expect(summary.connectedWithExpiredTokenSeconds).toBe(600);
    expect(assumptions.join('\n')).toContain('[assumptions.commsEaseExpiryDropsConnection = false]');
  });

  it('drop on expiry when that assumption is switched on', () => {
    const { events } = runScenario({
      platform: 'commsease-dynamic',
      tokenTtlSeconds: 600,
      durationSeconds: 1200,
      renewal: { policy: 'never' },
      assumptions: { commsEaseExpiryDropsConnection: true },
    });
    expect(timeline(events)).toEqual(['login@0', 'token_expired@600', 'disconnected@600']);
  });

  it('are checked at reconnect: an expired token fails with 302 unless the app provides a fresh one', () => {
    const outage = [{ atSeconds: 500, forSeconds: 200 }];
    const never = runScenario({ platform: 'commsease-dynamic', tokenTtlSeconds: 600, durationSeconds: 1000, renewal: { policy: 'never' }, outages: outage });
    expect(ofType(never.events, 'login_failed')[0]).toMatchObject({ t: 723, code: 302, reason: 'token_expired', during: 'reconnect' });
    expect(ofType(never.events, 'disconnected')[0]).toMatchObject({ t: 723, cause: 'token_expired', code: 302 });

    const provider = runScenario({ platform: 'commsease-dynamic', tokenTtlSeconds: 600, durationSeconds: 1000, outages: outage });
    expect(timeline(provider.events)).toEqual([
      'login@0',
      'network_lost@500',
      'reconnecting@500',
      'token_expired@600',
      'network_restored@700',
      'renew_requested@723',
      'renew_succeeded@723.2',
      'reconnected@723.2',
    ]);
    expect(ofType(provider.events, 'renew_requested')[0]!.purpose).toBe('reconnect');
  });

  it('token expiry is in milliseconds: curTime is not rounded to seconds', () => {
    const { events } = runScenario({ platform: 'commsease-dynamic', tokenTtlSeconds: 600, durationSeconds: 700, renewal: { policy: 'before-expiry', leadSeconds: 60, latencyMs: 250 } });
    expect(ofType(events, 'renew_succeeded')[0]).toMatchObject({ t: 540.25, expire: 1140.25 });
  });

  it('static tokens never expire and are never minted', () => {
    const { events, summary } = runScenario({
      platform: 'commsease-static',
      tokenTtlSeconds: 60,
      durationSeconds: 600,
      outages: [{ atSeconds: 100, forSeconds: 50 }],
    });
    expect(ofType(events, 'token_issued')).toHaveLength(0);
    expect(ofType(events, 'token_expired')).toHaveLength(0);
    expect(ofType(events, 'login')[0]!.expire).toBeNull();
    expect(ofType(events, 'reconnected')).toHaveLength(1);
    expect(summary.disconnections.total).toBe(0);
  });
});

describe('limits', () => {
  it('a renewal storm stops at maxEvents and says so', () => {
    const { events, summary } = runScenario({ platform: 'zim', tokenTtlSeconds: 10, durationSeconds: 3600, renewal: { latencyMs: 0 }, maxEvents: 1000 });
    expect(events).toHaveLength(1000);
    expect(summary.truncated).toBe(true);
    expect(summary.simulatedSeconds).toBe(0);
  });

  it('many clients logging in over a spread each get their own times', () => {
    const { events } = runScenario({ platform: 'zim', tokenTtlSeconds: HOUR, durationSeconds: 60, clients: 50, loginSpreadSeconds: 30 });
    const logins = ofType(events, 'login');
    expect(logins).toHaveLength(50);
    expect(new Set(logins.map((e) => e.client)).size).toBe(50);
    expect(Math.max(...logins.map((e) => e.t))).toBeLessThan(30);
    expect(new Set(logins.map((e) => e.t)).size).toBeGreaterThan(40);
    const ts = events.map((e) => e.t);
    expect([...ts].sort((a, b) => a - b)).toEqual(ts);
  });
});
