/**
 * The newer families' form texts (Agora 007/006, Tencent UserSig, LiveKit, Twilio, generic
 * JWT), as `family.<familyId>.<field>.label` / `.help`: the generator's request fields and the
 * profile's identifiers by their FieldSpec key, `secret` for the profile's secret, and
 * `verify.<key>` for the expected values the inspector and `tokenlab verify` ask for. English
 * matches the FieldSpecs; the Chinese follows the vendors' own Chinese docs (声网, 腾讯云).
 * Keyed by the families' own id constants: family ids are spelled only in their folders.
 */
import { ACCESS_TOKEN_ID } from '../../families/agora-accesstoken/inspect';
import { ACCESS_TOKEN2_ID } from '../../families/agora-accesstoken2/inspect';
import { JWT_GENERIC_ID } from '../../families/jwt-generic/inspect';
import { LIVEKIT_ID } from '../../families/livekit-jwt';
import { USERSIG_ID } from '../../families/tencent-usersig-v2/inspect';
import { TWILIO_ID } from '../../families/twilio-jwt';

const agoraRequestEn = {
  service: { label: 'Service' },
  channel: { label: 'Channel name', help: 'RTC only.' },
  uid: { label: 'uid (integer; 0 = any user)' },
  account: { label: 'User account (string)', help: 'A string user account (RTC), or the RTM / Chat user id.' },
  role: { label: 'Role' },
  ttl: { label: 'Token lifetime', help: 'Seconds; Agora documents 24 h as the maximum.' },
  privilegeTtl: { label: 'Privilege lifetime', help: 'Seconds; 0 or empty = bounded by the token (the official default).' },
  appId: { label: 'App ID', help: '32 hex characters, from the Agora console' },
  secret: { label: 'App Certificate' },
} as const;

const agoraRequestZh = {
  service: { label: '服务' },
  channel: { label: '频道名', help: '仅 RTC 使用。' },
  uid: { label: 'uid（整数；0 表示任意用户）' },
  account: { label: '用户账号（字符串）', help: 'RTC 的字符串用户账号，或 RTM / 即时通讯的用户 ID。' },
  role: { label: '角色' },
  ttl: { label: 'Token 有效期', help: '单位为秒；声网文档规定最长 24 小时。' },
  privilegeTtl: { label: '权限有效期', help: '单位为秒；填 0 或留空表示以 Token 有效期为准（官方默认）。' },
  appId: { label: 'App ID', help: '32 位十六进制字符，可在声网控制台获取' },
  secret: { label: 'App 证书' },
} as const;

