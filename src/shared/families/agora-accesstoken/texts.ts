/**
 * The field texts of Agora AccessToken (006) (profile identifiers, generator fields and choices, expected
 * values, secret label) in English — the family's own FieldSpec words — and Chinese, as
 * ../../i18n/areas/family.ts lists them under `family.<id>`.
 */
import type { Strings } from '../../i18n/strings';
import { AGORA_FIELDS, AGORA_FIELDS_ZH, AGORA_IDENTIFIER, AGORA_IDENTIFIER_ZH } from '../support/agoraTexts';

export const accessTokenTextsEn = {
  label: 'Agora AccessToken (006, legacy)',
  secret: 'App Certificate',
  identifier: AGORA_IDENTIFIER,
  field: AGORA_FIELDS,
  verify: {
    appId: { label: 'App ID', help: 'The App ID the token must be for (exact, case-sensitive).' },
    channel: { label: 'Channel name', help: 'The channel the client joins (RTM: the account). The token holds only its CRC-32.' },
    uid: { label: 'uid or account', help: 'The uid (decimal) or account the client joins with; empty for RTM. A uid-0 token accepts any.' },
    userId: { label: 'User (uid or account)', help: 'Used as the uid (RTC) or the account (RTM) when --uid / --channel are not given.' },
  },
} as const;

export const accessTokenTextsZh: Strings<typeof accessTokenTextsEn> = {
  label: '声网 AccessToken（006，旧版）',
  secret: 'App 证书',
  identifier: AGORA_IDENTIFIER_ZH,
  field: AGORA_FIELDS_ZH,
  verify: {
    appId: { label: 'App ID', help: '令牌应属于的 App ID（完全一致，区分大小写）。' },
    channel: { label: '频道名', help: '客户端加入的频道（RTM 为账号）。令牌只保存它的 CRC-32。' },
    uid: { label: 'uid 或账号', help: '客户端加入时使用的 uid（十进制）或账号；RTM 留空。uid 为 0 的令牌接受任意用户。' },
    userId: { label: '用户（uid 或账号）', help: '未给出 --uid / --channel 时，作为 uid（RTC）或账号（RTM）使用。' },
  },
};
