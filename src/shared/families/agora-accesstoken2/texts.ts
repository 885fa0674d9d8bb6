/**
 * The field texts of Agora AccessToken2 (007) (profile identifiers, generator fields and choices, expected
 * values, secret label) in English — the family's own FieldSpec words — and Chinese, as
 * ../../i18n/areas/family.ts lists them under `family.<id>`.
 */
import type { Strings } from '../../i18n/strings';
import { AGORA_FIELDS, AGORA_FIELDS_ZH, AGORA_IDENTIFIER, AGORA_IDENTIFIER_ZH } from '../support/agoraTexts';

export const accessToken2TextsEn = {
  label: 'Agora AccessToken2 (007)',
  secret: 'App Certificate',
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
