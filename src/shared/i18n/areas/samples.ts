/**
 * "Try an example": the sample tokens' names and the names of the inputs shown beside them,
 * keyed by sample id (src/shared/tokens/sampleTokens.ts, whose English labels these repeat); every
 * input name is listed, identifiers too, so none is shown in Chinese by falling back to English.
 * English and Chinese side by side; the Chinese half has exactly the English keys.
 */
import type { Strings } from '../strings';

export const samplesEn = {
  label: {
    'sample-gcm': 'ZEGO Token04 · AES-GCM · room privilege',
    'sample-cbc': 'ZEGO Token04 · AES-CBC',
    'sample-dynamic': 'CommsEase dynamic token',
    'sample-agora-accesstoken2': 'Agora AccessToken2 (007) · RTC publisher',
    'sample-agora-accesstoken': 'Agora AccessToken (006) · RTC publisher',
    'sample-tencent-usersig-v2': 'Tencent UserSig (TLSSigAPIv2)',
    'sample-livekit-jwt': 'LiveKit access token · room join',
    'sample-twilio-jwt': 'Twilio Access Token · video room, 24 h',
    'sample-jwt-generic': 'JWT · HS256',
  },
  input: {
    AppID: 'AppID',
    ServerSecret: 'ServerSecret',
    AppKey: 'AppKey',
    AppSecret: 'AppSecret',
    accid: 'accid',
    'App ID': 'App ID',
    'App Certificate': 'App Certificate',
    channel: 'channel',
    uid: 'uid',
    SDKAppID: 'SDKAppID',
    'SDK secret key': 'SDK secret key',
    UserID: 'UserID',
    'API key': 'API key',
    'API secret': 'API secret',
    'Account SID': 'Account SID',
    'API key SID': 'API key SID',
    'API key secret': 'API key secret',
    'HMAC key': 'HMAC key',
  },
} as const;

export const samplesZh: Strings<typeof samplesEn> = {
  label: {
    'sample-gcm': 'ZEGO Token04 · AES-GCM · 房间权限',
    'sample-cbc': 'ZEGO Token04 · AES-CBC',
    'sample-dynamic': '网易云信动态令牌',
    'sample-agora-accesstoken2': '声网 AccessToken2（007）· RTC 主播',
    'sample-agora-accesstoken': '声网 AccessToken（006）· RTC 主播',
    'sample-tencent-usersig-v2': '腾讯云 UserSig（TLSSigAPIv2）',
    'sample-livekit-jwt': 'LiveKit 访问令牌 · 加入房间',
    'sample-twilio-jwt': 'Twilio 访问令牌 · 视频房间，24 小时',
    'sample-jwt-generic': 'JWT · HS256',
  },
  input: {
    AppID: 'AppID',
    ServerSecret: 'ServerSecret',
    AppKey: 'AppKey',
    AppSecret: 'AppSecret',
    accid: 'accid（云信账号）',
    'App ID': 'App ID',
    'App Certificate': 'App 证书',
    channel: '频道名',
    uid: 'uid',
    SDKAppID: 'SDKAppID',
    'SDK secret key': 'SDK 密钥',
    UserID: 'UserID（用户标识）',
    'API key': 'API Key',
    'API secret': 'API 密钥',
    'Account SID': 'Account SID',
    'API key SID': 'API Key SID',
    'API key secret': 'API Key 密钥',
    'HMAC key': 'HMAC 密钥',
  },
};
