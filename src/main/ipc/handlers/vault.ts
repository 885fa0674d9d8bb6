/**
 * Handlers of `vault:*`: keychain and profiles-file health for the start-up banner, and the
 * keychain doctor (orphaned entries, removed only as main re-checks them).
 */
import type { vaultChannels } from '../../../shared/ipc/channels/vault';
import type { AppLanguage } from '../../i18n/appLanguage';
import type { KeychainDoctor } from '../../services/keychainDoctor';
import { wordKeychainStatus } from '../../vault/keychainStatusText';
import type { ProfileVault } from '../../vault/profileVault';
import type { HandlersFor } from '../handlerTypes';

export interface VaultHandlerDeps {
  vault: Pick<ProfileVault, 'status'>;
  doctor: KeychainDoctor;
  /** The keychain's status and a damaged file's reason are worded in the language the page picked. */
  language: Pick<AppLanguage, 'current'>;
}

export function createVaultHandlers(deps: VaultHandlerDeps): HandlersFor<typeof vaultChannels> {
  return {
    'vault:status': async () => {
      const language = deps.language.current();
      const status = await deps.vault.status(language);
      return { ...status, keychain: wordKeychainStatus(status.keychain, language) };
    },
    'vault:findOrphans': async () => ({ dataDir: deps.doctor.dataDir, orphans: await deps.doctor.findOrphans() }),
    'vault:removeOrphans': ({ accounts }) => deps.doctor.removeOrphans(accounts),
  };
}
