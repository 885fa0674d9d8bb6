/**
 * The token server's minter over TODAY's profiles: vault (name → profile, keychain secret) and
 * the ZEGO / CommsEase engines. The one file to swap when the token-family registry lands:
 * `FAMILY_TABLE` becomes each family's generator FieldSpecs, `mint` becomes `generate(familyId, request)`.
 *
 * Profiles and secrets are read once per server run and kept in this object (main process
 * memory only), so 1,000 requests a second do not each ask the keychain; a new run reads them again.
 */
import type { CryptoPort, RandomBytes } from '../../shared/crypto/cryptoPort';
import { TokenLabError } from '../../shared/errors';
import type { ProfileView } from '../../shared/ipc/schemas/profile';
import type { FamilyParameter } from '../../shared/tokenServer/tokenQuery';
import { generateCommsEaseToken } from '../../shared/families/commsease-dynamic/dynamicToken';
import { drawZegoRandomness, generateZegoToken } from '../../shared/families/zego-token04/generateZegoToken';
import { buildRoomPrivilegePayload } from '../../shared/families/zego-token04/privilege';
import type { ProfileVault } from '../vault/profileVault';
import type { FamilyInfo, ProfileGate, TokenMinter } from './ports';

const idLike = (what: string) => (value: string): string | null => (/^[\w.@:-]{1,128}$/.test(value) ? null : `must be a ${what} of 1–128 letters, digits or . _ @ : -`);

function checkPrivileges(value: string): string | null {
  const parts = value.split(',').map((p) => p.trim());
  return parts.every((p) => p === 'login' || p === 'publish') ? null : 'takes login and/or publish, comma-separated';
}

function checkStreams(value: string): string | null {
  const parts = value.split(',');
  return parts.length <= 20 && parts.every((p) => idLike('stream id')(p.trim()) === null) ? null : 'takes up to 20 stream ids, comma-separated';
}

/** Each family's query parameters besides family/profile/user/ttl. */
export const FAMILY_TABLE: Record<'zego' | 'commsease', FamilyInfo> = {
  zego: {
    id: 'zego',
    label: 'ZEGOCLOUD Token04',
    parameters: [
      { name: 'room', check: idLike('room id') },
      { name: 'privilege', check: checkPrivileges },
      { name: 'stream', check: checkStreams },
      { name: 'layout', check: (v) => (v === 'gcm' || v === 'cbc' ? null : 'must be gcm or cbc') },
    ],
  },
  commsease: {
    id: 'commsease',
    label: 'NetEase CommsEase dynamic token',
    parameters: [{ name: 'accid', aliasOf: 'user', check: idLike('accid') } satisfies FamilyParameter],
  },
};

export interface VaultTokenMinterDeps {
  vault: Pick<ProfileVault, 'findByName' | 'readSecret'>;
  crypto: CryptoPort;
  randomBytes: RandomBytes;
}

interface Resolved {
  profile: ProfileView;
  secret: string | null;
}

const PROD_TAGS = new Set(['prod', 'production']);

/** Another AppID for the "other app" fault: the last decimal digit changed. */
function otherAppId(appId: number): number {
  return appId % 10 === 9 ? appId - 1 : appId + 1;
}

function otherAppKey(appKey: string): string {
  const last = appKey.at(-1);
  return appKey.slice(0, -1) + (last === '0' ? '1' : '0');
}

function zegoRoom(params: Record<string, string>) {
  const { room, privilege, stream } = params;
  if (room === undefined && privilege === undefined && stream === undefined) return '';
  const allowed = (privilege ?? 'login,publish').split(',').map((p) => p.trim());
  return buildRoomPrivilegePayload({
    roomId: room ?? '',
    canLogin: allowed.includes('login'),
    canPublish: allowed.includes('publish'),
    streamIds: stream !== undefined ? stream.split(',').map((s) => s.trim()) : null,
  });
}

export function createVaultTokenMinter(deps: VaultTokenMinterDeps): TokenMinter & ProfileGate {
  const cache = new Map<string, Promise<Resolved>>();

  function resolve(name: string): Promise<Resolved> {
    const key = name.toLowerCase();
    let entry = cache.get(key);
    if (!entry) {
      entry = deps.vault.findByName(name).then((profile) => ({ profile, secret: null }));
      // A failed look-up is not cached: the profile may be added while the server runs.
      entry.catch(() => cache.delete(key));
      cache.set(key, entry);
    }
    return entry;
  }

  async function secretOf(resolved: Resolved): Promise<string> {
    resolved.secret ??= await deps.vault.readSecret(resolved.profile.id);
    return resolved.secret;
  }

  return {
    families: () => Object.values(FAMILY_TABLE),

    async describe(name) {
      const { profile } = await resolve(name);
      return { family: profile.provider, prodTagged: PROD_TAGS.has(profile.env) };
    },

    async mint(input) {
      const resolved = await resolve(input.profile);
      const { profile } = resolved;
      const secret = await secretOf(resolved);
      const expiresAt = input.issuedAt + input.ttlSeconds;
      if (profile.provider === 'zego') {
        if (profile.appId === null) throw new TokenLabError('INVALID_INPUT', `profile "${profile.name}" has no appId`);
        const layout = input.params.layout === 'cbc' ? 'cbc' : 'gcm';
        const token = generateZegoToken(
          {
            appId: input.otherApp ? otherAppId(profile.appId) : profile.appId,
            userId: input.user,
            secret,
            effectiveTimeInSeconds: input.ttlSeconds,
            payload: zegoRoom(input.params),
            layout,
            now: input.issuedAt,
            ...drawZegoRandomness(layout, deps.randomBytes),
          },
          deps.crypto,
        );
        return { token, expiresAt, family: 'zego' };
      }
      if (profile.appKey === null) throw new TokenLabError('INVALID_INPUT', `profile "${profile.name}" has no AppKey`);
      const token = generateCommsEaseToken(
        {
          appKey: input.otherApp ? otherAppKey(profile.appKey) : profile.appKey,
          accid: input.user,
          appSecret: secret,
          curTimeMs: input.issuedAt * 1000,
          ttlSeconds: input.ttlSeconds,
        },
        deps.crypto,
      );
      return { token, expiresAt, family: 'commsease' };
    },
  };
}
