/**
 * Mints the simulation's tokens with the real engine, at virtual time.
 *
 * Every token in a run is a genuine Token04 or CommsEase dynamic token, so any event can be
 * opened in the inspector. The credentials are throwaway values derived from the seed unless
 * the caller supplies real ones (a profile's secret, through the main process); either way
 * they never appear in the result — only the tokens do. Nonces and IVs come from the seeded
 * generator, which is what makes the token bytes repeat for the same scenario and seed.
 */
import type { CryptoPort } from '../crypto/cryptoPort';
import { TokenLabError } from '../errors';
import { generateCommsEaseToken } from '../families/commsease-dynamic/dynamicToken';
import { drawZegoRandomness, generateZegoToken, validateZegoRequest } from '../families/zego-token04/generateZegoToken';
import { buildRoomPrivilegePayload } from '../families/zego-token04/privilege';
import type { TokenFault } from './events';
import { createPrng, deriveSeed, type Prng } from './prng';
import type { Scenario, SimPlatform } from './scenario';
import { isZegoPlatform, platformRules } from './sdkRules';

/** What the caller may supply instead of the throwaway credentials. */
export interface SimCredentials {
  /** ZEGO ServerSecret (32 characters) or CommsEase AppSecret. */
  secret: string;
  /** ZEGO AppID; derived from the seed when absent. */
  appId?: number;
  /** CommsEase AppKey; derived from the seed when absent. */
  appKey?: string;
}

/** The identities a run's tokens are for (no secret: safe to show and export). */
export interface SimIdentity {
  appId: number | null;
  appKey: string | null;
  /** The room in Express tokens' privilege payload. */
  roomId: string | null;
}

/**
 * A token decided and its expiry in milliseconds since the scenario's start. Its randomness is
 * drawn when it is decided, in run order; the encryption waits for `token()`, so a run whose
 * reader never looks at a token never pays for it, and the bytes are the same whenever it does.
 */
export interface MintedToken {
  token: () => string;
  expireMs: number;
}

export const SIM_ROOM_ID = 'sim-room';

export function simUserId(client: number): string {
  return `sim-user-${client}`;
}

const HEX = '0123456789abcdef';

function randomHex(prng: Prng, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += HEX[prng.nextUint32() & 15];
  return out;
}

/**
 * The throwaway credentials of a run without caller-supplied ones: a pure function of the
 * seed (and so public, never a secret), which lets a test or a reader verify the run's tokens.
 */
export function deriveSimCredentials(
  seed: number,
  platform: SimPlatform,
): { secret: string; otherSecret: string; appId: number; appKey: string } {
  const derived = createPrng(deriveSeed(seed, 'sim-credentials'));
  const length = isZegoPlatform(platform) ? 32 : 12;
  const secret = randomHex(derived, length);
  const otherSecret = randomHex(derived, length);
  const appId = 1_000_000_000 + (derived.nextUint32() % 3_000_000_000);
  const appKey = randomHex(derived, 32);
  return { secret, otherSecret, appId, appKey };
}

export class SimTokenMinter {
  readonly identity: SimIdentity;
  private readonly zego: boolean;
  private readonly secret: string;
  private readonly otherSecret: string;
  private readonly appId: number;
  private readonly appKey: string;
  private readonly payload: string;
  private readonly noPublishPayload: string;
  private readonly userIds: string[];
  private readonly startMs: number;

  constructor(
    private readonly scenario: Scenario,
    private readonly crypto: CryptoPort,
    private readonly random: Prng,
    credentials?: SimCredentials,
  ) {
    this.zego = isZegoPlatform(scenario.platform);
    const derived = deriveSimCredentials(scenario.seed, scenario.platform);
    this.secret = credentials?.secret ?? derived.secret;
    // Another secret of the same shape, for the "signed with another secret" fault.
    this.otherSecret = derived.otherSecret === this.secret ? derived.secret : derived.otherSecret;
    this.appId = credentials?.appId ?? derived.appId;
    this.appKey = credentials?.appKey ?? derived.appKey;
    this.startMs = scenario.startTime * 1000;
    this.userIds = [];
    const express = platformRules(scenario.platform).roomPrivileges === true;
    this.payload = express ? buildRoomPrivilegePayload({ roomId: SIM_ROOM_ID, canLogin: true, canPublish: true, streamIds: null }) : '';
    this.noPublishPayload = express
      ? buildRoomPrivilegePayload({ roomId: SIM_ROOM_ID, canLogin: true, canPublish: false, streamIds: null })
      : '';
    if (this.zego) {
      // Fail before the first event, with the generator's own message and number.
      validateZegoRequest({ appId: this.appId, userId: 'u', secret: this.secret, effectiveTimeInSeconds: scenario.tokenTtlSeconds });
    } else if (this.secret === '' || this.appKey === '') {
      throw new TokenLabError('INVALID_INPUT', 'the CommsEase AppSecret and AppKey must not be empty');
    }
    this.identity = {
      appId: this.zego ? this.appId : null,
      appKey: this.zego ? null : this.appKey,
      roomId: express ? SIM_ROOM_ID : null,
    };
  }

  userId(client: number): string {
    let id = this.userIds[client];
    if (id === undefined) {
      id = simUserId(client);
      this.userIds[client] = id;
    }
    return id;
  }

  /**
   * A token for `client`, created at `tMs` (ms since start) by the token server's clock, valid
   * for the scenario's TTL — or a wrong one when `fault` says so.
   */
  mint(client: number, tMs: number, fault: TokenFault | null): MintedToken {
    const ttl = this.scenario.tokenTtlSeconds;
    // An expired token: created long enough ago that it ran out a minute before now.
    const backdateSeconds = fault === 'expired' ? ttl + 60 : 0;
    const userId = fault === 'otherUser' ? `${this.userId(client)}-other` : this.userId(client);
    const secret = fault === 'otherSecret' ? this.otherSecret : this.secret;
    if (this.zego) {
      const ctime = this.scenario.startTime + Math.floor(tMs / 1000) - backdateSeconds;
      const layout = this.scenario.zego.layout;
      const { nonce, iv } = drawZegoRandomness(layout, this.random.bytes);
      const request = {
        appId: fault === 'otherApp' ? (this.appId % 0xffff_ffff) + 1 : this.appId,
        userId,
        secret,
        effectiveTimeInSeconds: ttl,
        payload: fault === 'noPublishPrivilege' ? this.noPublishPayload : this.payload,
        layout,
        now: ctime,
        nonce,
        iv,
      };
      return { token: () => generateZegoToken(request, this.crypto), expireMs: (ctime + ttl) * 1000 - this.startMs };
    }
    const curTimeMs = this.startMs + tMs - backdateSeconds * 1000;
    const request = {
      appKey: fault === 'otherApp' ? otherAppKey(this.appKey) : this.appKey,
      accid: userId,
      appSecret: secret,
      curTimeMs,
      ttlSeconds: ttl,
    };
    return { token: () => generateCommsEaseToken(request, this.crypto), expireMs: curTimeMs + ttl * 1000 - this.startMs };
  }
}

function otherAppKey(appKey: string): string {
  const last = appKey[appKey.length - 1];
  return appKey.slice(0, -1) + (last === '0' ? '1' : '0');
}
