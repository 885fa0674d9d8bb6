/**
 * The newer vendors' SDK rules the simulator reproduces (../shared/docs/sdk-lifecycle.md, "The
 * newer families"), one named edge per test, with exact events; and the tokens they carry are
 * the families' real tokens.
 */
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { defaultRegistry } from '../../../src/shared/families/registry';
import { simEventSchema, simIdentitySchema, simSummarySchema } from '../../../src/shared/ipc/schemas/simulation';
import { parseScenario } from '../../../src/shared/sim/parseScenario';
import type { ScenarioInput } from '../../../src/shared/sim/scenario';
import { runSimulation } from '../../../src/shared/sim/simulate';
import { ofType, runScenario, timeline } from './runScenario';

const HOUR = 3600;
const never = { policy: 'never' } as const;

describe('Agora RTC (native 4.x)', () => {
  it('onTokenPrivilegeWillExpire 30 s before; renewToken on it keeps the user in the channel', () => {
    const { events, summary } = runScenario({ platform: 'agora-rtc-native', tokenTtlSeconds: HOUR, durationSeconds: 3700 });
    expect(timeline(events)).toEqual(['login@0', 'token_will_expire@3570', 'renew_requested@3570', 'renew_succeeded@3570.2']);
    expect(summary.connectedPercent).toBe(100);
  });

  it('unrenewed: onRequestToken at expiry and the user is kicked (connection reason 9)', () => {
    const { events } = runScenario({ platform: 'agora-rtc-native', tokenTtlSeconds: HOUR, renewal: never });
    expect(timeline(events)).toEqual(['login@0', 'token_will_expire@3570', 'token_expired@3600', 'disconnected@3600']);
    expect(ofType(events, 'token_expired')[0]).toMatchObject({ effect: 'kick', callback: 'onRequestToken' });
    expect(ofType(events, 'disconnected')[0]).toMatchObject({ cause: 'token_expired', code: 9 });
  });

  it('a join privilege shorter than the token: kicked when it ends, warned 30 s before it (assumed, switchable)', () => {
    const base: ScenarioInput = { platform: 'agora-rtc-native', tokenTtlSeconds: HOUR, durationSeconds: 400, renewal: never, agora: { joinPrivilegeSeconds: 300 } };
    const warned = runScenario(base);
    expect(timeline(warned.events)).toEqual(['login@0', 'token_will_expire@270', 'token_expired@300', 'disconnected@300']);
    expect(warned.assumptions.join('\n')).toContain('[assumptions.switches.agoraRtcWarnsBeforeJoinEnds = true]');
    // Read the section literally (the warning counts from the token's expiry): the kick comes unwarned.
    const literal = runScenario({ ...base, assumptions: { switches: { agoraRtcWarnsBeforeJoinEnds: false } } });
    expect(timeline(literal.events)).toEqual(['login@0', 'token_expired@300', 'disconnected@300']);
    // The token itself still says one hour: the inspector shows both.
    const token = ofType(warned.events, 'token_issued')[0]!.token;
    const inspection = defaultRegistry.inspect(token, { now: 1_700_000_000 });
    expect(inspection.expiresAt).toBe(1_700_000_000 + HOUR);
  });

  it('onRenewTokenResult codes: 2 expired, 3 another user, 5 another App ID, 1 another certificate (assumed)', () => {
    const codeFor = (fault: 'expired' | 'otherUser' | 'otherApp' | 'otherSecret') => {
      const { events } = runScenario({ platform: 'agora-rtc-native', tokenTtlSeconds: HOUR, durationSeconds: 3700, renewal: { faults: { [fault]: 1 } } });
      return ofType(events, 'renew_failed')[0]!.code;
    };
    expect([codeFor('expired'), codeFor('otherUser'), codeFor('otherApp'), codeFor('otherSecret')]).toEqual([2, 3, 5, 1]);
  });

  it('join with an expired token: 109; a reconnect after expiry: connection reason 9', () => {
    const relogin = runScenario({
      platform: 'agora-rtc-native',
      tokenTtlSeconds: HOUR,
      durationSeconds: 3700,
      renewal: { policy: 'never', faults: { expired: 1 } },
      relogin: { enabled: true, delaySeconds: 5 },
    });
    expect(ofType(relogin.events, 'login_failed')[0]).toMatchObject({ t: 3605.2, code: 109, during: 'login' });
    const offline = runScenario({ platform: 'agora-rtc-native', tokenTtlSeconds: HOUR, durationSeconds: 4000, renewal: never, outages: [{ atSeconds: 3500, forSeconds: 300 }] });
    expect(ofType(offline.events, 'token_expired')[0]).toMatchObject({ t: 3600, effect: 'reconnect-will-fail', callback: 'onRequestToken' });
    expect(ofType(offline.events, 'login_failed')[0]).toMatchObject({ code: 9, during: 'reconnect' });
    expect(ofType(offline.events, 'disconnected')[0]).toMatchObject({ cause: 'token_expired', code: 9 });
  });
});

