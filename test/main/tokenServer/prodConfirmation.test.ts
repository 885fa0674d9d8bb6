/**
 * The prod confirmation of the token server is worded in the asker's language: the app's native
 * dialog (title, message, detail and both buttons) and the CLI's terminal question alike.
 */
import type { BrowserWindow, MessageBoxOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createNativeConfirm } from '../../../src/main/electron/nativeConfirm';
import type { ConfirmQuestion } from '../../../src/main/security/confirmPort';
import { prodConfirmation } from '../../../src/main/tokenServer/prodConfirmation';
import { createTokenServerService } from '../../../src/main/tokenServer/tokenServerService';
import { fakeRandomBytes } from '../../support/cliHarness';

describe('the token server prod confirmation', () => {
  it('reads in English and in Chinese, with its own button words', () => {
    expect(prodConfirmation('en')).toEqual({
      title: 'Serve production profiles?',
      message: 'Serve tokens of prod-tagged profiles from the local token server for this run?',
      detail: 'Anyone on this computer holding the bearer key can then mint tokens signed with your production secrets until the server stops.',
      confirmLabel: 'Serve prod profiles',
      cancelLabel: 'Cancel',
    });
    const zh = prodConfirmation('zh-CN');
    expect(zh.title).toBe('要提供生产环境档案的令牌吗？');
    expect(zh.detail).toContain('生产环境密钥');
    expect([zh.cancelLabel, zh.confirmLabel]).toEqual(['取消', '提供 prod 档案']);
  });

  it('is asked in the language the service is given, and a no still refuses to start', async () => {
    const asked: ConfirmQuestion[] = [];
    const service = createTokenServerService({
      createMinter: () => {
        throw new Error('not reached: refused before minting');
      },
      randomBytes: fakeRandomBytes(1),
      nowMs: () => 0,
      confirm: { confirm: async (q) => (asked.push(q), false) },
      language: () => 'zh-CN',
    });
    await expect(service.start({ allowProd: true })).rejects.toThrow(/not confirmed/);
    expect(asked).toEqual([prodConfirmation('zh-CN')]);
  });

  it('the native dialog shows the question with Cancel first, default and on Escape, in that language', async () => {
    const window = { isDestroyed: () => false } as unknown as BrowserWindow;
    const shown: MessageBoxOptions[] = [];
    const confirm = createNativeConfirm(async (_parent, options) => (shown.push(options), { response: 0, checkboxChecked: false }), () => window);
    expect(await confirm.confirm(prodConfirmation('zh-CN'))).toBe(false);
    expect(shown[0]).toMatchObject({ title: '要提供生产环境档案的令牌吗？', buttons: ['取消', '提供 prod 档案'], defaultId: 0, cancelId: 0 });
  });
});
