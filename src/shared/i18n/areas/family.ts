/**
 * The token families' labels and field texts (generator forms, profile credentials, the
 * inspector's expected values). English and Chinese side by side; the Chinese half has exactly
 * the English keys.
 *
 * Convention (keys built by `familyTextKey` in ../familyTexts.ts), by family id:
 *   family.<id>.secret                         the profile's secret label
 *   family.<id>.identifier.<key>.label|help    a profile identifier (FieldSpec)
 *   family.<id>.field.<key>.label|help         a generator field (FieldSpec)
 *   family.<id>.field.<key>.option.<value>     one choice of a select field
 *   family.<id>.verify.<key>.label|help        an expected value (VerifyInputSpec)
 * The English text is the family's own (its FieldSpec); test/shared/i18n/familyTexts.test.ts
 * checks every registered family has both catalogues' texts and that the English matches.
 */
import type { Strings } from '../strings';

const AGORA_FIELDS = {
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

const AGORA_FIELDS_ZH: Strings<typeof AGORA_FIELDS> = {
  service: {
    label: '服务',
    option: { rtc: 'RTC（加入频道）', rtm: 'RTM / 信令登录', 'chat-user': '即时通讯用户', 'chat-app': '即时通讯 App（REST）' },
  },
  channel: { label: '频道名', help: '仅用于 RTC。' },
  uid: { label: 'uid（整数；0 表示任意用户）' },
  account: { label: '用户账号（字符串）', help: 'RTC 的字符串用户账号，或 RTM / 即时通讯的用户 ID。' },
  role: { label: '角色', option: { publisher: '主播（加入 + 发流）', subscriber: '观众（仅加入）' } },
  ttl: { label: 'Token 有效期', help: '单位为秒；声网文档规定最长 24 小时。' },
  privilegeTtl: { label: '权限有效期', help: '单位为秒；0 或留空表示与 Token 同时失效（官方默认）。' },
};

const AGORA_IDENTIFIER = { appId: { label: 'App ID', help: '32 hex characters, from the Agora console' } } as const;
const AGORA_IDENTIFIER_ZH: Strings<typeof AGORA_IDENTIFIER> = { appId: { label: 'App ID', help: '32 位十六进制字符，见声网控制台' } };

export const familyEn = {
  'zego-token04': {
    secret: 'ServerSecret',
    identifier: { appId: { label: 'AppID', help: 'the number in the ZEGO console' } },
    field: {
      userId: { label: 'User ID' },
      ttlSeconds: { label: 'Valid for (s)' },
      layout: { label: 'Layout', option: { gcm: 'GCM (newer)', cbc: 'CBC (original)' } },
      roomId: { label: 'Room ID', help: 'RTC tokens only' },
      privileges: { label: 'Privileges', option: { login: 'Log in', publish: 'Publish' } },
      streamIds: { label: 'Stream IDs', help: 'publishable streams; empty: any' },
    },
    verify: { appId: { label: 'Expected AppID', help: 'the ZEGO project the token must be for' } },
  },
  'commsease-dynamic': {
    secret: 'AppSecret',
    identifier: { appKey: { label: 'App Key' }, apiBase: { label: 'Server API base' } },
    field: { accid: { label: 'accid' }, ttlSeconds: { label: 'Valid for (s)' } },
    verify: {
      appId: { label: 'App Key', help: 'bound by the signature, not in the token' },
      userId: { label: 'accid', help: 'bound by the signature, not in the token' },
    },
  },
  'agora-accesstoken2': {
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
  },
  'agora-accesstoken': {
    secret: 'App Certificate',
    identifier: AGORA_IDENTIFIER,
    field: AGORA_FIELDS,
    verify: {
      appId: { label: 'App ID', help: 'The App ID the token must be for (exact, case-sensitive).' },
      channel: { label: 'Channel name', help: 'The channel the client joins (RTM: the account). The token holds only its CRC-32.' },
      uid: { label: 'uid or account', help: 'The uid (decimal) or account the client joins with; empty for RTM. A uid-0 token accepts any.' },
      userId: { label: 'User (uid or account)', help: 'Used as the uid (RTC) or the account (RTM) when --uid / --channel are not given.' },
    },
  },
  'tencent-usersig-v2': {
    secret: 'SDK secret key',
    identifier: { sdkAppId: { label: 'SDKAppID', help: 'From the TRTC / IM console, e.g. 1400000000.' } },
    field: {
      userId: { label: 'UserID (identifier)', help: 'Tencent recommends [a-zA-Z0-9_-], at most 32 bytes.' },
      ttl: { label: 'Lifetime', help: 'Seconds; the console and Python default are 180 days.' },
      roomId: { label: 'Room id (numeric, for a PrivateMapKey)' },
      strRoomId: { label: 'Room id (string, for a PrivateMapKey)' },
      privilegeMap: {
        label: 'PrivateMapKey privileges (bits)',
        help: '1 create, 2 enter, 4 send audio, 8 receive audio, 16 send video, 32 receive video, 64/128 screen share; 255 all, 42 audience.',
      },
    },
    verify: {
      appId: { label: 'SDKAppID', help: 'The SDKAppID the UserSig must be for.' },
      userId: { label: 'UserID', help: 'The identifier the client logs in with (exact, case-sensitive).' },
      channel: { label: 'Room (PrivateMapKey)', help: 'The room the PrivateMapKey should allow; checked only as a warning.' },
    },
  },
  'livekit-jwt': {
    secret: 'API secret',
    identifier: { apiKey: { label: 'API key', help: 'e.g. APIxxxxxxxxxxxx' } },
    field: {
      identity: { label: 'Identity' },
      room: { label: 'Room' },
      roomJoin: { label: 'May join' },
      canPublish: { label: 'May publish' },
      canSubscribe: { label: 'May subscribe' },
      canPublishData: { label: 'May publish data' },
      roomAdmin: { label: 'Room admin' },
      roomCreate: { label: 'May create rooms' },
      hidden: { label: 'Hidden participant' },
      grant: { label: 'More video grants (JSON object)', help: 'e.g. {"canUpdateOwnMetadata":true}; wins over the switches above.' },
      name: { label: 'Display name' },
      metadata: { label: 'Metadata' },
      ttl: { label: 'Lifetime', help: 'Seconds; the SDKs default to 6 h.' },
    },
    verify: { appId: { label: 'API key (iss)' }, userId: { label: 'Identity (sub)' } },
  },
  'twilio-jwt': {
    secret: 'API key secret',
    identifier: { accountSid: { label: 'Account SID', help: 'AC + 32 hex' }, apiKeySid: { label: 'API key SID', help: 'SK + 32 hex' } },
    field: {
      identity: { label: 'Identity' },
      ttl: { label: 'Lifetime', help: 'Seconds; at most 24 h (Twilio error 20157).' },
      videoRoom: { label: 'Video room' },
      chatServiceSid: { label: 'Conversations / Chat service SID' },
      voiceOutgoingApplicationSid: { label: 'Voice TwiML app SID (outgoing)' },
      voiceIncomingAllow: { label: 'Voice: allow incoming calls' },
      syncServiceSid: { label: 'Sync service SID' },
      region: { label: 'Region (twr header)' },
    },
    verify: { appId: { label: 'API key SID (iss)' }, accountSid: { label: 'Account SID (sub)' }, userId: { label: 'Identity (grants.identity)' } },
  },
  'jwt-generic': {
    secret: 'HMAC key (text, or base64url:… for raw bytes)',
    identifier: { issuer: { label: 'Issuer (iss)' } },
    field: {
      alg: { label: 'Algorithm', option: { HS256: 'HS256', HS384: 'HS384', HS512: 'HS512' } },
      sub: { label: 'Subject (sub)' },
      ttl: { label: 'Lifetime' },
      claims: { label: 'Other claims (JSON object)' },
    },
    verify: { appId: { label: 'Issuer (iss)', help: 'The iss the token must carry.' }, userId: { label: 'Subject (sub)' } },
  },
} as const;

export const familyZh: Strings<typeof familyEn> = {
  'zego-token04': {
    secret: 'ServerSecret',
    identifier: { appId: { label: 'AppID', help: '即 ZEGO 控制台中的数字' } },
    field: {
      userId: { label: '用户 ID' },
      ttlSeconds: { label: '有效期（秒）' },
      layout: { label: '加密方式', option: { gcm: 'GCM（新版）', cbc: 'CBC（原版）' } },
      roomId: { label: '房间 ID', help: '仅用于 RTC Token' },
      privileges: { label: '权限', option: { login: '登录', publish: '推流' } },
      streamIds: { label: '流 ID', help: '允许推的流；留空表示任意流' },
    },
    verify: { appId: { label: '预期 AppID', help: 'Token 应属于的 ZEGO 项目' } },
  },
  'commsease-dynamic': {
    secret: 'AppSecret',
    identifier: { appKey: { label: 'App Key' }, apiBase: { label: '服务端 API 地址' } },
    field: { accid: { label: 'accid（云信账号）' }, ttlSeconds: { label: '有效期（秒）' } },
    verify: {
      appId: { label: 'App Key', help: '由签名绑定，Token 中不含此值' },
      userId: { label: 'accid（云信账号）', help: '由签名绑定，Token 中不含此值' },
    },
  },
  'agora-accesstoken2': {
    secret: 'App 证书',
    identifier: AGORA_IDENTIFIER_ZH,
    field: {
      ...AGORA_FIELDS_ZH,
      version: { label: '格式', option: { '007': 'AccessToken2（007）', '006': 'AccessToken（006，旧版）' } },
    },
    verify: {
      appId: { label: 'App ID', help: 'Token 应属于的 App ID（完全一致，区分大小写）。' },
      userId: { label: '用户（uid 或账号）', help: 'Token 中每个非空的 uid / 用户 ID / 账号都必须与之相同；uid 0 与即时通讯 App Token 不绑定用户。' },
    },
  },
  'agora-accesstoken': {
    secret: 'App 证书',
    identifier: AGORA_IDENTIFIER_ZH,
    field: AGORA_FIELDS_ZH,
    verify: {
      appId: { label: 'App ID', help: 'Token 应属于的 App ID（完全一致，区分大小写）。' },
      channel: { label: '频道名', help: '客户端加入的频道（RTM 为账号）。Token 只保存它的 CRC-32。' },
      uid: { label: 'uid 或账号', help: '客户端加入时使用的 uid（十进制）或账号；RTM 留空。uid 为 0 的 Token 接受任意用户。' },
      userId: { label: '用户（uid 或账号）', help: '未给出 --uid / --channel 时，作为 uid（RTC）或账号（RTM）使用。' },
    },
  },
  'tencent-usersig-v2': {
    secret: 'SDK 密钥',
    identifier: { sdkAppId: { label: 'SDKAppID', help: '见 TRTC / IM 控制台，例如 1400000000。' } },
    field: {
      userId: { label: 'UserID（用户标识）', help: '腾讯云建议只用 [a-zA-Z0-9_-]，最长 32 字节。' },
      ttl: { label: '有效期', help: '单位为秒；控制台与 Python 版默认 180 天。' },
      roomId: { label: '房间号（数字，用于 PrivateMapKey）' },
      strRoomId: { label: '房间号（字符串，用于 PrivateMapKey）' },
      privilegeMap: {
        label: 'PrivateMapKey 权限位',
        help: '1 创建房间，2 进入房间，4 发送音频，8 接收音频，16 发送视频，32 接收视频，64/128 屏幕分享；255 为全部，42 为观众。',
      },
    },
    verify: {
      appId: { label: 'SDKAppID', help: 'UserSig 应属于的 SDKAppID。' },
      userId: { label: 'UserID', help: '客户端登录时使用的用户标识（完全一致，区分大小写）。' },
      channel: { label: '房间（PrivateMapKey）', help: 'PrivateMapKey 应允许的房间；不符时仅给出警告。' },
    },
  },
  'livekit-jwt': {
    secret: 'API 密钥（secret）',
    identifier: { apiKey: { label: 'API Key', help: '例如 APIxxxxxxxxxxxx' } },
    field: {
      identity: { label: '身份标识（identity）' },
      room: { label: '房间' },
      roomJoin: { label: '可加入房间' },
      canPublish: { label: '可发布' },
      canSubscribe: { label: '可订阅' },
      canPublishData: { label: '可发送数据' },
      roomAdmin: { label: '房间管理员' },
      roomCreate: { label: '可创建房间' },
      hidden: { label: '隐身参与者' },
      grant: { label: '更多视频授权（JSON 对象）', help: '例如 {"canUpdateOwnMetadata":true}；优先于上面的开关。' },
      name: { label: '显示名称' },
      metadata: { label: '元数据' },
      ttl: { label: '有效期', help: '单位为秒；SDK 默认 6 小时。' },
    },
    verify: { appId: { label: 'API Key（iss）' }, userId: { label: '身份标识（sub）' } },
  },
  'twilio-jwt': {
    secret: 'API Key 密钥',
    identifier: { accountSid: { label: 'Account SID', help: 'AC + 32 位十六进制' }, apiKeySid: { label: 'API Key SID', help: 'SK + 32 位十六进制' } },
    field: {
      identity: { label: '身份标识（identity）' },
      ttl: { label: '有效期', help: '单位为秒；最长 24 小时（Twilio 错误 20157）。' },
      videoRoom: { label: '视频房间' },
      chatServiceSid: { label: 'Conversations / Chat 服务 SID' },
      voiceOutgoingApplicationSid: { label: '语音 TwiML 应用 SID（呼出）' },
      voiceIncomingAllow: { label: '语音：允许呼入' },
      syncServiceSid: { label: 'Sync 服务 SID' },
      region: { label: '区域（twr 头）' },
    },
    verify: { appId: { label: 'API Key SID（iss）' }, accountSid: { label: 'Account SID（sub）' }, userId: { label: '身份标识（grants.identity）' } },
  },
  'jwt-generic': {
    secret: 'HMAC 密钥（文本，或以 base64url: 开头的原始字节）',
    identifier: { issuer: { label: '签发者（iss）' } },
    field: {
      alg: { label: '算法', option: { HS256: 'HS256', HS384: 'HS384', HS512: 'HS512' } },
      sub: { label: '主题（sub）' },
      ttl: { label: '有效期' },
      claims: { label: '其他声明（JSON 对象）' },
    },
    verify: { appId: { label: '签发者（iss）', help: 'Token 必须携带的 iss。' }, userId: { label: '主题（sub）' } },
  },
};