export const familyNewerEn = {
  [ACCESS_TOKEN2_ID]: {
    seg: {
      version: 'Version prefix "007": plain text.',
      signature: 'HMAC-SHA256 over the App ID, issue time, salt and services, keyed from the App Certificate; inside the zlib-compressed body.',
      appId: 'App ID: readable by anyone once the body is inflated.',
      issueTs: 'Issue time (epoch seconds).',
      expire: 'Lifetime in seconds from the issue time; issue time + lifetime is the token expiry.',
      salt: 'Random salt: makes two tokens with the same inputs differ.',
      serviceCount: 'How many services (RTC, RTM, Chat …) the token holds.',
      service: 'One service: its type, channel or user, and each privilege with its own lifetime.',
    },
    ...agoraRequestEn,
    version: { label: 'Format' },
    verify: {
      appId: { label: 'App ID', help: 'The App ID the token must be for (exact, case-sensitive).' },
      userId: { label: 'User (uid or account)', help: 'Every non-empty uid / user id / account in the token must equal it; uid 0 and the Chat app token bind no user.' },
    },
  },
  [ACCESS_TOKEN_ID]: {
    seg: {
      version: 'Version prefix "006": plain text.',
      appId: 'App ID, in clear after the version.',
      signature: 'HMAC-SHA256 over the App ID, channel, uid and message, keyed by the App Certificate.',
      crcChannel: 'CRC-32 of the channel name: the name itself is not in the token.',
      crcUid: 'CRC-32 of the uid or account: the value itself is not in the token.',
      messageLength: 'Length of the signed message that follows.',
      salt: 'Random salt.',
      ts: 'The message timestamp: generation time + 24 h, the longest the token lives.',
      privileges: 'Each privilege with its absolute expiry (0 = bounded by the token).',
    },
    ...agoraRequestEn,
    verify: {
      appId: { label: 'App ID', help: 'The App ID the token must be for (exact, case-sensitive).' },
      channel: { label: 'Channel name', help: 'The channel the client joins (RTM: the account). The token holds only its CRC-32.' },
      uid: { label: 'uid or account', help: 'The uid (decimal) or account the client joins with; empty for RTM. A uid-0 token accepts any.' },
      userId: { label: 'User (uid or account)', help: 'Used as the uid (RTC) or the account (RTM) when --uid / --channel are not given.' },
    },
  },
  [USERSIG_ID]: {
    seg: {
      TLS: {
        ver: 'Format version, "2.0" for TLSSigAPIv2.',
        identifier: 'The UserID the UserSig is for.',
        sdkappid: 'The SDKAppID the UserSig is for.',
        time: 'Signing time (epoch seconds).',
        expire: 'Lifetime in seconds from the signing time.',
        sig: 'HMAC-SHA256 over the fields above (and the userbuf), keyed by the SDK secret key.',
        userbuf: 'The signed userbuf: a PrivateMapKey (room and privileges) when present.',
      },
    },
    userId: { label: 'UserID (identifier)', help: 'Tencent recommends [a-zA-Z0-9_-], at most 32 bytes.' },
    ttl: { label: 'Lifetime', help: 'Seconds; the console and Python default are 180 days.' },
    roomId: { label: 'Room id (numeric, for a PrivateMapKey)' },
    strRoomId: { label: 'Room id (string, for a PrivateMapKey)' },
    privilegeMap: {
      label: 'PrivateMapKey privileges (bits)',
      help: '1 create, 2 enter, 4 send audio, 8 receive audio, 16 send video, 32 receive video, 64/128 screen share; 255 all, 42 audience.',
    },
    sdkAppId: { label: 'SDKAppID', help: 'From the TRTC / IM console, e.g. 1400000000.' },
    secret: { label: 'SDK secret key' },
    verify: {
      appId: { label: 'SDKAppID', help: 'The SDKAppID the UserSig must be for.' },
      userId: { label: 'UserID', help: 'The identifier the client logs in with (exact, case-sensitive).' },
      channel: { label: 'Room (PrivateMapKey)', help: 'The room the PrivateMapKey should allow; checked only as a warning.' },
    },
  },
  [LIVEKIT_ID]: {
    seg: {
      header: 'Protected header: alg and typ, base64url JSON; readable by anyone, covered by the signature.',
      payload: 'Claims: base64url JSON; readable by anyone, covered by the signature.',
      signature: 'HMAC over header.claims with the secret key; a wrong key or any change breaks it.',
    },
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
    apiKey: { label: 'API key', help: 'e.g. APIxxxxxxxxxxxx' },
    secret: { label: 'API secret' },
    verify: {
      appId: { label: 'API key (iss)' },
      userId: { label: 'Identity (sub)' },
    },
  },
  [TWILIO_ID]: {
    seg: {
      header: 'Protected header: alg and typ, base64url JSON; readable by anyone, covered by the signature.',
      payload: 'Claims: base64url JSON; readable by anyone, covered by the signature.',
      signature: 'HMAC over header.claims with the secret key; a wrong key or any change breaks it.',
    },
    identity: { label: 'Identity' },
    ttl: { label: 'Lifetime', help: 'Seconds; at most 24 h (Twilio error 20157).' },
    videoRoom: { label: 'Video room' },
    chatServiceSid: { label: 'Conversations / Chat service SID' },
    voiceOutgoingApplicationSid: { label: 'Voice TwiML app SID (outgoing)' },
    voiceIncomingAllow: { label: 'Voice: allow incoming calls' },
    syncServiceSid: { label: 'Sync service SID' },
    region: { label: 'Region (twr header)' },
    accountSid: { label: 'Account SID', help: 'AC + 32 hex' },
    apiKeySid: { label: 'API key SID', help: 'SK + 32 hex' },
    secret: { label: 'API key secret' },
    verify: {
      appId: { label: 'API key SID (iss)' },
      accountSid: { label: 'Account SID (sub)' },
      userId: { label: 'Identity (grants.identity)' },
    },
  },
  [JWT_GENERIC_ID]: {
    seg: {
      header: 'Protected header: alg and typ, base64url JSON; readable by anyone, covered by the signature.',
      payload: 'Claims: base64url JSON; readable by anyone, covered by the signature.',
      signature: 'HMAC over header.claims with the secret key; a wrong key or any change breaks it.',
    },
    alg: { label: 'Algorithm' },
    sub: { label: 'Subject (sub)' },
    ttl: { label: 'Lifetime' },
    claims: { label: 'Other claims (JSON object)' },
    issuer: { label: 'Issuer (iss)' },
    secret: { label: 'HMAC key (text, or base64url:… for raw bytes)' },
    verify: {
      appId: { label: 'Issuer (iss)', help: 'The iss the token must carry.' },
      userId: { label: 'Subject (sub)' },
    },
  },
} as const;

