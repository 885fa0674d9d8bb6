/**
 * The token server's minter: every family of the registry, through the signing service
 * (`signing.generateWith`, the path the CLI's `generate` takes), with the profile's
 * credentials and secret from the vault.
 *
 * Profiles and secrets are read once per server run and kept in this object (main process
 * memory only), so 1,000 requests a second do not each ask the keychain; a new run reads them
 * again. The clock is an argument of each mint, which is how the "expired" fault works.
 */
import type { FamilyRegistry } from '../../shared/families/registry';
import { isProductionEnv } from '../../shared/commsease/destructiveConfirmation';
import type { TokenFamily } from '../../shared/families/family';
import type { SigningService } from '../services/signingService';
import type { ProfileCredentials, ProfileVault } from '../vault/profileVault';
import type { ProfileGate, TokenMinter } from './ports';

export interface SigningTokenMinterDeps {
  vault: Pick<ProfileVault, 'findByName' | 'credentials'>;
  signing: Pick<SigningService, 'generateWith'>;
  registry: FamilyRegistry;
}

type Credentials = Readonly<Record<string, unknown>>;

/**
 * The profile's credentials with its app identifier (the one `expectFrom` calls appId: ZEGO's
 * AppID, the CommsEase AppKey, Agora's App ID …) changed in its last character; null when the
 * profile names no app (a generic JWT without an issuer).
 */
export function otherAppCredentials(family: TokenFamily, credentials: Credentials): Credentials | null {
  const appId = family.profile.expectFrom(credentials).appId;
  if (appId === undefined || appId === '') return null;
  const key = Object.keys(credentials).find((k) => String(credentials[k]) === appId);
  if (key === undefined) return null;
  const value = credentials[key];
  if (typeof value === 'number') return { ...credentials, [key]: value % 10 === 9 ? value - 1 : value + 1 };
  const text = String(value);
  return { ...credentials, [key]: text.slice(0, -1) + (text.endsWith('0') ? '1' : '0') };
}

export function createSigningTokenMinter(deps: SigningTokenMinterDeps): TokenMinter & ProfileGate {
  const { registry } = deps;
  const views = new Map<string, ReturnType<ProfileVault['findByName']>>();
  const secrets = new Map<string, Promise<ProfileCredentials<Credentials>>>();

  function cached<T>(map: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
    let entry = map.get(key);
    if (!entry) {
      entry = load();
      // A failed look-up is not kept: the profile may be added or repaired while the server runs.
      entry.catch(() => map.delete(key));
      map.set(key, entry);
    }
    return entry;
  }

  const viewOf = (name: string) => cached(views, name.toLowerCase(), () => deps.vault.findByName(name));

  return {
    registry,

    async describe(name) {
      const view = await viewOf(name);
      return { familyId: view.family, prodTagged: isProductionEnv(view.env) };
    },

    async mint(input) {
      const view = await viewOf(input.profile);
      const family = registry.require(view.family);
      const { profile, secret } = await cached(secrets, view.id, () => deps.vault.credentials(view.id, family) as Promise<ProfileCredentials<Credentials>>);
      const other = input.otherApp ? otherAppCredentials(family, profile.credentials) : null;
      const credentials = other ?? profile.credentials;
      const { token, inspection } = deps.signing.generateWith(family.id, { credentials, secret }, input.request, input.nowSeconds);
      return { token, expiresAt: inspection.expiresAt, otherAppApplied: other !== null };
    },
  };
}
