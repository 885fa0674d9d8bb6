/**
 * The field texts of CommsEase dynamic tokens (profile identifiers, generator fields and choices, expected
 * values, secret label) in English — the family's own FieldSpec words — and Chinese, as
 * ../../i18n/areas/family.ts lists them under `family.<id>`.
 */
import type { Strings } from '../../i18n/strings';

export const commsEaseTextsEn = {
  label: 'CommsEase dynamic token',
  secret: 'AppSecret',
  vendor: 'NetEase CommsEase',
  identifier: { appKey: { label: 'App Key' }, apiBase: { label: 'Server API base' } },
  field: { accid: { label: 'accid' }, ttlSeconds: { label: 'Valid for (s)' } },
  verify: {
    appId: { label: 'App Key', help: 'bound by the signature, not in the token' },
    userId: { label: 'accid', help: 'bound by the signature, not in the token' },
  },
  segment: {
    signature: { label: 'Signature (SHA-1)', help: 'Signature: SHA-1 over AppSecret, appKey, accid and the time; proves who made it.' },
    curTime: { label: 'curTime (ms)', help: 'Issue time in milliseconds; readable by anyone.' },
    ttl: { label: 'TTL (s)', help: 'Time to live in seconds; curTime + ttl is the expiry.' },
  },
} as const;

export const commsEaseTextsZh: Strings<typeof commsEaseTextsEn> = {
  label: '网易云信动态令牌',
  secret: 'AppSecret',
  vendor: '网易云信',
  identifier: { appKey: { label: 'App Key' }, apiBase: { label: '服务端 API 地址' } },
  field: { accid: { label: 'accid（云信账号）' }, ttlSeconds: { label: '有效期（秒）' } },
  verify: {
    appId: { label: 'App Key', help: '由签名绑定，令牌中不含此值' },
    userId: { label: 'accid（云信账号）', help: '由签名绑定，令牌中不含此值' },
  },
  segment: {
    signature: { label: '签名（SHA-1）', help: '签名：对 AppSecret、AppKey、accid 与时间做 SHA-1，证明令牌出自谁手。' },
    curTime: { label: 'curTime（毫秒）', help: '签发时间（毫秒），任何人都可读取。' },
    ttl: { label: 'TTL（秒）', help: '有效时长（秒）；curTime + ttl 即过期时间。' },
  },
};
