/**
 * An in-memory SecretStore for tests of the code above the keychain (vault, signing, IPC, CLI).
 *
 * It can be switched into the states a real keychain has (locked, unavailable) so callers'
 * error paths are tested too; the real keychain module is tested against gnome-keyring.
 */
import { TokenLabError } from '../../shared/errors';
import type { SecretStore, SecretStoreStatus } from './secretStore';

export type MemoryKeychainState = 'available' | 'locked' | 'unavailable';

export interface MemorySecretStore extends SecretStore {
  /** Direct view for assertions (account → secret). */
  readonly entries: ReadonlyMap<string, string>;
  setState(state: MemoryKeychainState): void;
}

export function createMemorySecretStore(initial: Record<string, string> = {}): MemorySecretStore {
  const entries = new Map<string, string>(Object.entries(initial));
  let state: MemoryKeychainState = 'available';

  function check(): void {
    if (state === 'locked') throw new TokenLabError('KEYCHAIN_LOCKED', 'The keyring is locked: unlock it and try again.');
    if (state === 'unavailable') throw new TokenLabError('KEYCHAIN_UNAVAILABLE', 'No keychain service is reachable.');
  }

  return {
    entries,
    setState(next) {
      state = next;
    },
    async get(account) {
      check();
      return entries.get(account) ?? null;
    },
    async set(account, secret) {
      check();
      entries.set(account, secret);
    },
    async delete(account) {
      check();
      return entries.delete(account);
    },
    async listAccounts() {
      check();
      return [...entries.keys()];
    },
    async status(): Promise<SecretStoreStatus> {
      if (state === 'available') return { state, message: '', remedy: null };
      if (state === 'locked') return { state, message: 'The keyring is locked.', remedy: 'Unlock your keyring, then retry.' };
      return { state, message: 'No keychain service is reachable.', remedy: 'Install libsecret.' };
    },
  };
}
