/**
 * Open the profile vault from the CLI: the same data folder and keychain entries as the app.
 *
 * The keychain is the OS one unless the CliIo carries a `secretStore` (in-process tests pass
 * an in-memory store there; the real keychain is tested in test/main/vault).
 */
import { createKeychainStore } from '../main/vault/keychain';
import { resolveDataDir } from '../main/vault/dataDir';
import { createProfileStore, type ProfileStore } from '../main/vault/profileStore';
import { createProfileVault, type ProfileVault } from '../main/vault/profileVault';
import type { SecretStore } from '../main/vault/secretStore';
import type { CliIo } from './io';

/** A CliIo that may bring its own secret store. */
export type CliVaultIo = CliIo & { secretStore?: SecretStore };

export interface CliVault {
  vault: ProfileVault;
  store: ProfileStore;
  secrets: SecretStore;
  dataDir: string;
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function openCliVault(io: CliVaultIo): CliVault {
  const dataDir = resolveDataDir(io.env);
  const store = createProfileStore(dataDir, () => io.now() * 1000);
  const secrets = io.secretStore ?? createKeychainStore();
  const vault = createProfileVault({ dataDir, store, secrets, now: () => io.now(), newId: () => hex(io.randomBytes(8)) });
  return { vault, store, secrets, dataDir };
}

/** Tell the user, on stderr, about a damaged profiles file that was just repaired. */
export function reportCorruption(cli: CliVault, io: CliIo): void {
  const corrupt = cli.store.corruption();
  if (corrupt) {
    io.stderr.write(`tokenlab: ${cli.store.path} was damaged (${corrupt.reason}); the original is kept as ${corrupt.backupPath}\n`);
  }
}
