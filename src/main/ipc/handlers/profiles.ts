/**
 * Handlers of `profiles:*`: thin calls into the vault, which owns every rule and every write.
 */
import type { profilesChannels } from '../../../shared/ipc/channels/profiles';
import type { ProfileVault } from '../../vault/profileVault';
import type { HandlersFor } from '../handlerTypes';

export interface ProfilesHandlerDeps {
  vault: ProfileVault;
}

export function createProfilesHandlers(deps: ProfilesHandlerDeps): HandlersFor<typeof profilesChannels> {
  const { vault } = deps;
  return {
    'profiles:list': async () => ({ profiles: await vault.list() }),
    'profiles:add': async (request) => ({ profile: await vault.add(request) }),
    'profiles:rename': async ({ id, name }) => ({ profile: await vault.rename(id, name) }),
    'profiles:retag': async ({ id, env }) => ({ profile: await vault.retag(id, env) }),
    'profiles:replaceSecret': ({ id, secret }) => vault.replaceSecret(id, secret),
    'profiles:delete': async ({ id }) => {
      await vault.delete(id);
      return { deletedId: id };
    },
    'profiles:export': ({ ids }) => vault.exportJson(ids),
    'profiles:import': ({ json }) => vault.importJson(json),
  };
}
