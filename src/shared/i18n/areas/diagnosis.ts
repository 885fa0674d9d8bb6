/**
 * Diagnoses whose sentence needs no values, by code, beyond the first ones in en.ts: the CLI and
 * the screens word them from here in Chinese (English keeps the engine's own message, which may
 * be more specific to the family). English and Chinese side by side, the same keys.
 */
import type { Strings } from '../strings';

export const diagnosisEn = {
  base64url_alphabet: 'This token uses the base64url alphabet ("-" and "_", no "=" padding) where standard base64 is expected: a URL encoder or copy step changed it.',
  bearer_prefix: 'The text starts with "Bearer ": that is the HTTP Authorization scheme, not part of the token. Paste only what follows it.',
  trailing_bytes: 'Bytes follow the end of the zlib stream: the token was altered or two tokens were joined.',
  wrong_certificate: "The signature does not verify with this App Certificate: it is another project's certificate (or the secondary one), or the token was altered.",
  wrong_secret: 'The signature does not verify with this secret: it is another app\'s key, or the token was altered.',
  agora_006_not_007: 'This starts with "006": that is the legacy Agora AccessToken, not AccessToken2 (007).',
  trimmed_whitespace: 'Surrounding whitespace or line breaks were trimmed.',
} as const;

export const diagnosisZh: Strings<typeof diagnosisEn> = {
  base64url_alphabet: '此令牌使用了 base64url 字母表（"-" 和 "_"，没有 "=" 填充），而这里应为标准 base64：URL 编码或复制环节改动了它。',
  bearer_prefix: '文本以 "Bearer " 开头：这是 HTTP Authorization 的认证方案，不属于令牌本身。只粘贴它后面的部分。',
  trailing_bytes: 'zlib 数据流结束后还有多余字节：令牌被改动过，或两个令牌被拼在了一起。',
  wrong_certificate: '签名无法用此 App Certificate 校验通过：它是另一个项目的证书（或副证书），或令牌已被修改。',
  wrong_secret: '签名无法用此密钥校验通过：它是另一个应用的密钥，或令牌已被修改。',
  agora_006_not_007: '以 "006" 开头：这是旧版声网 AccessToken，而不是 AccessToken2（007）。',
  trimmed_whitespace: '已去除首尾的空白或换行。',
};
