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
import type { z } from 'zod';
import { TokenLabError } from '../errors';
import { i18nFor } from '../i18n/createI18n';
import { familyNameParams, MainTextError } from '../i18n/mainText';
import { wordIssue } from '../i18n/zodText';
import { generateCommsEaseToken } from '../families/commsease-dynamic/dynamicToken';
import { drawZegoRandomness, generateZegoToken, validateZegoRequest } from '../families/zego-token04/generateZegoToken';
import { buildRoomPrivilegePayload } from '../families/zego-token04/privilege';
import type { TokenFault } from './events';
import { createPrng, deriveSeed, type Prng } from './prng';
import type { Scenario, SimPlatform } from './scenario';
import { isZegoPlatform, platformRules } from './sdkRules';
import type { SimulationSpec, TokenFamily } from '../families/family';
import { defaultRegistry } from '../families/registry';

/** What the caller may supply instead of the throwaway credentials. */
export interface SimCredentials {
  /** ZEGO ServerSecret (32 characters), CommsEase AppSecret, or the other families' secret. */
  secret: string;
  /** ZEGO AppID; derived from the seed when absent. */
  appId?: number;
  /** CommsEase AppKey; derived from the seed when absent. */
  appKey?: string;
  /** A profile's identifiers for families that mint through `lifecycle.simulation` (checked by its credentialsSchema). */
  credentials?: unknown;
}

/** The identities a run's tokens are for (no secret: safe to show and export). */
export interface SimIdentity {
  appId: number | null;
  appKey: string | null;
  /** The room in Express tokens' privilege payload. */
  roomId: string | null;
  /** The other families' public identifiers, in their profile's words ("App ID 970C…1b33"). */
  app?: string;
}

/**
 * A token decided and its expiry in milliseconds since the scenario's start. Its randomness is
 * drawn when it is decided, in run order; the encryption waits for `token()`, so a run whose
 * reader never looks at a token never pays for it, and the bytes are the same whenever it does.
 */
export interface MintedToken {
  token: () => string;
  /** When the session's right ends: the token's expiry, or an earlier join privilege's end (Agora). */
  expireMs: number;
  /** The token's own expiry where it is later than `expireMs`. */
  tokenExpireMs?: number;
}

/** A family that mints through its generator (every family but ZEGO's and CommsEase's own paths). */
interface FamilyMint {
  family: TokenFamily;
  spec: SimulationSpec<unknown, unknown>;
  credentials: unknown;
  otherCredentials: unknown;
  secret: string;
  otherSecret: string;
}

/**
 * The family path of a platform whose family has a `lifecycle.simulation` spec, or null (ZEGO,
 * CommsEase). Checks a caller's credentials and secret as the profile form would, and the
 * scenario's request as the generator would, so a bad one fails before the first event.
 */
function familyMint(scenario: Scenario, supplied: SimCredentials | undefined): FamilyMint | null {
  const found = defaultRegistry.platform(scenario.platform);
  const spec = found?.family.lifecycle.simulation;
  if (!found || !spec) return null;
  const { family } = found;
  const derived = createPrng(deriveSeed(scenario.seed, 'sim-credentials'));
  const hex = (length: number) => randomHex(derived, length);
  const throwaway = spec.throwaway(hex);
  let credentials = throwaway.credentials;
  let secret = throwaway.secret;
  if (supplied) {
    const parsed = family.profile.credentialsSchema.safeParse(supplied.credentials);
    if (!parsed.success) throw new MainTextError('INVALID_INPUT', 'simIdentifiers', { ...familyNameParams(family), ...issueDetail(parsed.error.issues[0], false) });
    credentials = parsed.data;
    const checked = family.profile.checkSecret(supplied.secret);
    if (!checked.ok) throw checked.textKey !== undefined ? new MainTextError(checked.code ?? 'INVALID_INPUT', checked.textKey, checked.textParams) : new TokenLabError(checked.code ?? 'INVALID_INPUT', checked.message);
    secret = checked.secret;
  }
  const otherSecret = throwaway.otherSecret === secret ? throwaway.secret : throwaway.otherSecret;
  const sample = spec.request({ platformId: scenario.platform, userId: simUserId(0), ttlSeconds: scenario.tokenTtlSeconds, ...joinPrivilege(scenario) });
  const request = family.generator.requestSchema.safeParse(sample.request);
  if (!request.success) {
    throw new MainTextError('INVALID_INPUT', 'simRequest', { ...familyNameParams(family), ...issueDetail(request.error.issues[0], true) });
  }
  return { family, spec, credentials, otherCredentials: spec.otherApp(credentials), secret, otherSecret };
}

/**
 * A zod issue as a `detail` param in both languages, as these errors always read in English:
 * the issue's message (`withPath`: after its path, "request" for the whole), "invalid" / "invalid
 * request" when there is none.
 */
function issueDetail(issue: z.core.$ZodIssue | undefined, withPath: boolean): { detail: string; 'detail@zh-CN': string } {
  const zh = i18nFor('zh-CN');
  const t = (key: string, options?: Record<string, unknown>): string => zh.t(key, options ?? {});
  if (!issue) return { detail: withPath ? 'invalid request' : 'invalid', 'detail@zh-CN': t('validation.issue.invalid') };
  const zhText = wordIssue(issue, t);
  if (!withPath) return { detail: issue.message, 'detail@zh-CN': zhText };
  const path = issue.path.join('.');
  return { detail: `${path || 'request'} ${issue.message}`, 'detail@zh-CN': `${path || t('validation.whole.request')}：${zhText}` };
}

