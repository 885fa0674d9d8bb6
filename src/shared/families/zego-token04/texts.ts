/**
 * The field texts of ZEGO Token04 (profile identifiers, generator fields and choices, expected
 * values, secret label) in English — the family's own FieldSpec words — and Chinese, as
 * ../../i18n/areas/family.ts lists them under `family.<id>`.
 */
import type { Strings } from '../../i18n/strings';

export const zegoTextsEn = {
  label: 'ZEGO Token04',
  secret: 'ServerSecret',
  vendor: 'ZEGOCLOUD',
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
  segment: {
    version: { label: 'Version', help: 'Version prefix "04": plain text, not encoded.' },
    expire: { label: 'Expiry (outer, unauthenticated)', help: 'Outer expiry: readable without the secret, not authenticated by itself.' },
    ivLength: { label: 'IV length', help: 'Length of the CBC IV that follows.' },
    nonceLength: { label: 'Nonce length', help: 'Length of the GCM nonce that follows.' },
    iv: { label: 'CBC IV', help: 'CBC IV: random, sent in clear; changing it changes the first plaintext block.' },
    nonce: { label: 'GCM nonce', help: 'GCM nonce: random, sent in clear; it must never repeat with the same secret.' },
    mode: { label: 'Mode', help: 'Encryption mode byte: 0 = AES-CBC, 1 = AES-GCM.' },
    ciphertextLength: { label: 'Ciphertext length', help: 'Length of the encrypted body.' },
    ciphertext: { label: 'Ciphertext', help: 'Encrypted body: app, user, times and payload.' },
    tag: { label: 'GCM tag', help: 'GCM tag: 16 bytes that authenticate the whole body; a wrong secret or any change breaks it.' },
  },
} as const;

export const zegoTextsZh: Strings<typeof zegoTextsEn> = {
  label: 'ZEGO Token04',
  secret: 'ServerSecret',
  vendor: '即构 ZEGOCLOUD',
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
  segment: {
    version: { label: '版本', help: '版本前缀 "04"：明文，未经编码。' },
    expire: { label: '过期时间（外层，未经认证）', help: '外层过期时间：无需密钥即可读取，本身未经认证。' },
    ivLength: { label: 'IV 长度', help: '其后 CBC IV 的长度。' },
    nonceLength: { label: 'Nonce 长度', help: '其后 GCM nonce 的长度。' },
    iv: { label: 'CBC IV', help: 'CBC IV：随机、明文传输；改动它会改变第一个明文块。' },
    nonce: { label: 'GCM nonce', help: 'GCM nonce：随机、明文传输；同一密钥下绝不可重复。' },
    mode: { label: '模式', help: '加密模式字节：0 = AES-CBC，1 = AES-GCM。' },
    ciphertextLength: { label: '密文长度', help: '加密正文的长度。' },
    ciphertext: { label: '密文', help: '加密正文：应用、用户、时间与 payload。' },
    tag: { label: 'GCM 认证标签', help: 'GCM 认证标签：16 字节，认证整个正文；密钥错误或任何改动都会使其失配。' },
  },
};
