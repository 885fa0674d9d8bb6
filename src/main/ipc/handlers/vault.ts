/**
 * Handlers of `vault:*`: keychain and profiles-file health for the start-up banner, and the
 * keychain doctor (orphaned entries, removed only as main re-checks them).
 */
import type { vaultChannels } from '../../../shared/ipc/channels/vault';
import type { KeychainDoctor } from '../../services/keychainDoctor';
import type { ProfileVault } from '../../vault/profileVault';
import type { HandlersFor } from '../handlerTypes';

export interface VaultHandlerDeps {
  vault: Pick<ProfileVault, 'status'>;
  doctor: KeychainDoctor;
}

export function createVaultHandlers(deps: VaultHandlerDeps): HandlersFor<typeof vaultChannels> {
  return {
    'vault:status': () => deps.vault.status(),
    'vault:findOrphans': async () => ({ dataDir: deps.doctor.dataDir, orphans: await deps.doctor.findOrphans() }),
    'vault:removeOrphans': ({ accounts }) => deps.doctor.removeOrphans(accounts),
  };
}
