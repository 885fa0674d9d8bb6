/**
 * Inspect a plain JWS/JWT (HS256/384/512) by README-jwt.md's ordered rules, as jose's
 * jwtVerify orders them: allow-list, signature, claims (iss, sub, iat, nbf, exp).
 */
import type { CryptoPort } from '../../crypto/cryptoPort';
import { describeExpiry, formatDuration, isoUtc } from '../../time/humanize';
import { DEFAULT_SKEW_SECONDS } from '../../tokens/types';
import type { FamilyVerifyOptions } from '../family';
import { HMAC_OF, jwsSignature, jwtKey, readClaims, readJws } from '../support/jwt';
import { conclude, diagnose, malformedAt, type WideInspection, type WideSegment } from '../support/wideInspection';

export const JWT_GENERIC_ID = 'jwt-generic';
const ALLOWED = ['HS256', 'HS384', 'HS512'] as const;

function byteMap(segments: [string, string, string], header: Record<string, unknown>, claims: Record<string, unknown>): WideSegment[] {
  const [h, p, s] = segments;
  return [
    { name: 'header', label: 'Protected header (base64url JSON)', offset: 0, length: h.length, charStart: 0, charEnd: h.length, value: JSON.stringify(header) },
    { name: 'payload', label: 'Claims (base64url JSON)', offset: h.length + 1, length: p.length, charStart: h.length + 1, charEnd: h.length + 1 + p.length, value: JSON.stringify(claims) },
    { name: 'signature', label: 'HMAC signature (base64url)', offset: h.length + p.length + 2, length: s.length, charStart: h.length + p.length + 2, charEnd: h.length + p.length + 2 + s.length, value: s },
  ];
}

export function inspectJwtGeneric(out: WideInspection, options: FamilyVerifyOptions, crypto: CryptoPort | undefined): WideInspection {
  out.format = JWT_GENERIC_ID;
  const token = out.token;
  if (token === '') return malformedAt(out, 0, 'text', 'empty token');
  if (/^bearer\s/i.test(token)) {
    diagnose(out, options, 'bearer_prefix', 'error', 'The text starts with "Bearer ": that is the HTTP Authorization scheme, not part of the token. Paste only what follows it.');
  }
  const jws = readJws(token, ALLOWED);
  if (!jws.ok) {
    if (jws.verdict === 'wrong_secret_or_tampered') {
      diagnose(out, options, 'alg_not_allowed', 'error', () => `${jws.reason}. "none" and public-key algorithms are never accepted for an HMAC secret.`);
      return conclude(out, jws.verdict, jws.reason);
    }
    return malformedAt(out, jws.offset, 'text', jws.reason);
  }
  const key = options.secret === undefined ? null : jwtKey(options.secret);
  const verifying = key !== null && key.length > 0 && crypto !== undefined;
  let weakKey = false;
  if (verifying) {
    const expected = jwsSignature(jws.alg, key, `${jws.segments[0]}.${jws.segments[1]}`, crypto);
    if (!crypto.timingSafeEqual(expected, jws.signature)) {
      diagnose(out, options, 'wrong_secret', 'error', 'The HMAC does not verify with this key: another key, or the header or claims were changed after signing.');
      return conclude(out, 'wrong_secret_or_tampered', `the ${jws.alg} signature does not match (wrong key, or the token was altered)`);
    }
    weakKey = key.length < HMAC_OF[jws.alg].bytes;
  }
  const claims = readClaims(jws.payloadBytes);
  if (claims === null) return malformedAt(out, jws.segments[0].length + 1, 'text', 'the claims set is not a UTF-8 JSON object');
  out.fields = claims;
  if (options.detail !== 'verdict') out.segments = byteMap(jws.segments, jws.header, claims);
  const num = (k: string) => (typeof claims[k] === 'number' ? (claims[k] as number) : null);
  out.expiresAt = num('exp');
  out.issuedAt = num('iat') ?? num('nbf');
  if (!verifying) {
    diagnose(out, options, 'needs_secret', 'info', key !== null && key.length === 0 ? 'A zero-length key cannot verify anything (jose and PyJWT refuse it).' : 'Give the HMAC key to verify.');
    return conclude(out, 'unverified', 'not verified: no key given');
  }
  if (weakKey) {
    diagnose(out, options, 'weak_key', 'warning', `The key is ${key.length} bytes, shorter than the ${HMAC_OF[jws.alg].bytes}-byte ${jws.alg} output (RFC 7518 §3.2): easy to brute-force.`);
  }
  const expectedIss = options.expect?.appId;
  if (expectedIss !== undefined && claims['iss'] !== expectedIss) {
    diagnose(out, options, 'app_id_mismatch', 'error', () => `iss is ${JSON.stringify(claims['iss'] ?? null)}, not "${expectedIss}".`);
    return conclude(out, 'app_id_mismatch', `authentic, but issued by ${JSON.stringify(claims['iss'] ?? null)} instead of "${expectedIss}"`);
  }
  const expectedSub = options.expect?.userId;
  if (expectedSub !== undefined && claims['sub'] !== expectedSub) {
    diagnose(out, options, 'user_id_mismatch', 'error', () => `sub is ${JSON.stringify(claims['sub'] ?? null)}, not "${expectedSub}".`);
    return conclude(out, 'user_id_mismatch', `authentic, but for subject ${JSON.stringify(claims['sub'] ?? null)} instead of "${expectedSub}"`);
  }
  const now = options.now;
  const skew = options.skewSeconds ?? DEFAULT_SKEW_SECONDS;
  const notNumber = (k: string) => k in claims && typeof claims[k] !== 'number';
  const claimsAt = jws.segments[0].length + 1;
  // Rules 15–17 in jose's order: iat typed, then nbf, then exp (the skew counts on both sides).
  if (notNumber('iat')) return malformedAt(out, claimsAt, 'text', '"iat" claim must be a JSON number');
  if (notNumber('nbf')) return malformedAt(out, claimsAt, 'text', '"nbf" claim must be a JSON number');
  const nbf = num('nbf');
  if (nbf !== null && nbf > now + skew) {
    diagnose(out, options, 'not_yet_valid_by', 'error', () => `nbf is ${formatDuration(nbf - now)} ahead (more than the ${skew} s allowed).`);
    return conclude(out, 'not_yet_valid', `authentic, but not valid for another ${formatDuration(nbf - now)}`);
  }
  if (notNumber('exp')) return malformedAt(out, claimsAt, 'text', '"exp" claim must be a JSON number');
  const exp = num('exp');
  if (exp !== null && exp <= now - skew) {
    diagnose(out, options, 'expired_by', 'error', () => `Expired ${formatDuration(now - exp)} ago, at ${isoUtc(exp)} (beyond the ${skew} s tolerance).`);
    return conclude(out, 'expired', `authentic, but expired ${formatDuration(now - exp)} ago`);
  }
  if (exp === null) diagnose(out, options, 'no_exp', 'info', 'No exp claim: this token never expires.');
  diagnose(out, options, 'expires_in', 'info', () => (exp === null ? 'Valid; no expiry.' : `Valid; ${describeExpiry(exp, now)} (${isoUtc(exp)}).`));
  return conclude(out, 'valid', exp === null ? 'authentic; no expiry' : `authentic; ${describeExpiry(exp, now)}`);
}
