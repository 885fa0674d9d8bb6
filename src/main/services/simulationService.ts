/**
 * Simulation credentials: the secret and public identity a profile lends the simulator.
 *
 * The one place that answers "which profile may mint this platform's tokens": the platform's
 * family (registry) must be the profile's, and the platform must mint tokens at all. Used by
 * the `sim:run` handler and `tokenlab simulate --profile`.
 */
import { MainTextError } from '../i18n/mainText';
import type { FamilyRegistry, RegisteredPlatform } from '../../shared/families/registry';
import type { SimCredentials } from '../../shared/sim/simTokenMinter';
import type { Profile } from '../vault/profile';
import type { ProfileVault } from '../vault/profileVault';

export type ProfileRef = { id: string } | { name: string };

export interface SimulationService {
  credentialsFor(profile: ProfileRef, platformId: string): Promise<SimCredentials>;
}

export interface SimulationServiceDeps {
  vault: Pick<ProfileVault, 'credentials' | 'credentialsByName'>;
  registry: FamilyRegistry;
}

/**
 * The ZEGO / CommsEase minter takes the identifiers named appId / appKey; families that mint
 * through their `lifecycle.simulation` take the whole (public) identifiers, checked there.
 */
function identityOf(profile: Profile): Omit<SimCredentials, 'secret'> {
  const c = profile.credentials as Readonly<Record<string, unknown>>;
  return {
    ...(typeof c['appId'] === 'number' ? { appId: c['appId'] } : {}),
    ...(typeof c['appKey'] === 'string' ? { appKey: c['appKey'] } : {}),
    credentials: profile.credentials,
  };
}

export function createSimulationService(deps: SimulationServiceDeps): SimulationService {
  function platformOf(id: string): RegisteredPlatform {
    const platform = deps.registry.platform(id);
    if (!platform) throw new MainTextError('INVALID_INPUT', 'unknownPlatform', { id });
    if (platform.rules.mintsTokens === false) {
      throw new MainTextError('INVALID_INPUT', 'platformMintsNoTokens', { id, label: platform.rules.label });
    }
    return platform;
  }
  return {
    async credentialsFor(ref, platformId) {
      const { family, rules } = platformOf(platformId);
      const { profile, secret } =
        'id' in ref ? await deps.vault.credentials(ref.id, family, rules.id) : await deps.vault.credentialsByName(ref.name, family, rules.id);
      return { secret, ...identityOf(profile as unknown as Profile) };
    },
  };
}