describe('Agora RTC (Web SDK)', () => {
  it('token-privilege-will-expire 30 s before; token-privilege-did-expire and the kick at expiry', () => {
    const { events } = runScenario({ platform: 'agora-rtc-web', tokenTtlSeconds: HOUR, renewal: never });
    expect(timeline(events)).toEqual(['login@0', 'token_will_expire@3570', 'token_expired@3600', 'disconnected@3600']);
    expect(ofType(events, 'token_expired')[0]).toMatchObject({ effect: 'kick', callback: 'token-privilege-did-expire' });
  });
});

describe('Agora RTM 2.x and Chat', () => {
  it('RTM: tokenPrivilegeWillExpire 30 s before; online past expiry unrenewed: kicked (no documented code)', () => {
    const { events } = runScenario({ platform: 'agora-rtm-2', tokenTtlSeconds: HOUR, renewal: never });
    expect(timeline(events)).toEqual(['login@0', 'token_will_expire@3570', 'token_expired@3600', 'disconnected@3600']);
    expect(ofType(events, 'token_expired')[0]!.effect).toBe('kick');
    expect(ofType(events, 'disconnected')[0]!.code).toBeNull();
  });

  it('Chat: the assumed 30-s onTokenWillExpire and the assumed logout at onTokenDidExpire can each be switched off', () => {
    const assumed = runScenario({ platform: 'agora-chat', tokenTtlSeconds: HOUR, renewal: never });
    expect(timeline(assumed.events)).toEqual(['login@0', 'token_will_expire@3570', 'token_expired@3600', 'disconnected@3600']);
    expect(ofType(assumed.events, 'token_expired')[0]).toMatchObject({ effect: 'disconnect', callback: 'onTokenDidExpire' });
    const switched = runScenario({
      platform: 'agora-chat',
      tokenTtlSeconds: HOUR,
      renewal: never,
      assumptions: { switches: { agoraChatWarns: false, agoraChatExpiryLogsOut: false } },
    });
    expect(timeline(switched.events)).toEqual(['login@0', 'token_expired@3600']);
    expect(ofType(switched.events, 'token_expired')[0]!.effect).toBe('none');
    expect(switched.assumptions.join('\n')).toContain('[assumptions.switches.agoraChatWarns = false]');
  });

  it('a switch another platform owns is refused, naming the platform\'s own', () => {
    const parsed = parseScenario({ platform: 'agora-rtm-2', tokenTtlSeconds: 60, assumptions: { switches: { agoraChatWarns: false } } });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors).toEqual(['assumptions.switches.agoraChatWarns is not a switchable assumption of agora-rtm-2 (known: agoraRtmWarnsAtOnce)']);
    const join = parseScenario({ platform: 'agora-rtm-2', tokenTtlSeconds: 60, agora: { joinPrivilegeSeconds: 30 } });
    expect(join.ok ? [] : join.errors).toEqual(['agora.joinPrivilegeSeconds does not apply to agora-rtm-2']);
  });
});