/** The platform's own scenario settings a family's request reads (Agora's join privilege, TRTC's PrivateMapKey). */
function joinPrivilege(scenario: Scenario): { joinPrivilegeSeconds?: number; privateMapKeySeconds?: number } {
  const join = scenario.agora?.joinPrivilegeSeconds;
  const pmk = scenario.tencent?.privateMapKeySeconds;
  return { ...(join === undefined ? {} : { joinPrivilegeSeconds: join }), ...(pmk === undefined ? {} : { privateMapKeySeconds: pmk }) };
}

/**
 * Whether the run's tokens carry a privilege that ends before the token does (the family's
 * request says a `sessionSeconds` shorter than the TTL): Agora's join privilege, TRTC's
 * PrivateMapKey. Pure, from the scenario alone, so the engine and the assumptions agree.
 */
export function privilegeEndsFirst(scenario: Scenario): boolean {
  const spec = defaultRegistry.platform(scenario.platform)?.family.lifecycle.simulation;
  if (!spec) return false;
  const { sessionSeconds } = spec.request({ platformId: scenario.platform, userId: simUserId(0), ttlSeconds: scenario.tokenTtlSeconds, ...joinPrivilege(scenario) });
  return sessionSeconds !== undefined && sessionSeconds < scenario.tokenTtlSeconds;
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

  private readonly viaFamily: FamilyMint | null;

  constructor(
    private readonly scenario: Scenario,
    private readonly crypto: CryptoPort,
    private readonly random: Prng,
    credentials?: SimCredentials,
  ) {
    this.viaFamily = familyMint(scenario, credentials);
    this.startMs = scenario.startTime * 1000;
    this.userIds = [];
    if (this.viaFamily) {
      const v = this.viaFamily;
      this.zego = false;
      this.secret = v.secret;
      this.otherSecret = v.otherSecret;
      this.appId = 0;
      this.appKey = '';
      this.payload = '';
      this.noPublishPayload = '';
      this.identity = { appId: null, appKey: null, roomId: null, app: v.family.profile.describe(v.credentials) };
      return;
    }
    this.zego = isZegoPlatform(scenario.platform);
    const derived = deriveSimCredentials(scenario.seed, scenario.platform);
    this.secret = credentials?.secret ?? derived.secret;
    // Another secret of the same shape, for the "signed with another secret" fault.
    this.otherSecret = derived.otherSecret === this.secret ? derived.secret : derived.otherSecret;
    this.appId = credentials?.appId ?? derived.appId;
    this.appKey = credentials?.appKey ?? derived.appKey;
    const express = platformRules(scenario.platform).roomPrivileges === true;
    this.payload = express ? buildRoomPrivilegePayload({ roomId: SIM_ROOM_ID, canLogin: true, canPublish: true, streamIds: null }) : '';
    this.noPublishPayload = express
      ? buildRoomPrivilegePayload({ roomId: SIM_ROOM_ID, canLogin: true, canPublish: false, streamIds: null })
      : '';
    if (this.zego) {
      // Fail before the first event, with the generator's own message and number.
      validateZegoRequest({ appId: this.appId, userId: 'u', secret: this.secret, effectiveTimeInSeconds: scenario.tokenTtlSeconds });
    } else if (this.secret === '' || this.appKey === '') {
      throw new MainTextError('INVALID_INPUT', 'simCommsEaseEmpty');
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
  mint(client: number, tMs: number, fault: TokenFault | null, ttlSeconds?: number): MintedToken {
    const ttl = ttlSeconds ?? this.scenario.tokenTtlSeconds;
    // An expired token: created long enough ago that it ran out a minute before now.
    const backdateSeconds = fault === 'expired' ? ttl + 60 : 0;
    const userId = fault === 'otherUser' ? `${this.userId(client)}-other` : this.userId(client);
    const secret = fault === 'otherSecret' ? this.otherSecret : this.secret;
    if (this.viaFamily) return this.mintViaFamily(this.viaFamily, userId, tMs - backdateSeconds * 1000, ttl, secret, fault === 'otherApp');
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

  /** A token of another family through its generator; its times count whole seconds, as each family's mint does. */
  private mintViaFamily(v: FamilyMint, userId: string, tMs: number, ttl: number, secret: string, otherApp: boolean): MintedToken {
    const { request, sessionSeconds } = v.spec.request({ platformId: this.scenario.platform, userId, ttlSeconds: ttl, ...joinPrivilege(this.scenario) });
    const nowMs = this.startMs + tMs;
    const token = v.family.generator.mint(v.family.generator.requestSchema.parse(request), {
      credentials: otherApp ? v.otherCredentials : v.credentials,
      secret,
      nowMs,
      randomBytes: this.random.bytes,
      crypto: this.crypto,
    });
    const createdMs = Math.floor(nowMs / 1000) * 1000 - this.startMs;
    const tokenExpireMs = createdMs + ttl * 1000;
    // Minted at once: the family's generator draws its randomness as it signs, and run order must hold.
    if (sessionSeconds === undefined || sessionSeconds >= ttl) return { token: () => token, expireMs: tokenExpireMs };
    return { token: () => token, expireMs: createdMs + sessionSeconds * 1000, tokenExpireMs };
  }
}

function otherAppKey(appKey: string): string {
  const last = appKey[appKey.length - 1];
  return appKey.slice(0, -1) + (last === '0' ? '1' : '0');
}