type Tree<T> = T extends string ? string : { [K in keyof T]: Tree<T[K]> };

export const familyNewerZh: Tree<typeof familyNewerEn> = {
  [ACCESS_TOKEN2_ID]: {
    seg: {
      version: '版本前缀 "007"：明文。',
      signature: '以 App 证书派生的密钥对 App ID、签发时间、salt 与各服务做的 HMAC-SHA256；位于 zlib 压缩的正文中。',
      appId: 'App ID：正文解压后任何人都能读到。',
      issueTs: '签发时间（Unix 秒）。',
      expire: '自签发时间起的有效秒数；签发时间加有效期即 Token 的过期时间。',
      salt: '随机 salt：让相同输入生成的两个 Token 不同。',
      serviceCount: 'Token 包含的服务（RTC、RTM、即时通讯……）个数。',
      service: '一项服务：类型、频道或用户，以及每项权限各自的有效期。',
    },
    ...agoraRequestZh,
    version: { label: 'Token 格式' },
    verify: {
      appId: { label: 'App ID', help: 'Token 必须属于的 App ID（完全一致，区分大小写）。' },
      userId: { label: '用户（uid 或账号）', help: 'Token 中每个非空的 uid、用户 ID 或账号都必须与之相同；uid 为 0 的 Token 和即时通讯 App Token 不绑定用户。' },
    },
  },
  [ACCESS_TOKEN_ID]: {
    seg: {
      version: '版本前缀 "006"：明文。',
      appId: 'App ID，紧跟在版本号后，明文。',
      signature: '用 App 证书对 App ID、频道名、uid 与消息做的 HMAC-SHA256。',
      crcChannel: '频道名的 CRC-32：Token 中不含频道名本身。',
      crcUid: 'uid 或账号的 CRC-32：Token 中不含它本身。',
      messageLength: '其后签名消息的长度。',
      salt: '随机 salt。',
      ts: '消息时间戳：生成时间加 24 小时，即 Token 最长的有效时间。',
      privileges: '每项权限及其绝对过期时间（0 表示以 Token 为准）。',
    },
    ...agoraRequestZh,
    verify: {
      appId: { label: 'App ID', help: 'Token 必须属于的 App ID（完全一致，区分大小写）。' },
      channel: { label: '频道名', help: '客户端加入的频道（RTM 为账号）。Token 中只保存它的 CRC-32。' },
      uid: { label: 'uid 或账号', help: '客户端加入频道时使用的 uid（十进制）或账号；RTM 留空。uid 为 0 的 Token 允许任意用户。' },
      userId: { label: '用户（uid 或账号）', help: '未提供 --uid / --channel 时，作为 uid（RTC）或账号（RTM）使用。' },
    },
  },
  [USERSIG_ID]: {
    seg: {
      TLS: {
        ver: '格式版本，TLSSigAPIv2 为 "2.0"。',
        identifier: 'UserSig 所属的 UserID。',
        sdkappid: 'UserSig 所属的 SDKAppID。',
        time: '签名时间（Unix 秒）。',
        expire: '自签名时间起的有效秒数。',
        sig: '用 SDK 密钥对以上字段（及 userbuf）做的 HMAC-SHA256。',
        userbuf: '参与签名的 userbuf：存在时是 PrivateMapKey（房间与权限）。',
      },
    },
    userId: { label: 'UserID（用户标识）', help: '腾讯云建议只用 [a-zA-Z0-9_-]，最长 32 字节。' },
    ttl: { label: '有效期', help: '单位为秒；控制台和 Python 版默认 180 天。' },
    roomId: { label: '数字房间号（用于 PrivateMapKey）' },
    strRoomId: { label: '字符串房间号（用于 PrivateMapKey）' },
    privilegeMap: {
      label: 'PrivateMapKey 权限位',
      help: '1 创建房间，2 进入房间，4 发送音频，8 接收音频，16 发送视频，32 接收视频，64/128 屏幕分享；255 为全部权限，42 为观众。',
    },
    sdkAppId: { label: 'SDKAppID', help: '在 TRTC / 即时通信 IM 控制台获取，例如 1400000000。' },
    secret: { label: 'SDK 密钥' },
    verify: {
      appId: { label: 'SDKAppID', help: 'UserSig 必须属于的 SDKAppID。' },
      userId: { label: 'UserID', help: '客户端登录时使用的用户标识（完全一致，区分大小写）。' },
      channel: { label: '房间（PrivateMapKey）', help: 'PrivateMapKey 应允许的房间；只作为警告检查。' },
    },
  },
  [LIVEKIT_ID]: {
    seg: {
      header: '受保护头部：alg 与 typ，base64url 编码的 JSON；任何人可读，受签名保护。',
      payload: '声明：base64url 编码的 JSON；任何人可读，受签名保护。',
      signature: '用密钥对 header.claims 做的 HMAC；密钥不对或内容被改都会校验失败。',
    },
    identity: { label: '身份标识（identity）' },
    room: { label: '房间' },
    roomJoin: { label: '允许加入' },
    canPublish: { label: '允许发布' },
    canSubscribe: { label: '允许订阅' },
    canPublishData: { label: '允许发送数据' },
    roomAdmin: { label: '房间管理员' },
    roomCreate: { label: '允许创建房间' },
    hidden: { label: '隐身参与者' },
    grant: { label: '更多视频权限（JSON 对象）', help: '例如 {"canUpdateOwnMetadata":true}；优先于上面的开关。' },
    name: { label: '显示名称' },
    metadata: { label: '元数据' },
    ttl: { label: '有效期', help: '单位为秒；各 SDK 默认 6 小时。' },
    apiKey: { label: 'API Key', help: '例如 APIxxxxxxxxxxxx' },
    secret: { label: 'API Secret' },
    verify: {
      appId: { label: 'API Key（iss）' },
      userId: { label: '身份标识（sub）' },
    },
  },
  [TWILIO_ID]: {
    seg: {
      header: '受保护头部：alg 与 typ，base64url 编码的 JSON；任何人可读，受签名保护。',
      payload: '声明：base64url 编码的 JSON；任何人可读，受签名保护。',
      signature: '用密钥对 header.claims 做的 HMAC；密钥不对或内容被改都会校验失败。',
    },
    identity: { label: '身份标识（identity）' },
    ttl: { label: '有效期', help: '单位为秒；最长 24 小时（Twilio 错误 20157）。' },
    videoRoom: { label: '视频房间' },
    chatServiceSid: { label: 'Conversations / Chat 服务 SID' },
    voiceOutgoingApplicationSid: { label: 'Voice TwiML 应用 SID（呼出）' },
    voiceIncomingAllow: { label: 'Voice：允许呼入' },
    syncServiceSid: { label: 'Sync 服务 SID' },
    region: { label: '区域（twr 头部）' },
    accountSid: { label: 'Account SID', help: 'AC 加 32 位十六进制字符' },
    apiKeySid: { label: 'API Key SID', help: 'SK 加 32 位十六进制字符' },
    secret: { label: 'API Key Secret' },
    verify: {
      appId: { label: 'API Key SID（iss）' },
      accountSid: { label: 'Account SID（sub）' },
      userId: { label: '身份标识（grants.identity）' },
    },
  },
  [JWT_GENERIC_ID]: {
    seg: {
      header: '受保护头部：alg 与 typ，base64url 编码的 JSON；任何人可读，受签名保护。',
      payload: '声明：base64url 编码的 JSON；任何人可读，受签名保护。',
      signature: '用密钥对 header.claims 做的 HMAC；密钥不对或内容被改都会校验失败。',
    },
    alg: { label: '签名算法' },
    sub: { label: '主体（sub）' },
    ttl: { label: '有效期' },
    claims: { label: '其他声明（JSON 对象）' },
    issuer: { label: '签发者（iss）' },
    secret: { label: 'HMAC 密钥（文本，或以 base64url: 开头的原始字节）' },
    verify: {
      appId: { label: '签发者（iss）', help: 'Token 必须携带的 iss。' },
      userId: { label: '主体（sub）' },
    },
  },
};
