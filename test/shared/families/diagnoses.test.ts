/**
 * The plain-words diagnoses issue 11 asks for, on real vector tokens: each is shown for the
 * mistake it names (and the verdict stays the rules' verdict).
 */
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { agoraAccessToken } from '../../../src/shared/families/agora-accesstoken';
import { agoraAccessToken2 } from '../../../src/shared/families/agora-accesstoken2';
import type { Expectations, TokenFamily } from '../../../src/shared/families/family';
import { asInspection, asWide, baseInspection } from '../../../src/shared/families/support/wideInspection';
import { tencentUserSigV2 } from '../../../src/shared/families/tencent-usersig-v2';
import { loadFamilyVectors, vectorSecret, type FamilyVector } from '../../support/familyVectors';

const at2 = loadFamilyVectors('agora-accesstoken2.json');
const at = loadFamilyVectors('agora-accesstoken.json');
const tus = loadFamilyVectors('tencent-usersig-v2.json');
const byId = (list: FamilyVector[], part: string) => list.find((v) => v.id.includes(part))!;

function run(family: TokenFamily<unknown, unknown>, v: FamilyVector, expect_: Expectations, secret = vectorSecret(v), token = v.token) {
  const out = asWide(family.inspect(asInspection(baseInspection(token)), { now: v.expect.now, secret, expect: expect_ }, nodeCryptoPort));
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
