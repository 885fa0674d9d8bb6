import { describe, expect, it } from 'vitest';
import { classifyKeychainError } from '../../../src/main/vault/keychain';

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
