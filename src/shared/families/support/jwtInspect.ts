/**
 * README-jwt.md's ordered rules 1–18 for every JWT family, parameterised by what differs:
 * the allow-list, Twilio's header rule, the required claims, where the identity sits, and the
 * family's own warnings. The order follows jose's jwtVerify: allow-list, signature, claims
 * (iss, sub, then iat, nbf, exp; the skew counts on both sides).
 */
import type { CryptoPort } from '../../crypto/cryptoPort';
import { describeExpiry, formatDuration, isoUtc } from '../../time/humanize';
import { DEFAULT_SKEW_SECONDS } from '../../tokens/types';
import type { FamilyVerifyOptions } from '../family';
import { HMAC_OF, jwsSignature, jwtKeyInput, readClaims, readJws, type JwsAlg, type KnownHeaders } from './jwt';
import type { DetectionReads } from './detectionReads';
import { conclude, diagnose, malformedAt, type WideInspection, type WideSegment } from './wideInspection';

/** A header or claims problem: the engine's English, and what words it in the catalogue (reason.detail.<detailCode>, with its params). */
export type JwtProblem = readonly [message: string, detailCode: string, params?: Readonly<Record<string, string | number>>];

export interface JwtRules {
  id: string;
  allowed: readonly JwsAlg[];
  /** Headers the family's producers write byte for byte, read without decoding (see readJws). */
  knownHeaders?: KnownHeaders;
  /** Rule 7: a header problem (→ malformed), or null. */
  checkHeader?: (header: Record<string, unknown>) => JwtProblem | null;
  /** Rule 12: a claims problem (→ malformed), or null. */
  checkClaims?: (claims: Record<string, unknown>) => JwtProblem | null;
  /** Rule 14: the identity compared with `expect.userId`. */
  identity: (claims: Record<string, unknown>) => unknown;
  identityName: string;
  /** Rule 13 for Twilio: `expect.accountSid` against `sub`. */
  checksAccountSid?: boolean;
  /**
   * The family's warnings (besides weak_key): [code, message]. Shown once the signature
   * verified, and without a secret (they read the header and claims, not the signature).
   */
  warnings?: (header: Record<string, unknown>, claims: Record<string, unknown>, alg: JwsAlg) => [string, string][];
  /**
   * Claims the vendor's SDK or server will refuse although the JWS is sound (an `iss` that is
   * not an API key, a missing identity): [code, message], warnings that do not change the verdict.
   */
  sdkExpectations?: (claims: Record<string, unknown>) => [string, string][];
  /** What the grants allow, in plain words (info): [code, message, params for the catalogue]. */
  describeGrants?: (claims: Record<string, unknown>) => [string, string, Record<string, string | number>][];
  /** Plain-words notes for a family's verdicts (codes of the vendor). */
  text?: { expired?: string; wrongSecret?: string };
}

/** A NumericDate past this is milliseconds (any time since 2001), not seconds (the year 33658); 9999-12-31 in seconds stays below. */
const MILLISECONDS_FROM = 1_000_000_000_000;

/** A claim's value when it is a JSON number, else null. */
function numberClaim(claims: Record<string, unknown>, name: string): number | null {
  const value = claims[name];
  return typeof value === 'number' ? value : null;
}

/** The claim is there but not a JSON number. */
function notNumberClaim(claims: Record<string, unknown>, name: string): boolean {
  return name in claims && typeof claims[name] !== 'number';
}

/** Mistakes readable in the claims with or without a secret: times in milliseconds, the SDK's own claim rules. */
function readableNotes(rules: JwtRules, out: WideInspection, options: FamilyVerifyOptions, claims: Record<string, unknown>): void {
  for (const name of ['exp', 'nbf', 'iat']) {
    const value = claims[name];
    if (typeof value !== 'number' || value < MILLISECONDS_FROM) continue;
    diagnose(out, options, `${name}_in_milliseconds`, 'warning', () =>
      `${name} is ${value}: that is milliseconds (Date.now()), not the seconds a JWT counts; read as milliseconds it is ${isoUtc(Math.floor(value / 1000))}. Write Math.floor(Date.now() / 1000)${name === 'exp' ? ' + ttl' : ''}.`,
      { claim: name, value, at: Math.floor(value / 1000) });
  }
  for (const [code, message] of rules.sdkExpectations?.(claims) ?? []) diagnose(out, options, code, 'warning', message);
  if (options.detail === 'verdict') return;
  for (const [code, message, params] of rules.describeGrants?.(claims) ?? []) diagnose(out, options, code, 'info', message, params);
}

