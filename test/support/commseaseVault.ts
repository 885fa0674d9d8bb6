/**
 * A real profile vault (temp data folder + in-memory keychain) holding CommsEase profiles, for
 * tests of the CommsEase services above it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemorySecretStore, type MemorySecretStore } from '../../src/main/vault/memorySecretStore';
import { createProfileStore } from '../../src/main/vault/profileStore';
import { createProfileVault, type ProfileVault } from '../../src/main/vault/profileVault';
import type { ProfileView } from '../../src/shared/ipc/schemas/profile';

export interface CommsEaseTestVault {
  dataDir: string;
  vault: ProfileVault;
  secrets: MemorySecretStore;
  addProfile(options: { name: string; env?: string; appKey: string; appSecret: string; apiBase?: string }): Promise<ProfileView>;
  cleanup(): Promise<void>;
}

export async function createCommsEaseTestVault(): Promise<CommsEaseTestVault> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tokenlab-commsease-'));
  const secrets = createMemorySecretStore();
  let ids = 0;
  const vault = createProfileVault({
    dataDir,
    store: createProfileStore(dataDir, () => 1_750_000_000_000),
    secrets,
    now: () => 1_750_000_000,
    newId: () => (++ids).toString(16).padStart(16, '0'),
  });
  return {
    dataDir,
    vault,
    secrets,
    addProfile: ({ name, env, appKey, appSecret, apiBase }) =>
      vault.add({ provider: 'commsease', name, appKey, secret: appSecret, ...(env ? { env } : {}), ...(apiBase ? { apiBase } : {}) }),
    cleanup: () => rm(dataDir, { recursive: true, force: true }),
  };
}
