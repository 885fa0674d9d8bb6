/**
 * The field texts of Agora AccessToken (006) (profile identifiers, generator fields and choices, expected
 * values, secret label) in English — the family's own FieldSpec words — and Chinese, as
 * ../../i18n/areas/family.ts lists them under `family.<id>`.
 */
import type { Strings } from '../../i18n/strings';
import { AGORA_FIELDS, AGORA_FIELDS_ZH, AGORA_IDENTIFIER, AGORA_IDENTIFIER_ZH } from '../support/agoraTexts';

// The board's words for a 006 token that names no user (issue 11, lifecycle): kept apart from the field and segment texts.
/** The family's own English (its `noUserNote`). */
export const ACCESS_TOKEN_NO_USER_NOTE = 'A 006 token does not carry its uid or channel: mint it here, or add it verified with them, to see them on the board.';
const boardEn = { noUser: ACCESS_TOKEN_NO_USER_NOTE } as const;
const boardZh: Strings<typeof boardEn> = { noUser: '006 令牌本身不含 uid 和频道：在这里生成，或用它们验证后再加入，看板上才会显示。' };

export const accessTokenTextsEn = {
  label: 'Agora AccessToken (006, legacy)',
  secret: 'App Certificate',
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