function byteMap(segments: [string, string, string], header: Record<string, unknown>, claims: Record<string, unknown> | null): WideSegment[] {
  const [h, p, s] = segments;
  const out: WideSegment[] = [
    { name: 'header', label: 'Protected header (base64url JSON)', offset: 0, length: h.length, charStart: 0, charEnd: h.length, value: JSON.stringify(header) },
  ];
  if (claims !== null) out.push({ name: 'payload', label: 'Claims (base64url JSON)', offset: h.length + 1, length: p.length, charStart: h.length + 1, charEnd: h.length + 1 + p.length, value: JSON.stringify(claims) });
  const at = h.length + p.length + 2;
  out.push({ name: 'signature', label: 'HMAC signature (base64url)', offset: at, length: s.length, charStart: at, charEnd: at + s.length, value: s });
  return out;
}

/** `reads`: what the registry's detection read of this same token (its claims' text, when decoded). */
export function inspectJwt(rules: JwtRules, out: WideInspection, options: FamilyVerifyOptions, crypto: CryptoPort | undefined, reads?: DetectionReads): WideInspection {
  out.format = rules.id;
  const token = out.token;
  if (token === '') return malformedAt(out, 0, 'text', 'empty token', 'empty_token');
  if (/^bearer\s/i.test(token)) {
    diagnose(out, options, 'bearer_prefix', 'error', 'The text starts with "Bearer ": that is the HTTP Authorization scheme, not part of the token. Paste only what follows it.');
  }
  const claimsLoose = reads !== undefined && reads.token === token ? reads.decodedAt(token.indexOf('.') + 1) : undefined;
  const jws = readJws(token, rules.allowed, rules.knownHeaders, claimsLoose);
  if (!jws.ok) {
    if (jws.verdict === 'wrong_secret_or_tampered') {
      if (typeof jws.header?.['alg'] === 'string' && jws.header['alg'].toLowerCase() === 'none') {
        diagnose(out, options, 'alg_none', 'error', 'alg is "none": the token is unsigned, so anyone could have written it. No RTC server accepts it, and a verifier that did would be the classic JWT bypass.');
      }
      diagnose(out, options, 'alg_not_allowed', 'error', () => `${jws.reason}. "none" and public-key algorithms are never accepted for an HMAC secret.`);
      return conclude(out, jws.verdict, jws.reason, 'alg_not_allowed', { alg: String(jws.header?.['alg'] ?? ''), allowed: rules.allowed.join(', ') });
    }
    return malformedAt(out, jws.offset, 'text', jws.reason, 'bad_layout', { detail: jws.reason, ...jws.detail });
  }
  const headerProblem = rules.checkHeader?.(jws.header) ?? null;
  if (headerProblem !== null) return malformedAt(out, 0, 'text', headerProblem[0], 'bad_fields', { detail: headerProblem[0], detailCode: headerProblem[1], ...headerProblem[2] });

  const key = options.secret === undefined ? null : jwtKeyInput(options.secret);
  const verifying = key !== null && key.length > 0 && crypto !== undefined;
  if (verifying) {
    const expected = jwsSignature(jws.alg, key.key, token.slice(0, jws.segments[0].length + 1 + jws.segments[1].length), crypto, options.prepared);
    if (!crypto.timingSafeEqual(expected, jws.signature)) {
      diagnose(out, options, 'wrong_secret', 'error', rules.text?.wrongSecret ?? 'The HMAC does not verify with this key: another key, or the header or claims were changed after signing.');
      return conclude(out, 'wrong_secret_or_tampered', `the ${jws.alg} signature does not match (wrong secret, or the token was altered)`, 'jwt_signature_mismatch', { alg: jws.alg });
    }
    if (key.length < HMAC_OF[jws.alg].bytes) {
      const hmacBytes = HMAC_OF[jws.alg].bytes;
      diagnose(out, options, 'weak_key', 'warning', `The key is ${key.length} bytes, shorter than the ${hmacBytes}-byte ${jws.alg} output (RFC 7518 §3.2): easy to brute-force.`, { bytes: key.length, hmacBytes, alg: jws.alg });
    }
  }
  const claims = readClaims(jws.payloadText);
  if (options.detail !== 'verdict') out.segments = byteMap(jws.segments, jws.header, claims);
  if (claims === null) return malformedAt(out, jws.segments[0].length + 1, 'text', 'the claims set is not a UTF-8 JSON object', 'claims_not_json');
  out.fields = claims;
  // Reported times are whole seconds (types.ts): a fractional `exp` (jose allows them) becomes
  // the first whole second at which the token is no longer valid; `iat` the second it was made in.
  const expClaim = numberClaim(claims, 'exp');
  const iatClaim = numberClaim(claims, 'iat') ?? numberClaim(claims, 'nbf');
  out.expiresAt = expClaim === null || !Number.isFinite(expClaim) ? null : Math.ceil(expClaim);
  out.issuedAt = iatClaim === null || !Number.isFinite(iatClaim) ? null : Math.floor(iatClaim);
  readableNotes(rules, out, options, claims);
  if (!verifying) {
    for (const [code, message] of rules.warnings?.(jws.header, claims, jws.alg) ?? []) diagnose(out, options, code, 'warning', message);
    const nbf = numberClaim(claims, 'nbf');
    const skew = options.skewSeconds ?? DEFAULT_SKEW_SECONDS;
    if (nbf !== null && nbf > options.now + skew) {
      diagnose(out, options, 'nbf_in_future', 'warning', () => `nbf is ${formatDuration(nbf - options.now)} ahead (more than the ${skew} s allowed): the server refuses the token until ${isoUtc(nbf)}; a clock is off.`, { at: nbf, skew });
    }
    if (key !== null && key.length === 0) diagnose(out, options, 'zero_length_key', 'info', 'A zero-length key cannot verify anything (jose and PyJWT refuse it).');
    else if (out.expiresAt !== null) diagnose(out, options, 'needs_secret', 'info', () => `Expiry: ${describeExpiry(out.expiresAt as number, options.now)} (${isoUtc(out.expiresAt as number)}); give the secret to verify.`, { at: out.expiresAt });
    else diagnose(out, options, 'needs_secret_no_expiry', 'info', 'No expiry claim; give the secret to verify.');
    return conclude(out, 'unverified', 'not verified: no key given', 'no_key');
  }
  for (const [code, message] of rules.warnings?.(jws.header, claims, jws.alg) ?? []) diagnose(out, options, code, 'warning', message);

  const claimsAt = jws.segments[0].length + 1;
  const claimsProblem = rules.checkClaims?.(claims) ?? null;
  if (claimsProblem !== null) return malformedAt(out, claimsAt, 'text', claimsProblem[0], 'bad_fields', { detail: claimsProblem[0], detailCode: claimsProblem[1], ...claimsProblem[2] });
  const expectedIss = options.expect?.appId;
  if (expectedIss !== undefined && claims['iss'] !== expectedIss) {
    diagnose(out, options, 'app_id_mismatch', 'error', () => `iss is ${JSON.stringify(claims['iss'] ?? null)}, not "${expectedIss}": the token was signed with another key's credentials.`, { actual: JSON.stringify(claims['iss'] ?? null), expected: expectedIss });
    return conclude(out, 'app_id_mismatch', `authentic, but iss is ${JSON.stringify(claims['iss'] ?? null)} instead of "${expectedIss}"`, 'claim_mismatch', {
      claimName: 'iss',
      actual: JSON.stringify(claims['iss'] ?? null),
      expected: expectedIss,
    });
  }
  const expectedAccount = options.expect?.accountSid;
  if (rules.checksAccountSid && expectedAccount !== undefined && claims['sub'] !== expectedAccount) {
    diagnose(out, options, 'account_sid_mismatch', 'error', () => `sub (the Account SID) is ${JSON.stringify(claims['sub'] ?? null)}, not "${expectedAccount}" (Twilio 20103).`);
    return conclude(out, 'app_id_mismatch', `authentic, but for Account SID ${JSON.stringify(claims['sub'] ?? null)} instead of "${expectedAccount}"`, 'account_sid_mismatch', {
      actual: JSON.stringify(claims['sub'] ?? null),
      expected: expectedAccount,
    });
  }
  const expectedUser = options.expect?.userId;
  const identity = rules.identity(claims);
  if (expectedUser !== undefined && identity !== expectedUser) {
    diagnose(out, options, 'user_id_mismatch', 'error', () =>
      identity === undefined ? `The token has no ${rules.identityName}; "${expectedUser}" was expected.` : `${rules.identityName} is ${JSON.stringify(identity)}, not "${expectedUser}".`, { actual: typeof identity === 'string' ? identity : JSON.stringify(identity ?? null), expected: expectedUser });
    return conclude(out, 'user_id_mismatch', `authentic, but ${rules.identityName} is ${JSON.stringify(identity ?? null)} instead of "${expectedUser}"`, 'claim_mismatch', {
      claimName: rules.identityName,
      actual: JSON.stringify(identity ?? null),
      expected: expectedUser,
    });
  }
  const now = options.now;
  const skew = options.skewSeconds ?? DEFAULT_SKEW_SECONDS;
  if (notNumberClaim(claims, 'iat')) return malformedAt(out, claimsAt, 'text', '"iat" claim must be a JSON number', 'claim_not_number', { claimName: 'iat' });
  if (notNumberClaim(claims, 'nbf')) return malformedAt(out, claimsAt, 'text', '"nbf" claim must be a JSON number', 'claim_not_number', { claimName: 'nbf' });
  const nbf = numberClaim(claims, 'nbf');
  if (nbf !== null && nbf > now + skew) {
    diagnose(out, options, 'not_yet_valid_by', 'error', () => `nbf is ${formatDuration(nbf - now)} ahead (more than the ${skew} s allowed): a clock is off.`, { at: nbf, skew });
    return conclude(out, 'not_yet_valid', `authentic, but not valid for another ${formatDuration(nbf - now)}`, 'not_before', { at: nbf });
  }
  if (notNumberClaim(claims, 'exp')) return malformedAt(out, claimsAt, 'text', '"exp" claim must be a JSON number', 'claim_not_number', { claimName: 'exp' });
  const exp = numberClaim(claims, 'exp');
  if (exp !== null && exp <= now - skew) {
    diagnose(out, options, 'expired_by', 'error', () => `Expired ${formatDuration(now - exp)} ago, at ${isoUtc(exp)} (beyond the ${skew} s tolerance).${rules.text?.expired ? ` ${rules.text.expired}` : ''}`, { at: exp });
    return conclude(out, 'expired', `authentic, but expired ${formatDuration(now - exp)} ago`, 'expired', { claim: 'authentic', at: exp });
  }
  // Without exp, no_exp says the token never expires.
  if (exp === null) {
    diagnose(out, options, 'no_exp', 'info', 'No exp claim: this token never expires.');
    return conclude(out, 'valid', 'authentic; no expiry', 'valid_no_expiry');
  }
  if (options.detail !== 'verdict') diagnose(out, options, 'expires_in', 'info', () => `Valid; ${describeExpiry(exp, now)} (${isoUtc(exp)}).`, { at: exp });
  return conclude(out, 'valid', `authentic; ${describeExpiry(exp, now)}`, 'valid', { claim: 'authentic', at: exp });
}
