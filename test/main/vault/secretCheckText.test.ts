/**
 * A pasted secret that its family refuses is explained in the reader's language: the English is
 * the family's own sentence, word for word, and a Chinese page reads Chinese.
 */
import { describe, expect, it } from 'vitest';
import { normalizeSecret } from '../../../src/main/vault/profileVault';
import { MainTextError, wordError } from '../../../src/main/i18n/mainText';
import { TokenLabError } from '../../../src/shared/errors';
import { defaultRegistry } from '../../../src/shared/families/registry';

const cases: Array<[family: string, raw: string, zh: RegExp]> = [
  ['zego-token04', '   ', /^密钥为空$/],
  ['zego-token04', 'abc\u0000def', /第 4 个字符处含有 NUL 字符/],
  ['zego-token04', 'abc\u0007def', /控制字符（U\+0007）/],
  ['zego-token04', 'abc def', /空白字符/],
  ['zego-token04', 'x'.repeat(31), /应为 32 个字符，这个有 31 个/],
  ['agora-accesstoken2', '5CFd2fd1755d40ecb72977518be15d3', /App 证书应为 32 个十六进制字符；这个有 31 个字符。$/],
  ['agora-accesstoken', 'z'.repeat(32), /且不全是十六进制/],
  ['jwt-generic', 'base64url:***', /不是 base64url/],
  ['jwt-generic', 'base64url:', /HMAC 密钥为空/],
  ['tencent-usersig-v2', '', /^SDK 密钥（SecretKey）为空。$/],
  ['twilio-jwt', '', /^API Key 密钥为空。$/],
  ['livekit-jwt', '', /^API 密钥（API secret）为空。$/],
];

describe('a refused secret, in the reader’s language', () => {
  it.each(cases)('%s refuses %j with its own English and a Chinese sentence', (id, raw, zh) => {
    const family = defaultRegistry.get(id)!;
    const checked = family.profile.checkSecret(raw);
    expect(checked.ok).toBe(false);
    let thrown: unknown;
    try {
      normalizeSecret(family, raw);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(MainTextError);
    const error = thrown as TokenLabError;
    // The English (logs, --json, the CLI) is the family's sentence, and the codes are kept.
    expect(error.message).toBe(checked.ok ? '' : checked.message);
    expect(error.vendorCode).toBe(checked.ok ? undefined : checked.vendorCode);
    expect(wordError(error, 'en')).toBe(error.message);
    expect(wordError(error, 'zh-CN')).toMatch(zh);
  });
});
