/**
 * The field texts of ZEGO Token04 (profile identifiers, generator fields and choices, expected
 * values, secret label) in English — the family's own FieldSpec words — and Chinese, as
 * ../../i18n/areas/family.ts lists them under `family.<id>`.
 */
import type { Strings } from '../../i18n/strings';

export const zegoTextsEn = {
  label: 'ZEGO Token04',
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
} as const;

export const zegoTextsZh: Strings<typeof zegoTextsEn> = {
  label: 'ZEGO Token04',
  secret: 'ServerSecret',
  identifier: { appId: { label: 'AppID', help: '即 ZEGO 控制台中的数字' } },
  field: {
    userId: { label: '用户 ID' },
    ttlSeconds: { label: '有效期（秒）' },
    layout: { label: '加密方式', option: { gcm: 'GCM（新版）', cbc: 'CBC（原版）' } },
    roomId: { label: '房间 ID', help: '仅用于 RTC 令牌' },
    privileges: { label: '权限', option: { login: '登录', publish: '推流' } },
    streamIds: { label: '流 ID', help: '允许推的流；留空表示任意流' },
  },
  verify: { appId: { label: '预期 AppID', help: '令牌应属于的 ZEGO 项目' } },
};
