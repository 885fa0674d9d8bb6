/**
 * The plain-words diagnoses issue 11 asks for, on real vector tokens: each is shown for the
 * mistake it names (and the verdict stays the rules' verdict).
 */
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { agoraAccessToken } from '../../../src/shared/families/agora-accesstoken';
import { agoraAccessToken2 } from '../../../src/shared/families/agora-accesstoken2';
import type { Expectations, TokenFamily } from '../../../src/shared/families/family';
import { baseInspection } from '../../../src/shared/families/support/wideInspection';
import { tencentUserSigV2 } from '../../../src/shared/families/tencent-usersig-v2';
import { utf8Encode } from '../../../src/shared/encoding/bytes';
import { defaultRegistry } from '../../../src/shared/families/registry';
import { signCompact } from '../../../src/shared/families/support/jwt';
import { jwtSecretOf } from '../../support/jwtVectors';
import { loadFamilyVectors, vectorSecret, type FamilyVector } from '../../support/familyVectors';

const at2 = loadFamilyVectors('agora-accesstoken2.json');
const at = loadFamilyVectors('agora-accesstoken.json');
const tus = loadFamilyVectors('tencent-usersig-v2.json');
const byId = (list: FamilyVector[], part: string) => list.find((v) => v.id.includes(part))!;

function run(family: TokenFamily<unknown, unknown>, v: FamilyVector, expect_: Expectations, secret = vectorSecret(v), token = v.token) {
  const out = (family.inspect(baseInspection(token), { now: v.expect.now, secret, expect: expect_ }, nodeCryptoPort));
  return { out, codes: out.diagnoses.map((d) => d.code), text: out.diagnoses.map((d) => d.message).join('\n') };
}
const a2 = agoraAccessToken2 as TokenFamily<unknown, unknown>;
const a1 = agoraAccessToken as TokenFamily<unknown, unknown>;
const tc = tencentUserSigV2 as TokenFamily<unknown, unknown>;

describe('Agora diagnoses', () => {
  it('a join privilege that ends before the token says so, with the kick, and the verdict stays valid', () => {
    const { out, codes, text } = run(a2, byId(at2, 'at2-pub-018'), {});
    expect(out.verdict).toBe('valid');
    expect(codes).toContain('privilege_expires_before_token');
    expect(text).toMatch(/join.*before the token itself.*removes the user/s);
    expect(out.fields?.['privilegesExpiredAtNow']).toHaveLength(1);
  });

  it('uid 0 is named as "any user"; a string account and a numeric uid are told apart on mismatch', () => {
    expect(run(a2, byId(at2, 'at2-pub-015'), {}).codes).toContain('uid_zero');
    const account = run(a2, byId(at2, 'at2-pub-014'), { userId: '1001' });
    expect(account.out.verdict).toBe('user_id_mismatch');
    expect(account.text).toContain('string account while you expect a numeric uid');
    const zero = run(a2, byId(at2, 'at2-pub-012'), { userId: '0' });
    expect(zero.out.verdict).toBe('user_id_mismatch');
    expect(zero.text).toContain('uid 0');
  });

  it('a 006 token given to the 007 family, and a 007 token to the 006 family, are named', () => {
    const v006 = byId(at, 'at-pub-004');
    expect(run(a2, v006, {}, undefined, v006.token).codes).toContain('agora_006_not_007');
    const v007 = byId(at2, 'at2-pub-012');
    expect(run(a1, v007, {}, undefined, v007.token).codes).toContain('agora_007_not_006');
  });

  it('the wrong certificate is said in plain words', () => {
    const { out, codes, text } = run(a2, byId(at2, 'at2-neg-pub-004'), {});
    expect(out.verdict).toBe('wrong_secret_or_tampered');
    expect(codes).toContain('wrong_certificate');
    expect(text).toContain("another project's certificate");
  });

  it('a 006 channel mismatch names the channel; a uid mismatch says an integer uid and an account differ', () => {
    const channel = run(a1, byId(at, 'at-neg-pub-007'), { channel: 'neg-legacy-X', uid: '8080' });
    expect(channel.codes).toContain('channel_mismatch');
    expect(channel.text).toContain('"neg-legacy-X"');
    const uid = run(a1, byId(at, 'at-neg-pub-008'), { channel: 'neg-legacy-1', uid: '8081' });
    expect(uid.out.verdict).toBe('user_id_mismatch');
    expect(uid.text).toContain('integer uid and a string account are different users');
  });

  it('a 006 RTM token verifies from --user-id alone (the account is its channel)', () => {
    const v = byId(at, 'at-pub-013');
    expect(run(a1, v, { userId: 'legacy-rtm-user' }).out.verdict).toBe('valid');
  });
});