describe('Tencent IM and TRTC', () => {
  it('IM: no "will expire"; onUserSigExpired at expiry and the app must log in again', () => {
    const { events } = runScenario({ platform: 'tencent-im', tokenTtlSeconds: HOUR, durationSeconds: 3700, relogin: { enabled: true, delaySeconds: 5 } });
    expect(timeline(events)).toEqual(['login@0', 'token_expired@3600', 'disconnected@3600', 'renew_requested@3605', 'login@3605.2']);
    expect(ofType(events, 'token_expired')[0]).toMatchObject({ effect: 'disconnect', callback: 'onUserSigExpired' });
  });

  it('IM: a new login before expiry on the app\'s timer keeps the user online; a UserSig for another user is refused with 70013', () => {
    const ok = runScenario({ platform: 'tencent-im', tokenTtlSeconds: HOUR, durationSeconds: 3700, renewal: { policy: 'before-expiry', leadSeconds: 300 } });
    expect(timeline(ok.events)).toEqual(['login@0', 'renew_requested@3300', 'renew_succeeded@3300.2']);
    const wrong = runScenario({ platform: 'tencent-im', tokenTtlSeconds: HOUR, durationSeconds: 3700, renewal: { policy: 'before-expiry', leadSeconds: 300, faults: { otherUser: 1 } } });
    expect(ofType(wrong.events, 'renew_failed')[0]).toMatchObject({ reason: 'rejected', code: 70013 });
  });

  it('TRTC: an expired UserSig does nothing in the room, even across a reconnect (assumed); switched, it removes the user', () => {
    const stays = runScenario({ platform: 'tencent-trtc', tokenTtlSeconds: HOUR, durationSeconds: 4000, renewal: never, outages: [{ atSeconds: 3500, forSeconds: 300 }] });
    expect(timeline(stays.events)).toEqual(['login@0', 'network_lost@3500', 'reconnecting@3500', 'token_expired@3600', 'network_restored@3800', 'reconnected@3819']);
    expect(ofType(stays.events, 'token_expired')[0]!.effect).toBe('none');
    const removed = runScenario({ platform: 'tencent-trtc', tokenTtlSeconds: HOUR, renewal: never, assumptions: { switches: { trtcExpiryExitsRoom: true } } });
    expect(timeline(removed.events)).toEqual(['login@0', 'token_expired@3600', 'disconnected@3600']);
  });

  it('TRTC: room entry with a wrong UserSig fails with -100018', () => {
    const { events } = runScenario({ platform: 'tencent-trtc', tokenTtlSeconds: 60, durationSeconds: 120, renewal: { faults: { otherApp: 1 } }, relogin: { enabled: true, delaySeconds: 0 }, maxEvents: 20 });
    // The first UserSig is good; the app is never asked for another: TRTC takes none during a session.
    expect(ofType(events, 'renew_requested')).toHaveLength(0);
    expect(timeline(events)).toEqual(['login@0', 'token_expired@60']);
    const entry = runScenario({ platform: 'tencent-im', tokenTtlSeconds: 60, durationSeconds: 100, renewal: { policy: 'never', faults: { otherApp: 1 } }, relogin: { enabled: true, delaySeconds: 5 } });
    expect(ofType(entry.events, 'login_failed')[0]!.code).toBe(70014);
  });
});

