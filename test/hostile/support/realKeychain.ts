/**
 * The real OS keychain for hostile tests: gnome-keyring in the private D-Bus session that
 * scripts/test.sh starts (or a developer's own session). Outside CI, a missing or locked
 * keychain skips the test; with CI=true it fails it.
 */
import { createKeychainStore } from '../../../src/main/vault/keychain';
import type { SecretStore } from '../../../src/main/vault/secretStore';

export async function realKeychainOrSkip(): Promise<SecretStore | null> {
  const keychain = createKeychainStore();
  const status = await keychain.status();
  if (status.state === 'available') return keychain;
  if (process.env['CI'] === 'true') throw new Error(`CI=true but the OS keychain is ${status.state}: ${status.message} (run through scripts/test.sh)`);
  return null;
}
