/**
 * The secret store for the e2e run: the real OS keychain (gnome-keyring in the test's private
 * D-Bus session) whenever it is reachable. Only outside CI, and only when none is reachable,
 * it falls back to the in-memory store — and says so in the test output.
 */
import { createKeychainStore } from '../../../src/main/vault/keychain';
import { createMemorySecretStore } from '../../../src/main/vault/memorySecretStore';
import type { SecretStore } from '../../../src/main/vault/secretStore';

export async function secretStoreForE2e(): Promise<{ secrets: SecretStore; kind: 'os-keychain' | 'in-memory' }> {
  const keychain = createKeychainStore();
  const status = await keychain.status();
  if (status.state === 'available') return { secrets: keychain, kind: 'os-keychain' };
  if (process.env['CI'] === 'true') {
    throw new Error(`CI=true but the OS keychain is ${status.state}: ${status.message}`);
  }
  console.warn(`[e2e] NOTE: no usable OS keychain (${status.state}: ${status.message}); using the IN-MEMORY secret store.`);
  return { secrets: createMemorySecretStore(), kind: 'in-memory' };
}
