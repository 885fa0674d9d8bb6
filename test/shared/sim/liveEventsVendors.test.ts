/**
 * The live mode with the newer vendors' tokens: a pasted token of any family is counted down
 * on that family's platform, and its plan follows the same rules as the simulator.
 */
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { defaultRegistry } from '../../../src/shared/families/registry';
import { parseScenario } from '../../../src/shared/sim/parseScenario';
import { runSimulation } from '../../../src/shared/sim/simulate';
import { ofType } from './runScenario';
import { LIVE_PLATFORMS, upcomingLiveEvents, type LiveEventsInput } from '../../../src/shared/sim/liveEvents';
import { loadVectors } from '../../support/vectors';

const base = { expiresAt: 10_000, issuedAt: 6400, now: 9000, leadSeconds: 60 } as const;
const plan = (platform: string, policy: LiveEventsInput['policy'] = 'on-will-expire') => upcomingLiveEvents({ ...base, platform, policy });
const rows = (platform: string, policy?: LiveEventsInput['policy']) => plan(platform, policy).events.map((e) => `${e.type}@${e.at}${e.code === null ? '' : `#${e.code}`}${e.ifNotRenewed ? '?' : ''}`);

describe('live plans of the newer platforms', () => {
  it('Agora RTC: warning 30 s before, onRequestToken and a kick (reason 9) at expiry if the renewal fails', () => {
    expect(rows('agora-rtc-native')).toEqual(['login@9000', 'token_will_expire@9970', 'renew_requested@9970', 'token_expired@10000?', 'disconnected@10000#9?']);
    expect(plan('agora-rtc-native').events[3]!.detail).toContain('onRequestToken');
  });

  it('Twilio Voice warns 10 s before; Video has no warning and carries on past expiry', () => {
    expect(rows('twilio-voice')).toEqual(['login@9000', 'token_will_expire@9990', 'renew_requested@9990', 'token_expired@10000?']);
    expect(rows('twilio-video')).toEqual(['login@9000', 'token_expired@10000']);
    expect(plan('twilio-video').events[1]!.detail).toContain('20104');
  });

  it('LiveKit: the server refreshes the token, so its expiry does not end the session', () => {
    expect(rows('livekit')).toEqual(['login@9000', 'token_issued@9300', 'token_expired@10000']);
    expect(plan('livekit').events[2]!.detail).toContain('goes on');
  });

  it('Tencent IM: no warning; onUserSigExpired and a new login at expiry. TRTC: nothing until the next entry (assumed)', () => {
    expect(rows('tencent-im')).toEqual(['login@9000', 'token_expired@10000', 'disconnected@10000']);
    expect(plan('tencent-trtc').events.at(-1)!.assumption).toContain('not documented');
  });

  it('an assumed rule says so on the event that relies on it (Agora Chat\'s lead, Conversations\' lead)', () => {
    expect(plan('agora-chat').events[1]!.assumption).toContain('not documented');
    expect(plan('twilio-conversations').events[1]).toMatchObject({ type: 'token_will_expire', at: 9820 });
  });
});

describe('any family\'s token has a live platform', () => {
  const files = ['agora-accesstoken2.json', 'agora-accesstoken.json', 'tencent-usersig-v2.json', 'livekit-jwt.json', 'twilio-jwt.json', 'jwt-generic.json'];
  it.each(files)('%s: its family declares a platform the live mode offers', (file) => {
    const vector = loadVectors(file).find((v) => typeof v.token === 'string')!;
    const inspection = defaultRegistry.inspect(vector.token as string, { now: 0 });
    const family = defaultRegistry.get(inspection.format)!;
    expect(family.lifecycle.platforms.some((p) => LIVE_PLATFORMS.includes(p.id))).toBe(true);
  });
});

describe('an Agora token whose join privilege ends first', () => {
  it('the live plan warns 30 s before the join privilege ends and the kick comes then, not at the token\'s expiry', () => {
    const parsed = parseScenario({ platform: 'agora-rtc-native', tokenTtlSeconds: 3600, durationSeconds: 1, agora: { joinPrivilegeSeconds: 300 } });
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const token = ofType(runSimulation(parsed.scenario, { crypto: nodeCryptoPort }).events, 'token_issued')[0]!.token;
    const inspection = defaultRegistry.inspect(token, { now: 0, detail: 'verdict' });
    const family = defaultRegistry.get(inspection.format)!;
    const sessionEndsAt = family.lifecycle.sessionEndOf?.('agora-rtc-native', inspection.fields ?? {}, inspection.expiresAt!) ?? null;
    expect(sessionEndsAt).toBe(1_700_000_300);
    const live = upcomingLiveEvents({ platform: 'agora-rtc-native', expiresAt: inspection.expiresAt!, issuedAt: null, now: 1_700_000_000, policy: 'never', leadSeconds: 60, sessionEndsAt });
    expect(live.events.map((e) => `${e.type}@${e.at - 1_700_000_000}`)).toEqual(['login@0', 'token_will_expire@270', 'token_expired@300', 'disconnected@300']);
    expect(live.events[2]!.detail).toContain('The join privilege ends, 55m before the token expires');
    // Other platforms do not read it.
    expect(family.lifecycle.sessionEndOf?.('agora-rtm-2', inspection.fields ?? {}, inspection.expiresAt!)).toBeNull();
  });
});
