/**
 * The profile vault: profiles in profiles.json, their secrets in the SecretStore.
 *
 * (Interface first; the implementation follows in this file.)
 */
import type { AddProfileRequest, ImportReport } from '../../shared/ipc/channels/profiles';
import type { VaultStatus } from '../../shared/ipc/channels/vault';
import type { ProfileView } from '../../shared/ipc/schemas/profile';

export interface ProfileVault {
  status(): Promise<VaultStatus>;
  list(): Promise<ProfileView[]>;
  get(id: string): Promise<ProfileView>;
  findByName(name: string): Promise<ProfileView>;
  add(input: AddProfileRequest): Promise<ProfileView>;
  rename(id: string, name: string): Promise<ProfileView>;
  retag(id: string, env: string): Promise<ProfileView>;
  replaceSecret(id: string, secret: string): Promise<{ profile: ProfileView; previousFingerprint: string | null }>;
  delete(id: string): Promise<void>;
  exportJson(ids?: readonly string[]): Promise<{ json: string; count: number }>;
  importJson(json: string): Promise<ImportReport>;
  /** Main-process only: the secret, for the signing service. Never returned over IPC. */
  readSecret(id: string): Promise<string>;
}
