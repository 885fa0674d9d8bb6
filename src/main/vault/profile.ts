/**
 * The domain model of a profile: a family, that family's credentials (public identifiers),
 * and the bookkeeping around the secret kept in the keychain.
 *
 * `Profile` is discriminated by `family`: `isProfileOf(p, family)` narrows the credentials to
 * the family's own type (validated by its `credentialsSchema` when the file was read), so no
 * caller casts `appId as number`. What crosses IPC is `ProfileView` (shared/ipc/schemas/profile.ts),
 * built here by `toProfileView`; what sits on disk is profileStore.ts's versioned document.
 */
import type { TokenFamily } from '../../shared/families/family';
import type { FamilyRegistry } from '../../shared/families/registry';
import type { ProfileView } from '../../shared/ipc/schemas/profile';

export type IdentifierValue = string | number;

export interface Profile<Credentials = Readonly<Record<string, IdentifierValue>>> {
  id: string;
  /** The registry id of the family: the discriminant. */
  family: string;
  name: string;
  env: string;
  credentials: Credentials;
  fingerprint: string | null;
  secretStored: boolean;
  /** Accids with a static token in the keychain (CommsEase; empty for other families). */
  staticTokenAccids: string[];
  createdAt: number;
}

/** A profile of this family, with its credentials typed as the family's. */
export function isProfileOf<C>(profile: Profile, family: TokenFamily<C, never> | TokenFamily<C>): profile is Profile & Profile<C> {
  return profile.family === family.id;
}

function flat<T extends 'number' | 'string'>(credentials: Readonly<Record<string, unknown>>, key: string, type: T): (T extends 'number' ? number : string) | null {
  const value = credentials[key];
  return (typeof value === type ? value : null) as (T extends 'number' ? number : string) | null;
}

export function toProfileView(profile: Profile, registry: FamilyRegistry): ProfileView {
  const family = registry.require(profile.family);
  const credentials = profile.credentials as Record<string, IdentifierValue>;
  return {
    id: profile.id,
    family: family.id,
    provider: family.cliNames[0] ?? family.id,
    name: profile.name,
    env: profile.env,
    credentials: { ...credentials },
    summary: family.profile.describe(credentials),
    appId: flat(credentials, 'appId', 'number'),
    appKey: flat(credentials, 'appKey', 'string'),
    apiBase: flat(credentials, 'apiBase', 'string'),
    fingerprint: profile.fingerprint,
    secretStored: profile.secretStored,
    staticTokenAccids: [...profile.staticTokenAccids],
    createdAt: profile.createdAt,
  };
}