describe('LiveKit', () => {
  it('the server hands a 10-min token every 5 min, so expiry never drops the live session', () => {
    const { events, summary } = runScenario({ platform: 'livekit', tokenTtlSeconds: 600, durationSeconds: 1300 });
    expect(timeline(events)).toEqual(['login@0']);
    const refreshed = ofType(events, 'token_issued').filter((e) => e.serverRefresh === true);
    expect(refreshed.map((e) => [e.t, e.expire])).toEqual([
      [300, 900],
      [600, 1200],
      [900, 1500],
      [1200, 1800],
    ]);
    expect(ofType(events, 'renew_requested')).toHaveLength(0);
    expect(summary.connectedPercent).toBe(100);
  });

  it('a reconnect after a short outage uses the refreshed token; after a long one it gets 401', () => {
    const short = runScenario({ platform: 'livekit', tokenTtlSeconds: 600, durationSeconds: 1000, outages: [{ atSeconds: 400, forSeconds: 120 }] });
    expect(ofType(short.events, 'reconnected')).toHaveLength(1);
    const long = runScenario({ platform: 'livekit', tokenTtlSeconds: 600, durationSeconds: 2000, outages: [{ atSeconds: 400, forSeconds: 900 }] });
    expect(timeline(long.events)).toEqual([
      'login@0',
      'network_lost@400',
      'reconnecting@400',
      'token_expired@900',
      'network_restored@1300',
      'login_failed@1327',
      'disconnected@1327',
    ]);
    expect(ofType(long.events, 'token_expired')[0]!.effect).toBe('reconnect-will-fail');
    expect(ofType(long.events, 'login_failed')[0]).toMatchObject({ code: 401, reason: 'token_expired', during: 'reconnect' });
  });
});

