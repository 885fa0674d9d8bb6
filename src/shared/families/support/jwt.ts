/**
 * The JWS compact core the JWT families share (README-jwt.md rules 1–11): strict base64url,
 * header checks, the algorithm allow-list, HMAC through CryptoPort, the claims object.
 *
 * jose is not used for verification: its sign/verify are asynchronous WebCrypto and its
 * base64url decoding is lenient (padding, non-canonical last characters), while these rules
 * are strict and the engine is synchronous. The HMAC goes through CryptoPort.hmac.
 */
import type { CryptoPort, HmacAlgorithm } from '../../crypto/cryptoPort';
import { decodeBase64Strict, encodeBase64 } from '../../encoding/base64';
import { utf8DecodeStrict, utf8Encode } from '../../encoding/bytes';

export type JwsAlg = 'HS256' | 'HS384' | 'HS512';
export const HMAC_OF: Record<JwsAlg, { hash: HmacAlgorithm; bytes: number }> = {
  HS256: { hash: 'sha256', bytes: 32 },
  HS384: { hash: 'sha384', bytes: 48 },
  HS512: { hash: 'sha512', bytes: 64 },
};

const URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** 0–63 for base64url characters, 255 for anything else. */
const URL_VALUE = new Uint8Array(128).fill(255);
for (let i = 0; i < URL_ALPHABET.length; i++) URL_VALUE[URL_ALPHABET.charCodeAt(i)] = i;

/**
 * Strict RFC 7515 §2 base64url in one pass: only `A–Z a–z 0–9 - _`, no padding, no length
 * ≡ 1 (mod 4), and a canonical last character (its unused low bits zero). null if not.
 */
export function decodeBase64UrlStrict(text: string): Uint8Array | null {
  const n = text.length;
  if (n % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((n * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? (URL_VALUE[c] as number) : 255;
    if (v === 255) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  if ((acc & ((1 << bits) - 1)) !== 0) return null; // non-canonical last character
  return out;
}

export function encodeBase64Url(bytes: Uint8Array): string {
  return encodeBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function jsonObject(bytes: Uint8Array): Record<string, unknown> | null {
  const text = utf8DecodeStrict(bytes);
  if (text === null) return null;
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export type JwsStep =
  | { ok: false; verdict: 'malformed' | 'wrong_secret_or_tampered'; offset: number; reason: string; header?: Record<string, unknown> }
  | { ok: true; header: Record<string, unknown>; alg: JwsAlg; segments: [string, string, string]; signature: Uint8Array; payloadBytes: Uint8Array };

/** Rules 2–6: segments, base64url, header JSON, crit, alg against the allow-list. */
export function readJws(token: string, allowed: readonly JwsAlg[]): JwsStep {
  const parts = token.split('.');
  if (parts.length !== 3) {
    return { ok: false, verdict: 'malformed', offset: 0, reason: `${parts.length} dot-separated segments, not 3${parts.length === 5 ? ' (a JWE, encrypted, not a JWS)' : ''}` };
  }
  const segments = parts as [string, string, string];
  const decoded: Uint8Array[] = [];
  let at = 0;
  for (let i = 0; i < 3; i++) {
    const seg = segments[i] as string;
    const bytes = decodeBase64UrlStrict(seg);
    if (bytes === null || (i < 2 && seg === '')) {
      return { ok: false, verdict: 'malformed', offset: at, reason: `segment ${i + 1} is not strict base64url (no "=", no "+" or "/", canonical last character)` };
    }
    decoded.push(bytes);
    at += seg.length + 1;
  }
  const header = jsonObject(decoded[0] as Uint8Array);
  if (header === null) return { ok: false, verdict: 'malformed', offset: 0, reason: 'the protected header is not a UTF-8 JSON object' };
  if ('crit' in header) {
    const crit = header['crit'];
    const okCrit = Array.isArray(crit) && crit.length > 0 && crit.every((c) => typeof c === 'string' && c !== '');
    if (!okCrit || (crit as string[]).some((c) => c !== 'b64') || typeof header['b64'] !== 'boolean' || header['b64'] === false) {
      return { ok: false, verdict: 'malformed', offset: 0, reason: 'crit names an extension this verifier does not understand (only b64: true)', header };
    }
  }
  const alg = header['alg'];
  if (typeof alg !== 'string' || alg === '') return { ok: false, verdict: 'malformed', offset: 0, reason: 'the header has no alg', header };
  if (!(allowed as readonly string[]).includes(alg)) {
    return { ok: false, verdict: 'wrong_secret_or_tampered', offset: 0, reason: `alg not allowed: "${alg}" (allowed: ${allowed.join(', ')})`, header };
  }
  return { ok: true, header, alg: alg as JwsAlg, segments, signature: decoded[2] as Uint8Array, payloadBytes: decoded[1] as Uint8Array };
}

export function jwsSignature(alg: JwsAlg, key: Uint8Array, signingInput: string, crypto: CryptoPort): Uint8Array {
  return crypto.hmac(HMAC_OF[alg].hash, key, utf8Encode(signingInput));
}

/** The claims object (rule 10), or null. */
export const readClaims = jsonObject;

/** Compact JWS of the given JSON texts. */
export function signCompact(alg: JwsAlg, key: Uint8Array, headerJson: string, payloadJson: string, crypto: CryptoPort): string {
  const input = `${encodeBase64Url(utf8Encode(headerJson))}.${encodeBase64Url(utf8Encode(payloadJson))}`;
  return `${input}.${encodeBase64Url(jwsSignature(alg, key, input, crypto))}`;
}

/** A JWT family's key from the secret text: "base64url:…" for raw bytes, else its UTF-8. */
export function jwtKey(secret: string): Uint8Array | null {
  if (secret.startsWith('base64url:')) return decodeBase64UrlStrict(secret.slice('base64url:'.length));
  return utf8Encode(secret);
}

const lenientText = new TextDecoder();

/**
 * What a segment says, for detection only: decodes the longest clean base64/base64url prefix
 * (so a damaged token still shows its claims' first words). Never used to verify.
 */
export function segmentTextLoose(segment: string): string | null {
  const clean = /^[A-Za-z0-9+/_-]*/.exec(segment)?.[0] ?? '';
  const usable = clean.length % 4 === 1 ? clean.slice(0, -1) : clean;
  const std = usable.replace(/-/g, '+').replace(/_/g, '/');
  const d = decodeBase64Strict(std + '='.repeat((4 - (std.length % 4)) % 4));
  return d.ok ? lenientText.decode(d.bytes) : null;
}
