/**
 * The field texts of Twilio Access Tokens (profile identifiers, generator fields and choices, expected
 * values, secret label) in English — the family's own FieldSpec words — and Chinese, as
 * ../../i18n/areas/family.ts lists them under `family.<id>`.
 */
import type { Strings } from '../../i18n/strings';
import { JWT_SEGMENTS, JWT_SEGMENTS_ZH } from '../support/jwtTexts';

export const twilioTextsEn = {
  label: 'Twilio Access Token (JWT)',
  secret: 'API key secret',
  vendor: 'Twilio',
  segment: JWT_SEGMENTS,
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
} as const;

export const twilioTextsZh: Strings<typeof twilioTextsEn> = {
  label: 'Twilio 访问令牌（JWT）',
  secret: 'API Key 密钥',
  vendor: 'Twilio',
  segment: JWT_SEGMENTS_ZH,
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
};
