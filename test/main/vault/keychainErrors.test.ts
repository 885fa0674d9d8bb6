import { describe, expect, it } from 'vitest';
import { classifyKeychainError, createKeychainStore, type KeytarApi } from '../../../src/main/vault/keychain';
import { wordKeychainStatus } from '../../../src/main/vault/keychainStatusText';
import { wordError } from '../../../src/main/i18n/mainText';

describe('classifyKeychainError (messages seen from libsecret, macOS and Windows)', () => {
  it.each([
    ['Cannot create an item in a locked collection', 'KEYCHAIN_LOCKED'],
    ['Cannot get secret of a locked object', 'KEYCHAIN_LOCKED'],
    ['User interaction is not allowed.', 'KEYCHAIN_LOCKED'],
    ['The operation was cancelled', 'KEYCHAIN_LOCKED'],
    ['Could not connect: No such file or directory', 'KEYCHAIN_UNAVAILABLE'],
    ['Cannot autolaunch D-Bus without X11 $DISPLAY', 'KEYCHAIN_UNAVAILABLE'],
    ['The name org.freedesktop.secrets was not provided by any .service files', 'KEYCHAIN_UNAVAILABLE'],
    ['Element not found.', 'KEYCHAIN_ERROR'],
  ])('%s → %s', (message, code) => {
    expect(classifyKeychainError(new Error(message), 'linux').code).toBe(code);
  });

  it('tells Linux users how to unlock, and what to install when nothing answers', () => {
    expect(classifyKeychainError(new Error('locked collection'), 'linux').message).toMatch(/unlock your login keyring/);
    expect(classifyKeychainError(new Error('Could not connect'), 'linux').message).toMatch(/libsecret/);
  });
});

describe('the keychain status in the language picked in the app', () => {
  const locked: KeytarApi = {
    getPassword: async () => null,
    setPassword: async () => {
      throw new Error('Cannot create an item in a locked collection');
    },
    deletePassword: async () => false,
    findCredentials: async () => [],
  };

  it('says a locked keyring and what to do in Chinese, and in English exactly as before', async () => {
    const status = await createKeychainStore({ load: async () => locked, platform: 'linux', service: 'TokenLab-test' }).status();
    expect(wordKeychainStatus(status, 'en')).toEqual({
      state: 'locked',
      message: 'The keyring is locked: unlock your login keyring (e.g. in "Passwords and Keys") and try again.',
      remedy: 'Unlock your keyring, then retry.',
    });
    expect(wordKeychainStatus(status, 'zh-CN')).toEqual({
      state: 'locked',
      message: '密钥环已锁定：请解锁你的登录密钥环（例如在“密码和密钥”中）后重试。',
      remedy: '请解锁你的密钥环，然后重试。',
    });
  });

  it('says what to install when the library cannot load, in Chinese, the commands kept as they are', async () => {
    const store = createKeychainStore({ load: async () => Promise.reject(new Error('libsecret-1.so.0: cannot open shared object file')), platform: 'linux' });
    const status = await store.status();
    expect(status.message).toBe('The keychain library could not be loaded (libsecret-1.so.0: cannot open shared object file).');
    expect(wordKeychainStatus(status, 'en')).toEqual({ state: 'unavailable', message: status.message, remedy: status.remedy });
    const zh = wordKeychainStatus(status, 'zh-CN');
    expect(zh.message).toBe('无法加载钥匙串库（libsecret-1.so.0: cannot open shared object file）。');
    expect(zh.remedy).toContain('sudo apt install libsecret-1-0 gnome-keyring');
    expect(zh.remedy).toMatch(/^请安装/);
    await expect(store.get('x')).rejects.toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE', textKey: 'keychainNotLoaded' });
  });

  it('words a thrown keychain error for the page in Chinese, remedy included, per platform', () => {
    const error = classifyKeychainError(new Error('Could not connect'), 'darwin');
    expect(error.message).toBe('No keychain service is reachable (Could not connect). TokenLab uses the macOS login keychain; make sure it exists and is unlocked (Keychain Access).');
    expect(wordError(error, 'zh-CN')).toBe('无法连接任何钥匙串服务（Could not connect）。TokenLab 使用 macOS 的登录钥匙串；请确认它存在且已解锁（钥匙串访问）。');
  });
});
