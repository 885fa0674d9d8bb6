/**
 * The registry: every token family TokenLab speaks, in detection-tie order.
 *
 * A new family is one folder under src/shared/families/ and one line in `DEFAULT_FAMILIES`.
 * Everything else — inspector, batch table, forms, board, simulator, IPC, CLI — asks the
 * registry; no code outside the families and this file compares family ids. Tests build
 * their own registry (`createRegistry([...DEFAULT_FAMILIES, toy])`) and inject it.
 */
import type { CryptoPort } from '../crypto/cryptoPort';
import { decodeBase64Strict } from '../encoding/base64';
import { TokenLabError } from '../errors';
import { describeTrimming, diagnose, emptyInspection, malformedAt, trimTokenText } from '../tokens/inspection';
import type { Inspection } from '../tokens/types';
import { agoraAccessToken } from './agora-accesstoken';
import { agoraAccessToken2 } from './agora-accesstoken2';
import { commsEaseFamily } from './commsease-dynamic';
import type { FamilyVerifyOptions, PlatformRules, TokenFamily } from './family';
import { jwtGeneric } from './jwt-generic';
import { liveKitJwt } from './livekit-jwt';
import { tencentUserSigV2 } from './tencent-usersig-v2';
import { twilioJwt } from './twilio-jwt';
import { DetectionReads } from './support/detectionReads';
import { zegoToken04Family } from './zego-token04';

/** One line per family. Order breaks detection ties. */
export const DEFAULT_FAMILIES: readonly TokenFamily[] = [
  zegoToken04Family as TokenFamily,
  commsEaseFamily as TokenFamily,
  agoraAccessToken2 as TokenFamily,
  agoraAccessToken as TokenFamily,
  tencentUserSigV2 as TokenFamily,
  liveKitJwt as TokenFamily,
  twilioJwt as TokenFamily,
  // Last: any HMAC JWT the specific JWT families (LiveKit, Twilio) do not claim.
  jwtGeneric as TokenFamily,
];

export const UNKNOWN_FORMAT = 'unknown';

/** A simulator platform with the family it belongs to. */
export interface RegisteredPlatform {
  family: TokenFamily;
  rules: PlatformRules;
}

export interface FamilyRegistry {
  readonly families: readonly TokenFamily[];
  /** What `Inspection.format` may be: every family id, then 'unknown'. */
  readonly formats: readonly string[];
  get(id: string): TokenFamily | undefined;
  /** The family, or a TokenLabError naming the known ones. */
  require(id: string): TokenFamily;
  /** By a CLI name (`zego`) or id (`zego-token04`). */
  byCliName(name: string): TokenFamily | undefined;
  /** The on-screen name of a format ('Unknown format' for anything unregistered). */
  label(format: string): string;
  /** The family most sure that this (trimmed) text is its token, or null. */
  detect(token: string): { family: TokenFamily; confidence: number } | null;
  /**
   * Trim, detect, dispatch; `malformed` when no family claims the text. Never throws.
   * `options` may depend on the family detected (a batch's expectations per family): detection then runs once.
   */
  inspect(raw: string, options: FamilyVerifyOptions | ((family: TokenFamily | null) => FamilyVerifyOptions), crypto?: CryptoPort): Inspection;
  /** Every simulator platform of every family, in registry order. */
  readonly platforms: readonly RegisteredPlatform[];
  platform(id: string): RegisteredPlatform | undefined;
  /** The one message for "this profile belongs to another family". */
  wrongFamily(profileName: string, actual: string, wanted: string, purpose?: string): TokenLabError;
}

export interface RegistryTexts {
  /** Why a text no family claims is malformed; `why` describes the text. */
  unclaimed: (why: string) => string;
  base64url: string;
}

const GENERIC_TEXTS: RegistryTexts = {
  unclaimed: (why) => `not a token of a known family: the text ${why}`,
  base64url: 'This string uses the base64url alphabet ("-", "_"); the known token families use standard base64.',
};

