/**
 * The field texts of LiveKit access tokens (profile identifiers, generator fields and choices, expected
 * values, secret label) in English — the family's own FieldSpec words — and Chinese, as
 * ../../i18n/areas/family.ts lists them under `family.<id>`.
 */
import type { Strings } from '../../i18n/strings';
import { JWT_SEGMENTS, JWT_SEGMENTS_ZH } from '../support/jwtTexts';

export const liveKitTextsEn = {
  label: 'LiveKit access token (JWT)',
  secret: 'API secret',
  vendor: 'LiveKit',
  segment: JWT_SEGMENTS,
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
} as const;

export const liveKitTextsZh: Strings<typeof liveKitTextsEn> = {
  label: 'LiveKit 访问令牌（JWT）',
  secret: 'API 密钥（secret）',
  vendor: 'LiveKit',
  segment: JWT_SEGMENTS_ZH,
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
};
