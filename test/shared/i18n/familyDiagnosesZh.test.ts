/**
 * The newer families' diagnoses read in Chinese as the inspector renders them (catalogue text
 * by code, the engine's params, `at` as a relative and an absolute time): over every vector,
 * with and without its secret, no sentence shows a raw {{placeholder}}, and the codes issue 11
 * names have their Chinese text.
 */
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { defaultRegistry } from '../../../src/shared/families/registry';
import { createI18n } from '../../../src/shared/i18n/createI18n';
import { zhCN } from '../../../src/shared/i18n/zh-CN';
import type { Diagnosis } from '../../../src/shared/tokens/types';
import { loadFamilyVectors, vectorSecret } from '../../support/familyVectors';
import { jwtSecretOf } from '../../support/jwtVectors';

const FILES = ['agora-accesstoken2', 'agora-accesstoken', 'tencent-usersig-v2', 'livekit-jwt', 'twilio-jwt', 'jwt-generic'];
const i18n = createI18n('zh-CN');

/** What DiagnosisList shows in a language other than English. */
function zhText(d: Diagnosis): string {
  const at = typeof d.params?.['at'] === 'number' ? d.params['at'] : null;
  const extra = at !== null ? { relative: `R(${at})`, time: `T(${at})` } : {};
  return i18n.t(`diagnosis.${d.code}`, { ...d.params, ...extra, defaultValue: d.message });
}

describe('newer families: diagnoses in Chinese', () => {
  const seen = new Set<string>();
  for (const file of FILES) {
    it(`${file}: no raw placeholder in any diagnosis`, () => {
      for (const v of loadFamilyVectors(`${file}.json`)) {
        const e = v.expect as typeof v.expect & { expectedAccountSid?: string };
        for (const secret of [undefined, vectorSecret(v) ?? jwtSecretOf(v)]) {
          const expect_ = { appId: e.expectedAppId === undefined ? undefined : String(e.expectedAppId), userId: e.expectedUserId, accountSid: e.expectedAccountSid };
          const out = defaultRegistry.inspect(v.token, { now: e.now, secret, expect: expect_ }, nodeCryptoPort);
          for (const d of out.diagnoses) {
            seen.add(d.code);
            expect(zhText(d), `${v.id} ${d.code}`).not.toMatch(/\{\{/);
            // Every code has its Chinese sentence: none falls back to the engine's English.
            expect(zhText(d), `${v.id} ${d.code}`).toMatch(/[\u4e00-\u9fff]/);
          }
        }
      }
    });
  }

  it('the mistakes issue 11 names have Chinese text', () => {
    const zh = (zhCN as unknown as { diagnosis: Record<string, string> }).diagnosis;
    for (const code of ['uid_zero', 'wrong_certificate', 'agora_006_not_007', 'agora_007_not_006', 'usersig_standard_alphabet', 'usersig_base64url', 'alg_none', 'nbf_in_future', 'exp_in_milliseconds', 'twilio_ttl_over_24h', 'twilio_iss_sub_swapped', 'expired_by', 'app_id_mismatch']) {
      expect(zh[code], code).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(seen.has('alg_none') && seen.has('twilio_ttl_over_24h') && seen.has('wrong_certificate')).toBe(true);
  });
});

describe('Agora privilege findings in Chinese', () => {
  it('a join privilege that ends before the token reads as such, with the SDK callback; an unbounded one says it follows the token', () => {
    const v = loadFamilyVectors('agora-accesstoken2.json').find((x) => x.id.startsWith('at2-pub-018'))!;
    const out = defaultRegistry.inspect(v.token, { now: v.expect.now });
    const early = out.diagnoses.find((d) => d.code === 'privilege_expires_before_token')!;
    expect(zhText(early)).toMatch(/^rtc joinChannel 权限在 T\(\d+\)（R\(\d+\)）结束，早于令牌本身。到期前 30 秒 SDK 会触发 onTokenPrivilegeWillExpire/);
    const account = out.diagnoses.find((d) => d.code === 'uid_account')!;
    expect(zhText(account)).toContain('绑定字符串账号 "speaker-3"');
    const unbounded = loadFamilyVectors('agora-accesstoken2.json')
      .flatMap((x) => defaultRegistry.inspect(x.token, { now: x.expect.now }).diagnoses)
      .find((d) => d.code === 'privilege_expiry' && d.params?.['context'] === 'unbounded')!;
    expect(zhText(unbounded)).toContain('未单独限制（0），以令牌的过期时间为准');
  });
});

describe('Tencent and mismatch findings in Chinese', () => {
  it('a PrivateMapKey names its room, expiry and bits; a user mismatch names both users', () => {
    const v = loadFamilyVectors('tencent-usersig-v2.json').find((x) => x.id.startsWith('tus-pub-008'))!;
    const pmk = defaultRegistry.inspect(v.token, { now: v.expect.now }).diagnoses.find((d) => d.code === 'private_map_key')!;
    expect(zhText(pmk)).toMatch(/^PrivateMapKey 对应房间 1234，有效至 T\(\d+\)（R\(\d+\)）；权限位 255/);
    const lk = loadFamilyVectors('livekit-jwt.json').find((x) => x.expect.verdict === 'user_id_mismatch')!;
    const out = defaultRegistry.inspect(lk.token, { now: lk.expect.now, secret: jwtSecretOf(lk), expect: { userId: lk.expect.expectedUserId } }, nodeCryptoPort);
    const mismatch = out.diagnoses.find((d) => d.code === 'user_id_mismatch')!;
    expect(zhText(mismatch)).toBe(`这个令牌属于 "${String(out.fields?.['sub'])}"，而不是 "${lk.expect.expectedUserId}"。`);
  });
});
