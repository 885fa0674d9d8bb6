/**
 * The field texts of Agora AccessToken2 (007) (profile identifiers, generator fields and choices, expected
 * values, secret label) in English — the family's own FieldSpec words — and Chinese, as
 * ../../i18n/areas/family.ts lists them under `family.<id>`.
 */
import type { Strings } from '../../i18n/strings';
import { AGORA_FIELDS, AGORA_FIELDS_ZH, AGORA_IDENTIFIER, AGORA_IDENTIFIER_ZH, AGORA_VALUES, AGORA_VALUES_ZH } from '../support/agoraTexts';

// Byte map (inspect.ts): every part but the version lies in the inflated bytes.
const INFLATED = ' (in the inflated bytes; the text is zlib-compressed)';
const INFLATED_ZH = '（解压后的字节；令牌文本经 zlib 压缩）';
const segmentsEn = {
  version: { label: 'Version', help: 'Version prefix "007": plain text in front of the compressed base64.' },
  signature: { label: `HMAC-SHA256 signature${INFLATED}`, help: 'HMAC-SHA256 of the rest (App ID, times, salt, services) under a key derived from the App Certificate, issue time and salt; a wrong certificate or any change breaks it.' },
  appId: { label: `App ID${INFLATED}`, help: 'The App ID the token is for, length-prefixed; readable by anyone.' },
  issueTs: { label: `Issued at${INFLATED}`, help: 'Issue time, seconds since 1970 (UTC); readable by anyone.' },
  expire: { label: `Lifetime (seconds from issue)${INFLATED}`, help: 'Lifetime in seconds from the issue time; issued at + lifetime is the token’s expiry.' },
  salt: { label: `Salt${INFLATED}`, help: 'A random number that makes two tokens with the same inputs differ; it also goes into the signing key.' },
  serviceCount: { label: `Service count${INFLATED}`, help: 'How many services (RTC, RTM, Chat …) follow.' },
  service: { label: `Service {{n}}${INFLATED}`, help: 'One service: its type, whom it binds (channel, uid, account) and each privilege’s lifetime in seconds from issue (0 = until the token expires).' },
} as const;
const segmentsZh: Strings<typeof segmentsEn> = {
  version: { label: '版本', help: '版本前缀 "007"：明文，位于压缩后的 base64 之前。' },
  signature: { label: `HMAC-SHA256 签名${INFLATED_ZH}`, help: '对其余部分（App ID、时间、盐值、服务）做 HMAC-SHA256，密钥由 App 证书、签发时间与盐值派生；证书错误或任何改动都会使其失配。' },
  appId: { label: `App ID${INFLATED_ZH}`, help: '令牌所属的 App ID，带长度前缀；任何人都可读取。' },
  issueTs: { label: `签发时间${INFLATED_ZH}`, help: '签发时间，自 1970 年起的秒数（UTC）；任何人都可读取。' },
  expire: { label: `有效期（自签发起的秒数）${INFLATED_ZH}`, help: '自签发时间起的有效秒数；签发时间 + 有效期即令牌的过期时间。' },
  salt: { label: `盐值${INFLATED_ZH}`, help: '随机数：使相同输入的两个令牌互不相同，也参与签名密钥的派生。' },
  serviceCount: { label: `服务数量${INFLATED_ZH}`, help: '其后的服务（RTC、RTM、即时通讯……）个数。' },
  service: { label: `服务 {{n}}${INFLATED_ZH}`, help: '一个服务：类型、绑定对象（频道、uid、账号），以及每项权限自签发起的有效秒数（0 表示直到令牌过期）。' },
};

export const accessToken2TextsEn = {
  label: 'Agora AccessToken2 (007)',
  secret: 'App Certificate',
  vendor: 'Agora',
  segment: segmentsEn,
  value: AGORA_VALUES,
  identifier: AGORA_IDENTIFIER,
  field: {
    ...AGORA_FIELDS,
    version: { label: 'Format', option: { '007': 'AccessToken2 (007)', '006': 'AccessToken (006, legacy)' } },
  },
  verify: {
    appId: { label: 'App ID', help: 'The App ID the token must be for (exact, case-sensitive).' },
    userId: { label: 'User (uid or account)', help: 'Every non-empty uid / user id / account in the token must equal it; uid 0 and the Chat app token bind no user.' },
  },
} as const;

export const accessToken2TextsZh: Strings<typeof accessToken2TextsEn> = {
  label: '声网 AccessToken2（007）',
  secret: 'App 证书',
  vendor: '声网 Agora',
  segment: segmentsZh,
  value: AGORA_VALUES_ZH,
  identifier: AGORA_IDENTIFIER_ZH,
  field: {
    ...AGORA_FIELDS_ZH,
    version: { label: '格式', option: { '007': 'AccessToken2（007）', '006': 'AccessToken（006，旧版）' } },
  },
  verify: {
    appId: { label: 'App ID', help: '令牌应属于的 App ID（完全一致，区分大小写）。' },
    userId: { label: '用户（uid 或账号）', help: '令牌中每个非空的 uid / 用户 ID / 账号都必须与之相同；uid 0 与即时通讯 App 令牌不绑定用户。' },
  },
};
