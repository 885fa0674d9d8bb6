/**
 * Handlers of `vault:*`: keychain and profiles-file health for the start-up banner.
 */
import type { vaultChannels } from '../../../shared/ipc/channels/vault';
import type { ProfileVault } from '../../vault/profileVault';
import type { HandlersFor } from '../handlerTypes';

export interface VaultHandlerDeps {
  vault: Pick<ProfileVault, 'status'>;
}

export function createVaultHandlers(deps: VaultHandlerDeps): HandlersFor<typeof vaultChannels> {
  return {
    'vault:status': () => deps.vault.status(),
  };
}
