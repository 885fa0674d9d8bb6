/**
 * The signing service: mint and verify tokens by profile id, in the main process.
 *
 * The secret is read from the vault (keychain) for the duration of one call, handed to the
 * pure engine, and dropped; only tokens and `Inspection`s leave this module. Clock and
 * randomness are injected, so tests are deterministic and production uses the real ones.
 */
import type { CryptoPort, RandomBytes } from '../../shared/crypto/cryptoPort';
import { TokenLabError } from '../../shared/errors';
import type { ProfileView } from '../../shared/ipc/schemas/profile';
import { generateCommsEaseToken } from '../../shared/tokens/commsease/dynamicToken';
import { inspectToken } from '../../shared/tokens/inspect';
import type { Inspection, VerifyOptions } from '../../shared/tokens/types';
import { drawZegoRandomness, generateZegoToken } from '../../shared/tokens/zego/generateZegoToken';
import { buildRoomPrivilegePayload } from '../../shared/tokens/zego/privilege';
import type { ProfileVault } from '../vault/profileVault';

export interface JudgeOptions {
  /** Verify against this profile's secret and public identifiers; without it, `unverified`. */
  profileId?: string;
  /** CommsEase: the accid bound by the signature. */
  accid?: string;
  /** Epoch seconds; default: now. */
  now?: number;
  skewSeconds?: number;
}

export interface GeneratedToken {
  token: string;
  inspection: Inspection;
}

export interface ZegoGenerateRequest {
  profileId: string;
  userId: string;
  ttlSeconds: number;
  layout?: 'gcm' | 'cbc';
  room?: { roomId: string; canLogin: boolean; canPublish: boolean; streamIds: string[] | null };
}

export interface CommsEaseGenerateRequest {
  profileId: string;
  accid: string;
  ttlSeconds: number;
}

export interface SigningService {
  inspect(tokens: readonly string[], options: JudgeOptions): Promise<Inspection[]>;
  generateZego(request: ZegoGenerateRequest): Promise<GeneratedToken>;
  generateCommsEase(request: CommsEaseGenerateRequest): Promise<GeneratedToken>;
}

export interface SigningServiceDeps {
  vault: Pick<ProfileVault, 'get' | 'readSecret'>;
  crypto: CryptoPort;
  randomBytes: RandomBytes;
  /** Epoch milliseconds (CommsEase curTime is in ms). */
  nowMs: () => number;
}

/** About 10 ms of work between two yields; each token also costs a fixed amount (its decryption). */
const INSPECT_SLICE_CHARS = 64 * 1024;
const INSPECT_COST_PER_TOKEN = 256;

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function requireProvider(profile: ProfileView, provider: 'zego' | 'commsease'): void {
  if (profile.provider !== provider) {
    throw new TokenLabError('INVALID_INPUT', `profile "${profile.name}" is a ${profile.provider} profile, not ${provider}`);
  }
}

export function createSigningService(deps: SigningServiceDeps): SigningService {
  const { vault, crypto } = deps;
  const nowSeconds = (): number => Math.floor(deps.nowMs() / 1000);

  async function verifyOptionsFor(options: JudgeOptions): Promise<VerifyOptions> {
    const base: VerifyOptions = { now: options.now ?? nowSeconds() };
    if (options.skewSeconds !== undefined) base.skewSeconds = options.skewSeconds;
    if (options.accid !== undefined) base.accid = options.accid;
    if (options.profileId === undefined) return base;
    const profile = await vault.get(options.profileId);
    const secret = await vault.readSecret(profile.id);
    if (profile.provider === 'zego' && profile.appId !== null) return { ...base, secret, expectedAppId: profile.appId };
    if (profile.provider === 'commsease' && profile.appKey !== null) return { ...base, secret, appKey: profile.appKey };
    return { ...base, secret };
  }

  return {
    async inspect(tokens, options) {
      const verify = await verifyOptionsFor(options);
      // In slices of about 64k characters, yielding to the event loop in between, so a big
      // paste keeps main answering the window and other calls while it works.
      const inspections: Inspection[] = [];
      let sliceChars = 0;
      for (const token of tokens) {
        if (sliceChars >= INSPECT_SLICE_CHARS) {
          sliceChars = 0;
          await yieldToEventLoop();
        }
        inspections.push(inspectToken(token, verify, crypto));
        sliceChars += token.length + INSPECT_COST_PER_TOKEN;
      }
      return inspections;
    },

    async generateZego(request) {
      const profile = await vault.get(request.profileId);
      requireProvider(profile, 'zego');
      const secret = await vault.readSecret(profile.id);
      const layout = request.layout ?? 'gcm';
      const now = nowSeconds();
      const token = generateZegoToken(
        {
          appId: profile.appId as number,
          userId: request.userId,
          secret,
          effectiveTimeInSeconds: request.ttlSeconds,
          payload: request.room ? buildRoomPrivilegePayload(request.room) : '',
          layout,
          now,
          ...drawZegoRandomness(layout, deps.randomBytes),
        },
        crypto,
      );
      const inspection = inspectToken(token, { now, secret, expectedAppId: profile.appId as number }, crypto);
      return { token, inspection };
    },

    async generateCommsEase(request) {
      const profile = await vault.get(request.profileId);
      requireProvider(profile, 'commsease');
      const secret = await vault.readSecret(profile.id);
      const nowMs = Math.floor(deps.nowMs());
      const appKey = profile.appKey as string;
      const token = generateCommsEaseToken(
        { appKey, accid: request.accid, appSecret: secret, curTimeMs: nowMs, ttlSeconds: request.ttlSeconds },
        crypto,
      );
      const inspection = inspectToken(token, { now: Math.floor(nowMs / 1000), secret, appKey, accid: request.accid }, crypto);
      return { token, inspection };
    },
  };
}
