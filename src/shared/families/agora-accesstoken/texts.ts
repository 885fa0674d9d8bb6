/**
 * The field texts of Agora AccessToken (006) (profile identifiers, generator fields and choices, expected
 * values, secret label) in English — the family's own FieldSpec words — and Chinese, as
 * ../../i18n/areas/family.ts lists them under `family.<id>`.
 */
import type { Strings } from '../../i18n/strings';
import { AGORA_FIELDS, AGORA_FIELDS_ZH, AGORA_IDENTIFIER, AGORA_IDENTIFIER_ZH, AGORA_VALUES, AGORA_VALUES_ZH } from '../support/agoraTexts';

// The board's words for a 006 token that names no user (issue 11, lifecycle): kept apart from the field and segment texts.
/** The family's own English (its `noUserNote`). */
export const ACCESS_TOKEN_NO_USER_NOTE = 'A 006 token does not carry its uid or channel: mint it here, or add it verified with them, to see them on the board.';
const boardEn = { noUser: ACCESS_TOKEN_NO_USER_NOTE } as const;
const boardZh: Strings<typeof boardEn> = { noUser: '006 令牌本身不含 uid 和频道：在这里生成，或用它们验证后再加入，看板上才会显示。' };

// Byte map (inspect.ts).
const segmentsEn = {
  version: { label: 'Version', help: 'Version prefix "006": plain text.' },
  appId: { label: 'App ID (in clear)', help: 'The App ID, 32 plain characters in front of the base64; readable by anyone.' },
  signature: { label: 'HMAC-SHA256 signature', help: 'HMAC-SHA256 under the App Certificate of the App ID, channel name, uid and message; a wrong certificate or any change breaks it.' },
  crcChannel: { label: 'CRC-32 of the channel name', help: 'CRC-32 of the channel name: the name itself is not in the token, so verifying needs it.' },
  crcUid: { label: 'CRC-32 of the uid', help: 'CRC-32 of the uid as text: the uid itself is not in the token, so verifying needs it; 0 means uid 0 (any user).' },
  messageLength: { label: 'Message length', help: 'Length of the message that follows (salt, ts, privileges).' },
  salt: { label: 'Salt', help: 'A random number that makes two tokens with the same inputs differ.' },
  ts: { label: 'Expiry ts (generation + 24 h)', help: 'Generation time + 24 h, in Unix seconds; readable by anyone.' },
  privileges: { label: 'Privileges (absolute expiry)', help: 'Each privilege with its expiry in absolute Unix seconds (0 = no limit).' },
} as const;
const segmentsZh: Strings<typeof segmentsEn> = {
  version: { label: '版本', help: '版本前缀 "006"：明文。' },
  appId: { label: 'App ID（明文）', help: 'App ID：32 个明文字符，位于 base64 之前；任何人都可读取。' },
  signature: { label: 'HMAC-SHA256 签名', help: '用 App 证书对 App ID、频道名、uid 与消息做 HMAC-SHA256；证书错误或任何改动都会使其失配。' },
  crcChannel: { label: '频道名的 CRC-32', help: '频道名的 CRC-32：令牌不含频道名本身，验证时需要提供。' },
  crcUid: { label: 'uid 的 CRC-32', help: 'uid（文本）的 CRC-32：令牌不含 uid 本身，验证时需要提供；0 表示 uid 0（任意用户）。' },
  messageLength: { label: '消息长度', help: '其后消息（盐值、ts、权限）的长度。' },
  salt: { label: '盐值', help: '随机数：使相同输入的两个令牌互不相同。' },
  ts: { label: '过期 ts（生成时间 + 24 小时）', help: '生成时间 + 24 小时，Unix 秒；任何人都可读取。' },
  privileges: { label: '权限（绝对过期时间）', help: '每项权限及其过期时间，绝对 Unix 秒（0 表示不设限）。' },
};

export const accessTokenTextsEn = {
  label: 'Agora AccessToken (006, legacy)',
  secret: 'App Certificate',
  vendor: 'Agora',
  segment: segmentsEn,
  value: AGORA_VALUES,
  identifier: AGORA_IDENTIFIER,
  field: AGORA_FIELDS,
  verify: {
    appId: { label: 'App ID', help: 'The App ID the token must be for (exact, case-sensitive).' },
    channel: { label: 'Channel name', help: 'The channel the client joins (RTM: the account). The signature binds it, but the token holds only its CRC-32: give it to verify.' },
    uid: { label: 'uid or account', help: 'The uid (decimal) or account the client joins with, also bound by the signature; empty for RTM. A uid-0 token accepts any.' },
    userId: { label: 'User (uid or account)', help: 'Used as the uid (RTC) or the account (RTM) when --uid / --channel are not given.' },
  },
  board: boardEn,
} as const;

export const accessTokenTextsZh: Strings<typeof accessTokenTextsEn> = {
  label: '声网 AccessToken（006，旧版）',
  secret: 'App 证书',
  vendor: '声网 Agora',
  segment: segmentsZh,
  value: AGORA_VALUES_ZH,
  identifier: AGORA_IDENTIFIER_ZH,
  field: AGORA_FIELDS_ZH,
  verify: {
    appId: { label: 'App ID', help: '令牌应属于的 App ID（完全一致，区分大小写）。' },
    channel: { label: '频道名', help: '客户端加入的频道（RTM 为账号）。签名绑定了它，但令牌只保存它的 CRC-32：验证时需要填写。' },
    uid: { label: 'uid 或账号', help: '客户端加入时使用的 uid（十进制）或账号，同样由签名绑定；RTM 留空。uid 为 0 的令牌接受任意用户。' },
    userId: { label: '用户（uid 或账号）', help: '未给出 --uid / --channel 时，作为 uid（RTC）或账号（RTM）使用。' },
  },
  board: boardZh,
};
