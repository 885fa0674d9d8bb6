/**
 * The verdicts' names. English and Chinese side by side. The screens and the CLI say a verdict
 * with the same Chinese words; the English differs by place (Title case on screen, a tag and a
 * lower-case word in the terminal).
 */
import type { Strings } from '../strings';

export const verdictEn = {
  valid: 'Valid',
  expired: 'Expired',
  not_yet_valid: 'Not yet valid',
  app_id_mismatch: 'App ID mismatch',
  user_id_mismatch: 'User ID mismatch',
  wrong_secret_or_tampered: 'Wrong secret or tampered',
  malformed: 'Malformed',
  unverified: 'Unverified',
} as const;

export const verdictZh: Strings<typeof verdictEn> = {
  valid: '有效',
  expired: '已过期',
  not_yet_valid: '尚未生效',
  app_id_mismatch: 'AppID 不匹配',
  user_id_mismatch: '用户 ID 不匹配',
  wrong_secret_or_tampered: '密钥错误或已被篡改',
  malformed: '格式错误',
  unverified: '未验证',
};