describe('Twilio', () => {
  it('Video stays connected past expiry; a reconnection afterwards fails with 20104', () => {
    const { events } = runScenario({ platform: 'twilio-video', tokenTtlSeconds: HOUR, durationSeconds: 4000, renewal: { policy: 'before-expiry' }, outages: [{ atSeconds: 3700, forSeconds: 60 }] });
    // The app's timer does nothing: a connected Room takes no new token.
    expect(timeline(events)).toEqual([
      'login@0',
      'token_expired@3600',
      'network_lost@3700',
      'reconnecting@3700',
      'network_restored@3760',
      'login_failed@3763',
      'disconnected@3763',
    ]);
    expect(ofType(events, 'token_expired')[0]!.effect).toBe('none');
    expect(ofType(events, 'login_failed')[0]).toMatchObject({ code: 20104, during: 'reconnect' });
  });

  it('Voice: tokenWillExpire 10 s before; updateToken on it keeps the Device going', () => {
    const { events } = runScenario({ platform: 'twilio-voice', tokenTtlSeconds: HOUR, durationSeconds: 3700 });
    expect(timeline(events)).toEqual(['login@0', 'token_will_expire@3590', 'renew_requested@3590', 'renew_succeeded@3590.2']);
    expect(ofType(events, 'token_will_expire')[0]!.remainingSeconds).toBe(10);
  });

  it('Voice: a 5-s token under the 10-s lead is not warned at once unless the assumption is switched on', () => {
    expect(timeline(runScenario({ platform: 'twilio-voice', tokenTtlSeconds: 5, durationSeconds: 6, renewal: never }).events)).toEqual(['login@0', 'token_expired@5']);
    const atOnce = runScenario({ platform: 'twilio-voice', tokenTtlSeconds: 5, durationSeconds: 6, renewal: never, assumptions: { switches: { twilioVoiceWarnsAtOnce: true } } });
    expect(timeline(atOnce.events)).toEqual(['login@0', 'token_will_expire@0', 'token_expired@5']);
  });

  it('Conversations: tokenAboutToExpire 3 min before (assumed) and tokenExpired at expiry', () => {
    const { events } = runScenario({ platform: 'twilio-conversations', tokenTtlSeconds: HOUR, renewal: never });
    expect(timeline(events)).toEqual(['login@0', 'token_will_expire@3420', 'token_expired@3600', 'disconnected@3600']);
    expect(ofType(events, 'token_expired')[0]!.callback).toBe('tokenExpired');
  });

  it('a TTL over Twilio\'s 24 h cannot be minted: the run fails before its first event, naming the field', () => {
    expect(() => runScenario({ platform: 'twilio-video', tokenTtlSeconds: 2 * 86_400 })).toThrow(/Twilio Access Token \(JWT\) cannot mint this scenario's tokens: ttl/);
  });
});

describe('the tokens are real', () => {
  const platforms = ['agora-rtc-native', 'agora-rtc-web', 'agora-rtm-2', 'agora-chat', 'tencent-im', 'tencent-trtc', 'livekit', 'twilio-video', 'twilio-voice', 'twilio-conversations', 'jwt-generic-server'];

  it.each(platforms)('%s: every token is its family\'s, expiring when the event says', (platform) => {
    const family = defaultRegistry.platform(platform)!.family;
    // Renewed on the app's timer, or (TRTC, Twilio Video: no renewal in a session) by a relogin after the token ended the session.
    const { events } = runScenario({ platform, tokenTtlSeconds: 600, durationSeconds: 1300, renewal: { policy: 'before-expiry' }, outages: [{ atSeconds: 700, forSeconds: 60 }], relogin: { enabled: true }, ...(platform === 'tencent-trtc' ? { assumptions: { switches: { trtcExpiryExitsRoom: true } } } : {}) });
    const issued = ofType(events, 'token_issued');
    expect(issued.length).toBeGreaterThan(1);
    for (const e of issued) {
      const inspection = defaultRegistry.inspect(e.token, { now: 1_700_000_000 });
      expect(inspection.format).toBe(family.id);
      expect(inspection.expiresAt).toBe(1_700_000_000 + e.expire);
    }
  });

  it.each(platforms)('%s: every event and the summary pass the IPC / export schemas', (platform) => {
    const run = runScenario({ platform, tokenTtlSeconds: 300, durationSeconds: 3600, renewal: { policy: 'never' }, outages: [{ atSeconds: 1000, forSeconds: 900 }], relogin: { enabled: true } });
    for (const e of run.events) expect(simEventSchema.safeParse(e).success).toBe(true);
    expect(simSummarySchema.safeParse(run.summary).success).toBe(true);
    expect(simIdentitySchema.safeParse(run.identity).success).toBe(true);
  });

  it.each(platforms)('%s: the same scenario and seed give the same bytes', (platform) => {
    const input: ScenarioInput = { platform, tokenTtlSeconds: 300, durationSeconds: 3600, clients: 3, renewal: { faults: { otherApp: 0.2, otherSecret: 0.2 } }, outages: [{ atSeconds: 1000, forSeconds: 700 }] };
    const bytes = () => JSON.stringify(runScenario(input));
    expect(bytes()).toBe(bytes());
  });

  it('a profile\'s credentials mint tokens that verify with its secret, and the run names only its public identifiers', () => {
    const parsed = parseScenario({ platform: 'agora-rtc-native', tokenTtlSeconds: 600, durationSeconds: 60 });
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const secret = '0123456789abcdef0123456789abcdef';
    const appId = '970ca35de60c44645bbae8a215061b33';
    const run = runSimulation(parsed.scenario, { crypto: nodeCryptoPort, credentials: { secret, credentials: { appId } } });
    expect(run.identity).toEqual({ appId: null, appKey: null, roomId: null, app: 'App ID 970c…1b33' });
    const token = ofType(run.events, 'token_issued')[0]!.token;
    const inspection = defaultRegistry.inspect(token, { now: 1_700_000_010, secret, expect: { appId } }, nodeCryptoPort);
    expect(inspection.verdict).toBe('valid');
    expect(JSON.stringify(run)).not.toContain(secret);
    expect(() => runSimulation(parsed.scenario, { crypto: nodeCryptoPort, credentials: { secret: 'short', credentials: { appId } } })).toThrow('App Certificate is 32 hex characters');
  });
});
