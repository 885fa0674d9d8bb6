/**
 * The field texts of Tencent UserSig (profile identifiers, generator fields and choices, expected
 * values, secret label) in English — the family's own FieldSpec words — and Chinese, as
 * ../../i18n/areas/family.ts lists them under `family.<id>`.
 */
import type { Strings } from '../../i18n/strings';

// Byte map (inspect.ts): one part per member of the inflated JSON, named by its key ("TLS.ver" is
// the catalogue's TLS → ver).
const INFLATED = ' (in the inflated JSON; the text is zlib-compressed)';
const INFLATED_ZH = '（解压后的 JSON；令牌文本经 zlib 压缩）';
const segmentsEn = {
  TLS: {
    ver: { label: `TLS.ver${INFLATED}`, help: 'Format version: "2.0" for TLSSigAPIv2.' },
    identifier: { label: `TLS.identifier${INFLATED}`, help: 'The UserID the signature is for; readable by anyone.' },
    sdkappid: { label: `TLS.sdkappid${INFLATED}`, help: 'The SDKAppID the signature is for; readable by anyone.' },
    time: { label: `TLS.time${INFLATED}`, help: 'Issue time, seconds since 1970 (UTC).' },
    expire: { label: `TLS.expire${INFLATED}`, help: 'Lifetime in seconds; time + expire is the expiry.' },
    sig: { label: `TLS.sig${INFLATED}`, help: 'HMAC-SHA256 under the SDK secret key of identifier, sdkappid, time, expire (and the userbuf), in base64; a wrong key or any change breaks it.' },
    userbuf: { label: `TLS.userbuf${INFLATED}`, help: 'The PrivateMapKey (base64 binary): room, privilege bits and their expiry; covered by the signature.' },
  },
} as const;
const segmentsZh: Strings<typeof segmentsEn> = {
  TLS: {
    ver: { label: `TLS.ver${INFLATED_ZH}`, help: '格式版本：TLSSigAPIv2 为 "2.0"。' },
    identifier: { label: `TLS.identifier${INFLATED_ZH}`, help: '签名所针对的 UserID；任何人都可读取。' },
    sdkappid: { label: `TLS.sdkappid${INFLATED_ZH}`, help: '签名所针对的 SDKAppID；任何人都可读取。' },
    time: { label: `TLS.time${INFLATED_ZH}`, help: '签发时间，自 1970 年起的秒数（UTC）。' },
    expire: { label: `TLS.expire${INFLATED_ZH}`, help: '有效秒数；time + expire 即过期时间。' },
    sig: { label: `TLS.sig${INFLATED_ZH}`, help: '用 SDK 密钥对 identifier、sdkappid、time、expire（及 userbuf）做 HMAC-SHA256，base64 编码；密钥错误或任何改动都会使其失配。' },
    userbuf: { label: `TLS.userbuf${INFLATED_ZH}`, help: 'PrivateMapKey（base64 二进制）：房间、权限位及其过期时间；受签名保护。' },
  },
};

export const userSigTextsEn = {
  label: 'Tencent UserSig (TLSSigAPIv2)',
  secret: 'SDK secret key',
  vendor: 'Tencent Cloud',
  segment: segmentsEn,
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
} as const;

export const userSigTextsZh: Strings<typeof userSigTextsEn> = {
  label: '腾讯云 UserSig（TLSSigAPIv2）',
  secret: 'SDK 密钥',
  vendor: '腾讯云',
  segment: segmentsZh,
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
};