describe('Tencent diagnoses', () => {
  it('a PrivateMapKey for another room is a warning, not a verdict change', () => {
    const v = byId(tus, 'pmk_all_255');
    const { out, codes } = run(tc, v, { channel: '999' });
    expect(out.verdict).toBe('valid');
    expect(codes).toContain('private_map_key_other_room');
    expect(run(tc, v, { channel: '1234' }).codes).not.toContain('private_map_key_other_room');
  });

  it('a PrivateMapKey whose account is not the identifier is named', () => {
    expect(run(tc, byId(tus, 'pmk_unicode_user_lowbyte'), {}).codes).toContain('private_map_key_other_user');
  });

  it('an SDKAppID mismatch gives the IM code', () => {
    const { out, text } = run(tc, byId(tus, 'app-id-mismatch'), { appId: '1400900099' });
    expect(out.verdict).toBe('app_id_mismatch');
    expect(text).toContain('70014');
  });

  it('base64url re-encoding is told apart from the UserSig alphabet', () => {
    const v = byId(tus, 'tus-pub-001');
    const url = v.token.replace(/\*/g, '-').replace(/_+$/, '');
    const mid = url.slice(0, 20) + '_' + url.slice(21);
    expect(run(tc, v, {}, undefined, mid + '_').codes).toContain('usersig_base64url');
  });
});

describe('JWT diagnoses (LiveKit, Twilio, generic)', () => {
  const lk = loadFamilyVectors('livekit-jwt.json');
  const tw = loadFamilyVectors('twilio-jwt.json');
  const jg = loadFamilyVectors('jwt-generic.json');
  const judge = (token: string, now: number, secret?: string, expect_: Expectations = {}) => {
    const out = defaultRegistry.inspect(token, { now, secret, expect: expect_ }, nodeCryptoPort);
    return { out, codes: out.diagnoses.map((d) => d.code), text: out.diagnoses.map((d) => d.message).join('\n') };
  };
  const KEY = 'a-thirty-two-byte-long-hmac-key!!';
  const sign = (header: object, claims: object) => signCompact('HS256', utf8Encode(KEY), JSON.stringify(header), JSON.stringify(claims), nodeCryptoPort);
  const NOW = 1_760_000_000;

  it('alg "none" is named as an unsigned token, with or without a secret', () => {
    for (const v of [byId(lk, 'lk-neg-pub-004'), byId(tw, 'tw-neg-pub-007'), byId(jg, 'rfc7519_6_1-unsecured')]) {
      for (const secret of [undefined, jwtSecretOf(v)]) {
        const { out, codes, text } = judge(v.token, v.expect.now, secret);
        expect(out.verdict).toBe('wrong_secret_or_tampered');
        expect(codes).toContain('alg_none');
        expect(text).toContain('unsigned');
      }
    }
  });

  it('exp in milliseconds is said, and the verdict stays the rules\' one; a far but real exp (9999-12-31) is not flagged', () => {
    const token = sign({ alg: 'HS256', typ: 'JWT' }, { sub: 'u1', iat: NOW, exp: NOW * 1000 + 3_600_000 });
    const blind = judge(token, NOW + 10);
    expect(blind.codes).toContain('exp_in_milliseconds');
    expect(blind.text).toContain('milliseconds');
    const keyed = judge(token, NOW + 10, KEY);
    expect(keyed.out.verdict).toBe('valid');
    expect(keyed.codes).toContain('exp_in_milliseconds');
    const farButSeconds = byId(jg, 'jg-pub-016');
    expect(judge(farButSeconds.token, farButSeconds.expect.now, jwtSecretOf(farButSeconds)).codes).not.toContain('exp_in_milliseconds');
  });

  it('nbf in the future is said without a secret; with it the verdict is not_yet_valid', () => {
    for (const v of [byId(lk, 'lk-neg-pub-013'), byId(tw, 'tw-neg-pub-013')]) {
      const blind = judge(v.token, v.expect.now);
      expect(blind.out.verdict).toBe('unverified');
      expect(blind.codes).toContain('nbf_in_future');
      const keyed = judge(v.token, v.expect.now, jwtSecretOf(v));
      expect(keyed.out.verdict).toBe('not_yet_valid');
      expect(keyed.codes).toContain('not_yet_valid_by');
    }
  });

  it('a Twilio token with iss and sub swapped, or with iss not an API key SID, says what Twilio expects', () => {
    const AC = 'AC' + 'a'.repeat(32);
    const SK = 'SK' + 'b'.repeat(32);
    const header = { alg: 'HS256', typ: 'JWT', cty: 'twilio-fpa;v=1' };
    const swapped = sign(header, { jti: `${AC}-${NOW}`, grants: { identity: 'alice', video: {} }, iat: NOW, exp: NOW + 3600, iss: AC, sub: SK });
    const s = judge(swapped, NOW + 5, KEY);
    expect(s.out.format).toBe('twilio-jwt');
    expect(s.codes).toContain('twilio_iss_sub_swapped');
    expect(s.text).toContain('20103');
    expect(judge(swapped, NOW + 5, KEY, { appId: SK }).out.verdict).toBe('app_id_mismatch');
    const oddIss = sign(header, { grants: { identity: 'alice', video: {} }, iat: NOW, exp: NOW + 3600, iss: 'my-key', sub: AC });
    expect(judge(oddIss, NOW + 5).codes).toEqual(expect.arrayContaining(['twilio_iss_not_api_key']));
    const fine = sign(header, { grants: { identity: 'alice', video: {} }, iat: NOW, exp: NOW + 3600, iss: SK, sub: AC });
    expect(judge(fine, NOW + 5, KEY).codes.filter((c) => c.startsWith('twilio_') && c !== 'twilio_grants')).toEqual([]);
    const anonymous = sign(header, { grants: { video: { room: 'r' } }, iat: NOW, exp: NOW + 3600, iss: SK, sub: AC });
    expect(judge(anonymous, NOW + 5, KEY).codes).toContain('twilio_no_identity');
  });

  it('a Twilio TTL over 24 h names error 20157, without a secret too, and the verdict is unchanged', () => {
    const v = byId(tw, 'tw-neg-pub-014');
    const blind = judge(v.token, v.expect.now);
    expect(blind.codes).toContain('twilio_ttl_over_24h');
    expect(blind.text).toContain('20157');
    expect(judge(v.token, v.expect.now, jwtSecretOf(v)).out.verdict).toBe(v.expect.verdict);
  });

  it('a LiveKit token that joins a room without an identity is named; one that only creates rooms is not', () => {
    const joins = sign({ alg: 'HS256' }, { video: { roomJoin: true, room: 'standup' }, iss: 'APIkey', exp: NOW + 600, nbf: NOW });
    const j = judge(joins, NOW + 5, KEY);
    expect(j.out.format).toBe('livekit-jwt');
    expect(j.codes).toContain('livekit_join_without_identity');
    const creator = byId(lk, 'room_create_empty_identity');
    expect(judge(creator.token, creator.expect.now, jwtSecretOf(creator)).codes).not.toContain('livekit_join_without_identity');
  });

  it('an expected iss or sub that the token does not carry is a mismatch verdict naming both', () => {
    const v = lk.find((x) => x.expect.verdict === 'valid' && typeof x.expect.expectedUserId === 'string')!;
    const iss = judge(v.token, v.expect.now, jwtSecretOf(v), { appId: 'APIother' });
    expect(iss.out.verdict).toBe('app_id_mismatch');
    expect(iss.text).toContain('"APIother"');
    const sub = judge(v.token, v.expect.now, jwtSecretOf(v), { userId: 'mallory' });
    expect(sub.out.verdict).toBe('user_id_mismatch');
    expect(sub.text).toContain('"mallory"');
  });
});

