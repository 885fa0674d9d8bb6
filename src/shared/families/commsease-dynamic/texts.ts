/**
 * The field texts of CommsEase dynamic tokens (profile identifiers, generator fields and choices, expected
 * values, secret label) in English — the family's own FieldSpec words — and Chinese, as
 * ../../i18n/areas/family.ts lists them under `family.<id>`.
 */
import type { Strings } from '../../i18n/strings';

export const commsEaseTextsEn = {
  label: 'CommsEase dynamic token',
  secret: 'AppSecret',
  identifier: { appKey: { label: 'App Key' }, apiBase: { label: 'Server API base' } },
  field: { accid: { label: 'accid' }, ttlSeconds: { label: 'Valid for (s)' } },
  verify: {
    appId: { label: 'App Key', help: 'bound by the signature, not in the token' },
    userId: { label: 'accid', help: 'bound by the signature, not in the token' },
  },
} as const;

export const commsEaseTextsZh: Strings<typeof commsEaseTextsEn> = {
  label: '网易云信动态令牌',
  secret: 'AppSecret',
  identifier: { appKey: { label: 'App Key' }, apiBase: { label: '服务端 API 地址' } },
  field: { accid: { label: 'accid（云信账号）' }, ttlSeconds: { label: '有效期（秒）' } },
  verify: {
    appId: { label: 'App Key', help: '由签名绑定，令牌中不含此值' },
    userId: { label: 'accid（云信账号）', help: '由签名绑定，令牌中不含此值' },
  },
};
