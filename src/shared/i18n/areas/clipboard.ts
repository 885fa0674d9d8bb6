/** The clipboard's notices in the status line. English and Chinese side by side; the Chinese half has exactly the English keys. */
import type { Strings } from '../strings';

export const clipboardEn = {
  copied: 'Copied the {{what}}.',
  copiedClears: 'Copied the {{what}}; the clipboard clears at {{time}}.',
  lapsed: 'The copied {{what}} is no longer in the clipboard.',
  failed: 'Could not copy the {{what}}: {{message}}',
  cleared: 'Clipboard cleared.',
  what: { token: 'token', 'bearer key': 'bearer key' },
} as const;

export const clipboardZh: Strings<typeof clipboardEn> = {
  copied: '已复制{{what}}。',
  copiedClears: '已复制{{what}}；剪贴板将于 {{time}} 清空。',
  lapsed: '复制的{{what}}已不在剪贴板中。',
  failed: '无法复制{{what}}：{{message}}',
  cleared: '剪贴板已清空。',
  what: { token: '令牌', 'bearer key': 'Bearer 密钥' },
};
