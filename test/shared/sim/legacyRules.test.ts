/**
 * Two rules of ../shared/docs/sdk-lifecycle.md ("The newer families") the first model lacked:
 * Agora RTM 1.x ("`onTokenExpired` only while reconnecting") and TRTC's PrivateMapKey ("A short
 * PrivateMapKey can remove the user from the room; `updatePrivateMapKey` renews it"), one edge
 * per test with exact events, and the tokens they carry read back by the inspector.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultRegistry } from '../../../src/shared/families/registry';
import { simEventSchema } from '../../../src/shared/ipc/schemas/simulation';
import { upcomingLiveEvents } from '../../../src/shared/sim/liveEvents';
import { parseScenario } from '../../../src/shared/sim/parseScenario';
import { presetById } from '../../../src/shared/sim/presets';
import type { ScenarioInput } from '../../../src/shared/sim/scenario';
import { FAULT_KINDS } from '../../../src/shared/sim/scenario';
import { ofType, runScenario, timeline } from './runScenario';

const START = 1_700_000_000;
const outageAt900 = [{ atSeconds: 900, forSeconds: 60 }];

describe('Agora RTM 1.x: onTokenExpired only while reconnecting', () => {
  const rtm1: ScenarioInput = { platform: 'agora-rtm-1', tokenTtlSeconds: 600, durationSeconds: 1800 };

  it('nothing at expiry while connected: no warning, no callback, the session carries on with an expired token', () => {
    const { events, summary } = runScenario({ ...rtm1, durationSeconds: 800 });
    expect(timeline(events)).toEqual(['login@0', 'token_expired@600']);
    const expired = ofType(events, 'token_expired')[0]!;
    expect(expired.effect).toBe('none');
    expect(expired.callback).toBeUndefined();
    expect(summary.connectedPercent).toBe(100);
    expect(summary.connectedWithExpiredTokenSeconds).toBe(200);
  });

  it('a reconnection after expiry is refused with onTokenExpired; the app\'s new token lets it go on', () => {
    const { events, summary } = runScenario({ ...rtm1, outages: outageAt900 });
    expect(timeline(events)).toEqual([
      'login@0',
      'token_expired@600',
      'network_lost@900',
      'reconnecting@900',
      'network_restored@960',
      'login_failed@963',
      'renew_requested@963',
      'renew_succeeded@963.2',
      'reconnected@963.2',
      'token_expired@1563',
    ]);
    expect(ofType(events, 'login_failed')[0]).toMatchObject({ reason: 'token_expired', during: 'reconnect', code: null, callback: 'onTokenExpired' });
    expect(ofType(events, 'renew_requested')[0]!.purpose).toBe('reconnect');
    expect(summary.disconnections.total).toBe(0);
    for (const e of events) expect(simEventSchema.safeParse(e).success).toBe(true);
  });

  it('the same when the token runs out during the outage itself', () => {
    const { events } = runScenario({ ...rtm1, outages: [{ atSeconds: 550, forSeconds: 100 }] });
    expect(ofType(events, 'token_expired')[0]).toMatchObject({ t: 600, effect: 'reconnect-will-fail' });
    expect(ofType(events, 'token_expired')[0]!.callback).toBeUndefined();
    expect(ofType(events, 'login_failed')[0]).toMatchObject({ t: 677, callback: 'onTokenExpired' });
    expect(ofType(events, 'reconnected')).toHaveLength(1);
  });

  it('an app that never renews ends disconnected at that reconnection', () => {
    const { events } = runScenario({ ...rtm1, renewal: { policy: 'never' }, outages: outageAt900 });
    expect(timeline(events).slice(-2)).toEqual(['login_failed@963', 'disconnected@963']);
    expect(ofType(events, 'disconnected')[0]).toMatchObject({ cause: 'token_expired', code: null });
  });

  it('the app is asked once per reconnection: a second expired token ends it, with no request loop', () => {
    const { events } = runScenario({ ...rtm1, renewal: { faults: { expired: 1 } }, outages: outageAt900 });
    expect(ofType(events, 'renew_requested').filter((e) => e.purpose === 'reconnect')).toHaveLength(1);
    expect(ofType(events, 'login_failed')).toHaveLength(2);
    expect(timeline(events).at(-1)).toBe('disconnected@963.2');
  });

  it('each assumption can be switched: the answer to onTokenExpired, and a drop at expiry', () => {
    const unanswered = runScenario({ ...rtm1, outages: outageAt900, assumptions: { switches: { agoraRtm1RenewOnTokenExpired: false } } });
    expect(timeline(unanswered.events).slice(-2)).toEqual(['login_failed@963', 'disconnected@963']);
    expect(unanswered.assumptions.join('\n')).toContain('[assumptions.switches.agoraRtm1RenewOnTokenExpired = false]');
    const drops = runScenario({ ...rtm1, durationSeconds: 800, assumptions: { switches: { agoraRtm1ExpiryDrops: true } } });
    expect(timeline(drops.events)).toEqual(['login@0', 'token_expired@600', 'disconnected@600']);
  });

  it('the app\'s own timer renews with renewToken before expiry; no "will expire" callback is raised', () => {
    const { events, assumptions } = runScenario({ ...rtm1, durationSeconds: 700, renewal: { policy: 'before-expiry', leadSeconds: 60 } });
    expect(timeline(events)).toEqual(['login@0', 'renew_requested@540', 'renew_succeeded@540.2']);
    expect(assumptions.join('\n')).toContain('raises no "will expire" callback');
  });

  it('switched on, an assumed 30-s warning renews in place like RTM 2.x', () => {
    const { events, assumptions } = runScenario({ ...rtm1, durationSeconds: 700, assumptions: { switches: { agoraRtm1Warns: true } } });
    expect(timeline(events)).toEqual(['login@0', 'token_will_expire@570', 'renew_requested@570', 'renew_succeeded@570.2']);
    expect(assumptions.join('\n')).toContain('[assumptions.switches.agoraRtm1Warns = true]');
    expect(assumptions.join('\n')).not.toContain('raises no "will expire" callback');
  });

  it('its tokens are real 007 RTM tokens, and its settings are its own', () => {
    const { events } = runScenario({ ...rtm1, outages: outageAt900 });
    for (const e of ofType(events, 'token_issued')) {
      const inspection = defaultRegistry.inspect(e.token, { now: START });
      expect(inspection.format).toBe('agora-accesstoken2');
      expect(inspection.expiresAt).toBe(START + e.expire);
    }
    const wrong = parseScenario({ platform: 'agora-rtm-1', tokenTtlSeconds: 60, assumptions: { switches: { agoraRtmWarnsAtOnce: true } } });
    expect(wrong.ok ? [] : wrong.errors).toEqual(['assumptions.switches.agoraRtmWarnsAtOnce is not a switchable assumption of agora-rtm-1 (known: agoraRtm1Warns, agoraRtm1ExpiryDrops, agoraRtm1RenewOnTokenExpired)']);
  });

  it('live mode: no warning, and the expiry names onTokenExpired as a reconnection\'s, not as a callback at expiry', () => {
    const plan = upcomingLiveEvents({ platform: 'agora-rtm-1', expiresAt: 10_000, issuedAt: 6400, now: 9000, policy: 'on-will-expire', leadSeconds: 60 });
    expect(plan.events.map((e) => e.type)).toEqual(['login', 'token_expired']);
    const expired = plan.events[1]!;
    expect(expired.detailLine.key).toBe('expiresReconnectCallback');
    expect(expired.detail).toContain('a reconnection after this is refused and raises onTokenExpired');
    expect(expired.assumptionKey).toBe('assumptionRule.agoraRtm1ExpiryDrops.text');
  });
});

describe('Tencent TRTC: a PrivateMapKey that ends before the UserSig', () => {
  const trtc: ScenarioInput = { platform: 'tencent-trtc', tokenTtlSeconds: 3600, durationSeconds: 900, tencent: { privateMapKeySeconds: 300 } };

  it('the UserSig carries a PrivateMapKey for the room that ends at 5 min while the UserSig says 1 h', () => {
    const { events } = runScenario({ ...trtc, renewal: { policy: 'never' } });
    const issued = ofType(events, 'token_issued')[0]!;
    expect(issued.expire).toBe(300);
    const inspection = defaultRegistry.inspect(issued.token, { now: START });
    expect(inspection.format).toBe('tencent-usersig-v2');
    expect(inspection.expiresAt).toBe(START + 3600);
    expect(inspection.fields?.['privateMapKey']).toMatchObject({ strRoomId: 'sim-room', expireAt: START + 300, privilegeMap: 255 });
    expect(inspection.diagnoses.map((d) => d.code)).toContain('private_map_key_expires_first');
    const family = defaultRegistry.get('tencent-usersig-v2')!;
    expect(family.lifecycle.sessionEndOf?.('tencent-trtc', inspection.fields ?? {}, inspection.expiresAt!)).toBe(START + 300);
    expect(family.lifecycle.sessionEndOf?.('tencent-im', inspection.fields ?? {}, inspection.expiresAt!)).toBeNull();
  });

  it('unrenewed: the user is removed from the room when the PrivateMapKey ends (assumed at that moment, no code)', () => {
    const { events } = runScenario({ ...trtc, renewal: { policy: 'never' } });
    expect(timeline(events)).toEqual(['login@0', 'token_expired@300', 'disconnected@300']);
    expect(ofType(events, 'token_expired')[0]!.effect).toBe('kick');
    expect(ofType(events, 'disconnected')[0]).toMatchObject({ cause: 'token_expired', code: null });
  });

  it('updatePrivateMapKey on the app\'s timer, 60 s before the PrivateMapKey ends, keeps the user in', () => {
    const { events, summary } = runScenario({ ...trtc, renewal: { policy: 'before-expiry', leadSeconds: 60 } });
    expect(timeline(events)).toEqual(['login@0', 'renew_requested@240', 'renew_succeeded@240.2', 'renew_requested@480', 'renew_succeeded@480.2', 'renew_requested@720', 'renew_succeeded@720.2']);
    expect(summary.connectedPercent).toBe(100);
    for (const e of ofType(events, 'token_issued')) {
      const inspection = defaultRegistry.inspect(e.token, { now: START });
      expect((inspection.fields?.['privateMapKey'] as { expireAt: number }).expireAt).toBe(START + e.expire);
    }
  });

  it('updatePrivateMapKey with a key for another user is refused without a code; the user is removed at the end', () => {
    const { events } = runScenario({ ...trtc, renewal: { policy: 'before-expiry', leadSeconds: 60, faults: { otherUser: 1 } } });
    expect(ofType(events, 'renew_failed')[0]).toMatchObject({ t: 240.2, reason: 'rejected', code: null });
    expect(ofType(events, 'disconnected')[0]!.t).toBe(300);
  });

  it('the room removes the user even while the client is reconnecting; switched off, the reconnection goes through', () => {
    const outages = [{ atSeconds: 250, forSeconds: 100 }];
    const removed = runScenario({ ...trtc, renewal: { policy: 'never' }, outages });
    expect(timeline(removed.events)).toEqual(['login@0', 'network_lost@250', 'reconnecting@250', 'token_expired@300', 'disconnected@300', 'network_restored@350']);
    expect(ofType(removed.events, 'token_expired')[0]!.effect).toBe('kick');
    const stays = runScenario({ ...trtc, renewal: { policy: 'never' }, outages, assumptions: { switches: { trtcPrivateMapKeyRemoves: false } } });
    expect(timeline(stays.events).slice(-2)).toEqual(['network_restored@350', 'reconnected@377']);
  });

  it('switched off, the end of the PrivateMapKey does nothing in the session', () => {
    const { events, assumptions } = runScenario({ ...trtc, renewal: { policy: 'never' }, assumptions: { switches: { trtcPrivateMapKeyRemoves: false } } });
    expect(timeline(events)).toEqual(['login@0', 'token_expired@300']);
    expect(ofType(events, 'token_expired')[0]!.effect).toBe('none');
    expect(assumptions.join('\n')).toContain('[assumptions.switches.trtcPrivateMapKeyRemoves = false]');
  });

  it('without a PrivateMapKey that ends first, TRTC still takes no token in a session', () => {
    for (const tencent of [undefined, { privateMapKeySeconds: 3600 }]) {
      const run = runScenario({ platform: 'tencent-trtc', tokenTtlSeconds: 3600, durationSeconds: 3700, renewal: { policy: 'before-expiry' }, ...(tencent ? { tencent } : {}) });
      expect(timeline(run.events)).toEqual(['login@0', 'token_expired@3600']);
      expect(run.assumptions.join('\n')).toContain('taking no new token from the app during a session');
    }
    expect(runScenario({ ...trtc, renewal: { policy: 'before-expiry' } }).assumptions.join('\n')).not.toContain('taking no new token');
  });

  it('the setting is TRTC\'s own', () => {
    const parsed = parseScenario({ platform: 'tencent-im', tokenTtlSeconds: 60, tencent: { privateMapKeySeconds: 30 } });
    expect(parsed.ok ? [] : parsed.errors).toEqual(['tencent.privateMapKeySeconds does not apply to tencent-im']);
  });

  it('live mode: a pasted UserSig whose PrivateMapKey ends first counts down to that end, with updatePrivateMapKey on the app\'s timer', () => {
    const plan = upcomingLiveEvents({ platform: 'tencent-trtc', expiresAt: 10_000, issuedAt: 6400, now: 9000, policy: 'before-expiry', leadSeconds: 60, sessionEndsAt: 9600 });
    expect(plan.events.map((e) => `${e.type}@${e.at}${e.ifNotRenewed ? '?' : ''}`)).toEqual(['login@9000', 'renew_requested@9540', 'token_expired@9600?', 'disconnected@9600?']);
    expect(plan.events[2]!.detail).toBe('The PrivateMapKey ends, 6m 40s before the token expires: unless the app has called updatePrivateMapKey with a new one, the user is removed from the room and must enter again.');
    expect(plan.events[2]!.assumptionKey).toBe('assumptionRule.trtcPrivateMapKeyRemoves.text');
  });

  it('any scenario with a PrivateMapKey: events in order, every token a UserSig whose PrivateMapKey ends when the event says', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3600 }),
        fc.integer({ min: 1, max: 3600 }),
        fc.constantFrom('on-will-expire', 'before-expiry', 'never'),
        fc.constantFrom(...FAULT_KINDS.filter((k) => k !== 'noPublishPrivilege')),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.array(fc.record({ atSeconds: fc.integer({ min: 0, max: 3000 }), forSeconds: fc.integer({ min: 1, max: 1500 }) }), { maxLength: 2 }),
        (ttl, pmk, policy, fault, rate, outages) => {
          const { events } = runScenario({
            platform: 'tencent-trtc',
            tokenTtlSeconds: ttl,
            durationSeconds: 3600,
            clients: 2,
            tencent: { privateMapKeySeconds: pmk },
            renewal: { policy, leadSeconds: 30, faults: { [fault]: rate } },
            outages,
            relogin: { enabled: true, delaySeconds: 5 },
            maxEvents: 20_000,
          });
          for (let i = 1; i < events.length; i++) expect(events[i]!.t).toBeGreaterThanOrEqual(events[i - 1]!.t);
          for (const e of ofType(events, 'token_issued').slice(0, 4)) {
            const inspection = defaultRegistry.inspect(e.token, { now: START });
            expect((inspection.fields?.['privateMapKey'] as { expireAt: number }).expireAt).toBe(START + e.expire);
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});

describe('the presets teach what their lessons say', () => {
  it('agora-rtm1-expired-reconnect: nothing at 10 min; at 15 min onTokenExpired and the app\'s token bring the client back; never renewing, it ends disconnected', () => {
    const preset = presetById('agora-rtm1-expired-reconnect');
    const { events } = runScenario(preset.scenario);
    expect(ofType(events, 'token_expired')[0]).toMatchObject({ t: 600, effect: 'none' });
    expect(ofType(events, 'login_failed')[0]).toMatchObject({ during: 'reconnect', callback: 'onTokenExpired' });
    expect(ofType(events, 'reconnected')).toHaveLength(1);
    expect(ofType(events, 'disconnected')).toHaveLength(0);
    const never = runScenario({ ...preset.scenario, renewal: { policy: 'never' } });
    expect(ofType(never.events, 'disconnected')).toHaveLength(1);
  });

  it('trtc-private-map-key-early: removed every 5 min while waiting for a callback; renewing on the app\'s timer keeps the user in', () => {
    const preset = presetById('trtc-private-map-key-early');
    expect(ofType(runScenario(preset.scenario).events, 'disconnected').map((e) => e.t)).toEqual([300, 605]);
    const ownTimer = runScenario({ ...preset.scenario, renewal: { policy: 'before-expiry', leadSeconds: 60 } });
    expect(ofType(ownTimer.events, 'disconnected')).toHaveLength(0);
    expect(ownTimer.summary.connectedPercent).toBe(100);
  });
});