describe('LiveKit and Twilio grants in plain words', () => {
  const lk = loadFamilyVectors('livekit-jwt.json');
  const tw = loadFamilyVectors('twilio-jwt.json');
  const notes = (v: FamilyVector) => defaultRegistry.inspect(v.token, { now: v.expect.now }).diagnoses;
  const text = (v: FamilyVector, code: string) => notes(v).find((d) => d.code === code)?.message ?? '';

  it('the video grant lists what it allows (left-out publish flags count as allowed) and what it denies', () => {
    expect(text(byId(lk, 'lk-pub-001'), 'livekit_video_grant')).toBe('Video grant, room "standup": allows roomJoin, canPublish, canSubscribe, canPublishData (canPublish, canSubscribe and canPublishData count as allowed when left out); denies —.');
    expect(text(byId(lk, 'lk-pub-003'), 'livekit_video_grant')).toContain('denies canPublish, canPublishData');
    expect(text(byId(lk, 'lk-pub-003'), 'livekit_video_grant')).toMatch(/allows roomJoin, canSubscribe[;. ]/);
  });

  it('SIP, kind, attributes and room configuration are named', () => {
    expect(text(byId(lk, 'lk-pub-016'), 'livekit_sip_grant')).toBe('SIP grant: admin, call.');
    expect(text(byId(lk, 'lk-pub-017'), 'livekit_sip_grant')).toBe('SIP grant: call.');
    expect(text(byId(lk, 'lk-pub-015'), 'livekit_kind')).toBe('Participant kind: agent.');
    expect(text(byId(lk, 'lk-pub-018'), 'livekit_attributes')).toBe('Participant attributes: role, tier.');
    expect(text(byId(lk, 'lk-pub-029'), 'livekit_room_config')).toContain('agents');
  });

  it('Twilio grants list each service with its settings', () => {
    expect(text(byId(tw, 'tw-pub-001'), 'twilio_grants')).toBe('Grants: video (room DailyStandup).');
    expect(text(byId(tw, 'tw-pub-006'), 'twilio_grants')).toMatch(/voice \(incoming \{"allow":true\}, outgoing \{"application_sid":"AP/);
  });
});
