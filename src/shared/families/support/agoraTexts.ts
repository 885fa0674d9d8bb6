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

/**
 * The pieces of the Agora byte maps' values (support/valueParts.ts): 007's services and times,
 * 006's uid and privileges. English reads exactly as the engine's value.
 */
export const AGORA_VALUES = {
  text: '{{text}}',
  space: ' ',
  comma: ', ',
  semicolon: '; ',
  timeAt: '{{ts}} ({{at}})',
  secondsUntil: '{{seconds}} s (until {{at}})',
  untilTokenExpires: '0 (until the token expires)',
  serviceType: 'type {{type}}',
  channel: 'channel "{{channel}}"',
  uid: 'uid "{{uid}}"',
  uidAny: 'uid 0 (any user)',
  account: 'account "{{account}}"',
  accountAny: 'account 0 (any)',
  user: 'user "{{user}}"',
  appNoUser: 'app (no user)',
  room: 'room "{{room}}", user "{{user}}", role {{role}}',
  privilegeNumber: 'privilege {{id}}',
  noPrivileges: 'no privileges',
  crcUidAny: '0 (uid 0: any user)',
  noLimit: '0 (no limit)',
  none: 'none',
} as const;

export const AGORA_VALUES_ZH: Strings<typeof AGORA_VALUES> = {
  text: '{{text}}',
  space: ' ',
  comma: '，',
  semicolon: '；',
  timeAt: '{{ts}}（{{at}}）',
  secondsUntil: '{{seconds}} 秒（至 {{at}}）',
  untilTokenExpires: '0（直到令牌过期）',
  serviceType: '类型 {{type}}',
  channel: '频道 "{{channel}}"',
  uid: 'uid "{{uid}}"',
  uidAny: 'uid 0（任意用户）',
  account: '账号 "{{account}}"',
  accountAny: '账号 0（任意）',
  user: '用户 "{{user}}"',
  appNoUser: 'App（不绑定用户）',
  room: '房间 "{{room}}"，用户 "{{user}}"，角色 {{role}}',
  privilegeNumber: '权限 {{id}}',
  noPrivileges: '无权限',
  crcUidAny: '0（uid 0：任意用户）',
  noLimit: '0（无限制）',
  none: '无',
};
