/** The clipboard's notices in the status line (copy, auto-clear). English and Chinese side by side; the Chinese half has exactly the English keys. */
import type { Strings } from '../strings';

export const clipboardEn = {
  copied: 'Copied the {{what}}.',
  copiedClears: 'Copied the {{what}}; the clipboard clears in {{seconds}} s.',
  copyFailed: 'Could not copy the {{what}}: {{message}}',
  cleared: 'Clipboard cleared.',
  /** What was copied, by the word the caller names it with. */
  what: { token: 'token', 'bearer key': 'bearer key' },
} as const;

export const clipboardZh: Strings<typeof clipboardEn> = {
  copied: '已复制{{what}}。',
  copiedClears: '已复制{{what}}；剪贴板将在 {{seconds}} 秒后清空。',
  copyFailed: '无法复制{{what}}：{{message}}',
  cleared: '剪贴板已清空。',
  what: { token: '令牌', 'bearer key': 'Bearer 密钥' },
};
