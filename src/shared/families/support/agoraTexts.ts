/**
 * Field texts both Agora families share (006 and 007 take the same generate request), in
 * English and Chinese; each family's texts.ts spreads them.
 */
import type { Strings } from '../../i18n/strings';

export const AGORA_FIELDS = {
  service: {
    label: 'Service',
    option: { rtc: 'RTC (join a channel)', rtm: 'RTM / Signaling login', 'chat-user': 'Chat user', 'chat-app': 'Chat app (REST)' },
  },
  channel: { label: 'Channel name', help: 'RTC only.' },
  uid: { label: 'uid (integer; 0 = any user)' },
  account: { label: 'User account (string)', help: 'A string user account (RTC), or the RTM / Chat user id.' },
  role: { label: 'Role', option: { publisher: 'Publisher (join + publish)', subscriber: 'Subscriber (join only)' } },
  ttl: { label: 'Token lifetime', help: 'Seconds; Agora documents 24 h as the maximum.' },
  privilegeTtl: { label: 'Privilege lifetime', help: 'Seconds; 0 or empty = bounded by the token (the official default).' },
} as const;

export const AGORA_FIELDS_ZH: Strings<typeof AGORA_FIELDS> = {
  service: {
    label: '服务',
    option: { rtc: 'RTC（加入频道）', rtm: 'RTM / 信令登录', 'chat-user': '即时通讯用户', 'chat-app': '即时通讯 App（REST）' },
  },
  channel: { label: '频道名', help: '仅用于 RTC。' },
  uid: { label: 'uid（整数；0 表示任意用户）' },
  account: { label: '用户账号（字符串）', help: 'RTC 的字符串用户账号，或 RTM / 即时通讯的用户 ID。' },
  role: { label: '角色', option: { publisher: '主播（加入 + 发流）', subscriber: '观众（仅加入）' } },
  ttl: { label: '令牌有效期', help: '单位为秒；声网文档规定最长 24 小时。' },
  privilegeTtl: { label: '权限有效期', help: '单位为秒；0 或留空表示与令牌同时失效（官方默认）。' },
};

export const AGORA_IDENTIFIER = { appId: { label: 'App ID', help: '32 hex characters, from the Agora console' } } as const;
export const AGORA_IDENTIFIER_ZH: Strings<typeof AGORA_IDENTIFIER> = { appId: { label: 'App ID', help: '32 位十六进制字符，见声网控制台' } };