export function createRegistry(families: readonly TokenFamily[], texts: RegistryTexts = GENERIC_TEXTS): FamilyRegistry {
  const byId = new Map<string, TokenFamily>();
  const byName = new Map<string, TokenFamily>();
  for (const family of families) {
    if (byId.has(family.id) || family.id === UNKNOWN_FORMAT) throw new Error(`family id "${family.id}" registered twice`);
    byId.set(family.id, family);
    for (const name of [family.id, ...family.cliNames]) {
      if (byName.has(name) && byName.get(name) !== family) throw new Error(`family CLI name "${name}" registered twice`);
      byName.set(name, family);
    }
  }
  // Families that share an SDK (Agora 007 and 006) share its platforms: the first to declare one owns it (and mints for it).
  const platforms = families
    .flatMap((family) => family.lifecycle.platforms.map((rules) => ({ family, rules })))
    .filter((p, i, all) => all.findIndex((q) => q.rules.id === p.rules.id) === i);
  const platformById = new Map(platforms.map((p) => [p.rules.id, p]));
  const cliName = (f: TokenFamily | undefined, fallback: string): string => f?.cliNames[0] ?? fallback;
  /** The family most sure of the text, and what its detection read for its inspection (detectCarrying). */
  const detectCarrying = (token: string): { family: TokenFamily; confidence: number; carried?: unknown } | null => {
    let best: { family: TokenFamily; confidence: number; carried?: unknown } | null = null;
    const reads = new DetectionReads(token);
    for (const family of families) {
      // A family that can be at most as sure as the best so far cannot win the tie: not asked.
      if (best !== null && family.maxConfidence !== undefined && best.confidence >= family.maxConfidence) continue;
      const carrying = family.detectCarrying?.(token, reads);
      const confidence = carrying === undefined ? family.detect(token, reads) : carrying.confidence;
      if (confidence > 0 && (best === null || confidence > best.confidence)) best = { family, confidence, carried: carrying?.carried };
      // 1 is certain and ties go to the earlier family: no later one can win, so none is asked.
      if (confidence >= 1) break;
    }
    return best;
  };

  const registry: FamilyRegistry = {
    families,
    formats: [...families.map((f) => f.id), UNKNOWN_FORMAT],
    get: (id) => byId.get(id),
    require(id) {
      const found = byId.get(id);
      if (!found) throw new TokenLabError('INVALID_INPUT', `unknown token family "${id}" (known: ${families.map((f) => f.id).join(', ')})`);
      return found;
    },
    byCliName: (name) => byName.get(name),
    label: (format) => byId.get(format)?.label ?? 'Unknown format',
    detect(token) {
      const best = detectCarrying(token);
      return best && { family: best.family, confidence: best.confidence };
    },
    inspect(raw, optionsOrFor, crypto) {
      const token = trimTokenText(raw);
      const out = emptyInspection(token, token !== raw, UNKNOWN_FORMAT, token !== raw ? describeTrimming(raw, token) : undefined);
      const found = token === '' ? null : detectCarrying(token);
      const options = typeof optionsOrFor === 'function' ? optionsOrFor(found?.family ?? null) : optionsOrFor;
      if (token === '') return malformedAt(out, 0, 'text', 'empty token', 'empty_token');
      if (found) return found.carried === undefined ? found.family.inspect(out, options, crypto) : found.family.inspect(out, options, crypto, found.carried);
      const decoded = decodeBase64Strict(token);
      if (!decoded.ok && decoded.problem === 'base64url_alphabet') diagnose(out, options, 'base64url_alphabet', 'error', texts.base64url);
      const why = decoded.ok ? 'decodes, but not to a known token format' : `is not standard base64 (${decoded.message})`;
      return malformedAt(out, decoded.ok ? 0 : decoded.offset, 'text', texts.unclaimed(why), decoded.ok ? 'unknown_family' : 'unknown_family_not_base64', decoded.ok ? undefined : { detail: decoded.message, ...decoded.detail });
    },
    platforms,
    platform: (id) => platformById.get(id),
    wrongFamily(profileName, actual, wanted, purpose) {
      const a = byId.get(actual);
      const w = byId.get(wanted);
      return new TokenLabError(
        'INVALID_INPUT',
        `profile "${profileName}" is a ${cliName(a, actual)} profile (${a?.label ?? actual}); ${purpose ?? 'this'} needs a ${cliName(w, wanted)} one (${w?.label ?? wanted})`,
      );
    },
  };
  return registry;
}

/** TokenLab as shipped: today's messages for text no family claims. */
export const defaultRegistry: FamilyRegistry = createRegistry(DEFAULT_FAMILIES, {
  unclaimed: (why) => `not a token of a known family: the text ${why}`,
  base64url: 'This string uses the base64url alphabet ("-", "_") but is not a JWT; the other token families use standard base64.',
});
