/**
 * The JWS compact core the JWT families share (README-jwt.md rules 1–11): strict base64url,
 * header checks, the algorithm allow-list, HMAC through CryptoPort, the claims object.
 *
 * jose is not used for verification: its sign/verify are asynchronous WebCrypto and its
 * base64url decoding is lenient (padding, non-canonical last characters), while these rules
 * are strict and the engine is synchronous. The HMAC goes through CryptoPort.hmac.
 */
import type { CryptoPort, HmacAlgorithm } from '../../crypto/cryptoPort';
import { hmacWith, type PreparedKeys } from '../../crypto/preparedKeys';
import { utf8ByteLength, utf8DecodeStrict, utf8Encode } from '../../encoding/bytes';

export type JwsAlg = 'HS256' | 'HS384' | 'HS512';
export const HMAC_OF: Record<JwsAlg, { hash: HmacAlgorithm; bytes: number }> = {
  HS256: { hash: 'sha256', bytes: 32 },
  HS384: { hash: 'sha384', bytes: 48 },
  HS512: { hash: 'sha512', bytes: 64 },
};

const URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** 0–63 for base64url characters, 255 for any other code unit (a table of all 65,536: one lookup, no range check). */
const URL_VALUE = new Uint8Array(65_536).fill(255);
for (let i = 0; i < URL_ALPHABET.length; i++) URL_VALUE[URL_ALPHABET.charCodeAt(i)] = i;

const urlValue = (text: string, i: number): number => URL_VALUE[text.charCodeAt(i)] as number;

/**
 * Bytes that become text at once (a header, the claims) are decoded into this buffer rather
 * than a fresh array each time: past 64 bytes a typed array costs more to allocate than to
 * fill. It only ever holds token text (no secret, no signature), and nothing reads it later.
 */
const scratch = new Uint8Array(4096);
const bufferFor = (bytes: number): Uint8Array => (bytes <= scratch.length ? scratch : new Uint8Array(bytes));

/** Strict base64url of `text` into `out` (room for floor(3n/4) bytes): the byte count, or -1 (see decodeBase64UrlStrict). */
function decodeBase64UrlInto(text: string, out: Uint8Array): number {
  const n = text.length;
  const rest = n % 4;
  if (rest === 1) return -1;
  const full = n - rest;
  let o = 0;
  for (let i = 0; i < full; i += 4) {
    const a = urlValue(text, i);
    const b = urlValue(text, i + 1);
    const c = urlValue(text, i + 2);
    const d = urlValue(text, i + 3);
    if ((a | b | c | d) > 63) return -1;
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = v >> 16;
    out[o++] = (v >> 8) & 0xff;
    out[o++] = v & 0xff;
  }
  if (rest !== 0) {
    const a = urlValue(text, full);
    const b = urlValue(text, full + 1);
    const c = rest === 3 ? urlValue(text, full + 2) : 0;
    if ((a | b | c) > 63) return -1;
    // The last character's unused low bits (4 after two characters, 2 after three) must be zero.
    if (rest === 2 ? (b & 15) !== 0 : (c & 3) !== 0) return -1;
    out[o++] = (a << 2) | (b >> 4);
    if (rest === 3) out[o++] = ((b & 15) << 4) | (c >> 2);
  }
  return o;
}

/**
 * Strict RFC 7515 §2 base64url in one pass: only `A–Z a–z 0–9 - _`, no padding, no length
 * ≡ 1 (mod 4), and a canonical last character (its unused low bits zero). null if not.
 */
export function decodeBase64UrlStrict(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  return decodeBase64UrlInto(text, out) < 0 ? null : out;
}

/** A segment's text: undefined when it is not strict base64url, null when its bytes are not UTF-8. */
function segmentText(segment: string): string | null | undefined {
  const out = bufferFor(Math.floor((segment.length * 3) / 4));
  const length = decodeBase64UrlInto(segment, out);
  return length < 0 ? undefined : utf8DecodeStrict(out.subarray(0, length));
}

const URL_CODES = Uint8Array.from(URL_ALPHABET, (c) => c.charCodeAt(0));
// base64url output is ASCII, which UTF-8 decodes as is.
const asciiDecoder = new TextDecoder();

/**
 * Where encoding writes: a token's header and claims as UTF-8, and the base64url characters
 * before they become a string. Token text only (the claims being signed, the signature), never
 * a key; reused because past 64 bytes a fresh typed array costs more to allocate than to fill.
 */
const encodeText = new Uint8Array(3072);
const encodeOut = new Uint8Array(4096);
const textEncoder = new TextEncoder();

/** Unpadded base64url of the first `n` bytes in one pass (what encodeBase64 gives with "-", "_" and no "="). */
export function encodeBase64Url(bytes: Uint8Array, n = bytes.length): string {
  const length = Math.ceil((n * 4) / 3);
  const out = length <= encodeOut.length ? encodeOut : new Uint8Array(length);
  let o = 0;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out[o++] = URL_CODES[v >> 18] as number;
    out[o++] = URL_CODES[(v >> 12) & 63] as number;
    out[o++] = URL_CODES[(v >> 6) & 63] as number;
    out[o++] = URL_CODES[v & 63] as number;
  }
  if (i < n) {
    const v = ((bytes[i] as number) << 16) | (i + 1 < n ? (bytes[i + 1] as number) << 8 : 0);
    out[o++] = URL_CODES[v >> 18] as number;
    out[o++] = URL_CODES[(v >> 12) & 63] as number;
    if (i + 1 < n) out[o++] = URL_CODES[(v >> 6) & 63] as number;
  }
  return asciiDecoder.decode(out.subarray(0, o));
}

/** encodeBase64Url of the UTF-8 of `text` (a header's or the claims' JSON). */
export function encodeTextBase64Url(text: string): string {
  // At most 3 bytes per UTF-16 code unit.
  if (text.length * 3 > encodeText.length) return encodeBase64Url(utf8Encode(text));
  return encodeBase64Url(encodeText, textEncoder.encodeInto(text, encodeText).written);
}

function jsonObject(text: string | null): Record<string, unknown> | null {
  if (text === null) return null;
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export type JwsStep =
  | { ok: false; verdict: 'malformed' | 'wrong_secret_or_tampered'; offset: number; reason: string; header?: Record<string, unknown>; /** What words the reason in the catalogue (reason.detail.<detailCode>). */ detail?: Readonly<Record<string, string | number>> }
  | { ok: true; header: Record<string, unknown>; alg: JwsAlg; segments: [string, string, string]; signature: Uint8Array; /** The claims' UTF-8 text; null when the bytes are not UTF-8. */ payloadText: string | null };

/**
 * Headers a family's producers write byte for byte (LiveKit's `{"alg":"HS256"}`), by their
 * base64url segment: a token whose header segment is one of these is read without decoding
 * and parsing it again. Built from constant JSON texts once; holds no token and no secret.
 */
export type KnownHeaders = ReadonlyMap<string, Readonly<Record<string, string>>>;

/** The known headers of these JSON texts (flat objects of strings, as the producers write them). */
export function knownHeaders(jsonTexts: readonly string[]): KnownHeaders {
  const out = new Map<string, Readonly<Record<string, string>>>();
  for (const json of jsonTexts) out.set(encodeBase64Url(utf8Encode(json)), Object.freeze(JSON.parse(json) as Record<string, string>));
  return out;
}

/**
 * The claims segment's text when detection already read it loosely (segmentTextLoose) and that
 * is exactly what the strict decode would give: every character base64url, a length not 1 mod 4,
 * a canonical last character, and UTF-8 that was valid (no U+FFFD, which the loose decoder puts
 * for bad bytes; a literal one is sent to the strict decoder too) with no byte-order mark (which
 * the loose decoder drops). undefined when the strict decode must run.
 */
function strictFromLoose(segment: string, loose: string | null | undefined): string | undefined {
  if (loose === undefined || loose === null) return undefined;
  const n = segment.length;
  const rest = n % 4;
  if (n === 0 || rest === 1) return undefined;
  let any = 0;
  for (let i = 0; i < n; i++) any |= URL_VALUE[segment.charCodeAt(i)] as number;
  if (any > 63) return undefined;
  const last = URL_VALUE[segment.charCodeAt(n - 1)] as number;
  if (rest === 2 ? (last & 15) !== 0 : rest === 3 && (last & 3) !== 0) return undefined;
  if (segment.startsWith('77u_') || loose.includes('\uFFFD')) return undefined;
  return loose;
}

/**
 * Rules 2–6: segments, base64url, header JSON, crit, alg against the allow-list. `claimsLoose`:
 * the claims' text as detection read it loosely from this same token (see strictFromLoose).
 */
export function readJws(token: string, allowed: readonly JwsAlg[], known?: KnownHeaders, claimsLoose?: string | null): JwsStep {
  const parts = token.split('.');
  if (parts.length !== 3) {
    return { ok: false, verdict: 'malformed', offset: 0, reason: `${parts.length} dot-separated segments, not 3${parts.length === 5 ? ' (a JWE, encrypted, not a JWS)' : ''}`, detail: { detailCode: parts.length === 5 ? 'jwt_segments_jwe' : 'jwt_segments', parts: parts.length } };
  }
  const segments = parts as [string, string, string];
  // A known header segment is that header's exact JSON: what decoding and JSON.parse would give, as a fresh object.
  const knownHeader = known?.get(segments[0]);
  // Header and claims become text as they are decoded; the signature stays bytes.
  const texts: (string | null)[] = [];
  let signature: Uint8Array | null = null;
  let at = 0;
  for (let i = 0; i < 3; i++) {
    if (i === 0 && knownHeader !== undefined) {
      texts.push(null);
      at += segments[0].length + 1;
      continue;
    }
    const seg = segments[i] as string;
    const text = i === 1 ? (strictFromLoose(seg, claimsLoose) ?? segmentText(seg)) : i < 2 ? segmentText(seg) : null;
    if (i === 2) signature = decodeBase64UrlStrict(seg);
    if ((i < 2 && (text === undefined || seg === '')) || (i === 2 && signature === null)) {
      return { ok: false, verdict: 'malformed', offset: at, reason: `segment ${i + 1} is not strict base64url (no "=", no "+" or "/", canonical last character)`, detail: { detailCode: 'jwt_not_base64url', segment: i + 1 } };
    }
    if (i < 2) texts.push(text as string | null);
    at += seg.length + 1;
  }
  const header = knownHeader !== undefined ? { ...knownHeader } : jsonObject(texts[0] as string | null);
  if (header === null) return { ok: false, verdict: 'malformed', offset: 0, reason: 'the protected header is not a UTF-8 JSON object', detail: { detailCode: 'jwt_header_not_json' } };
  if ('crit' in header) {
    const crit = header['crit'];
    const okCrit = Array.isArray(crit) && crit.length > 0 && crit.every((c) => typeof c === 'string' && c !== '');
    if (!okCrit || (crit as string[]).some((c) => c !== 'b64') || typeof header['b64'] !== 'boolean' || header['b64'] === false) {
      return { ok: false, verdict: 'malformed', offset: 0, reason: 'crit names an extension this verifier does not understand (only b64: true)', header, detail: { detailCode: 'jwt_crit' } };
    }
  }
  const alg = header['alg'];
  if (typeof alg !== 'string' || alg === '') return { ok: false, verdict: 'malformed', offset: 0, reason: 'the header has no alg', header, detail: { detailCode: 'jwt_no_alg' } };
  if (!(allowed as readonly string[]).includes(alg)) {
    return { ok: false, verdict: 'wrong_secret_or_tampered', offset: 0, reason: `alg not allowed: "${alg}" (allowed: ${allowed.join(', ')})`, header };
  }
  return { ok: true, header, alg: alg as JwsAlg, segments, signature: signature as Uint8Array, payloadText: texts[1] as string | null };
}

/** The HMAC of the signing input, `header.payload` as the token spells it (pass a slice of the token: no copy). */
export function jwsSignature(alg: JwsAlg, key: Uint8Array | string, signingInput: string, crypto: CryptoPort, prepared?: PreparedKeys): Uint8Array {
  return hmacWith(prepared, crypto, HMAC_OF[alg].hash, key, signingInput);
}

/** The claims object (rule 10) from the claims' text (JwsStep.payloadText), or null. */
export const readClaims = jsonObject;

/** Compact JWS of the given JSON texts. */
export function signCompact(alg: JwsAlg, key: Uint8Array | string, headerJson: string, payloadJson: string, crypto: CryptoPort, prepared?: PreparedKeys): string {
  return signEncodedHeader(alg, key, encodeTextBase64Url(headerJson), payloadJson, crypto, prepared);
}

/** Compact JWS of a header already in base64url (a family's constant header, encoded once) and a JSON payload. */
export function signEncodedHeader(alg: JwsAlg, key: Uint8Array | string, encodedHeader: string, payloadJson: string, crypto: CryptoPort, prepared?: PreparedKeys): string {
  const input = `${encodedHeader}.${encodeTextBase64Url(payloadJson)}`;
  return `${input}.${encodeBase64Url(jwsSignature(alg, key, input, crypto, prepared))}`;
}

/** A JWT family's key from the secret text: "base64url:…" for raw bytes, else its UTF-8. */
export function jwtKey(secret: string): Uint8Array | null {
  if (secret.startsWith('base64url:')) return decodeBase64UrlStrict(secret.slice('base64url:'.length));
  return utf8Encode(secret);
}

/**
 * The same key as jwtKey, for the HMAC: the bytes of a "base64url:…" secret, else the text
 * itself (CryptoPort.hmac takes text as its UTF-8, so it is not encoded here), and its length in bytes.
 */
export function jwtKeyInput(secret: string): { key: Uint8Array | string; length: number } | null {
  if (secret.startsWith('base64url:')) {
    const bytes = decodeBase64UrlStrict(secret.slice('base64url:'.length));
    return bytes === null ? null : { key: bytes, length: bytes.length };
  }
  return { key: secret, length: utf8ByteLength(secret) };
}

const lenientText = new TextDecoder();

/**
 * What a segment says, for detection only: decodes the longest clean base64/base64url prefix
 * (so a damaged token still shows its claims' first words). Never used to verify.
 */
export function segmentTextLoose(segment: string, from = 0): string | null {
  // The clean prefix (from `from`): characters of either alphabet; a last lone character (length ≡ 1 mod 4) carries no byte.
  // It stops at a ".", so a token and the offset of one of its segments read as that segment alone.
  const out = bufferFor(Math.floor(((segment.length - from) * 3) / 4));
  let o = 0;
  let i = from;
  // Whole groups of four clean characters, then what is left of the prefix (0–3 characters).
  for (; i + 3 < segment.length; i += 4) {
    const a = LOOSE[segment.charCodeAt(i)] as number;
    const b = LOOSE[segment.charCodeAt(i + 1)] as number;
    const c = LOOSE[segment.charCodeAt(i + 2)] as number;
    const d = LOOSE[segment.charCodeAt(i + 3)] as number;
    if ((a | b | c | d) > 63) break;
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = v >> 16;
    out[o++] = (v >> 8) & 0xff;
    out[o++] = v & 0xff;
  }
  let left = 0;
  while (left < 3 && i + left < segment.length && (LOOSE[segment.charCodeAt(i + left)] as number) <= 63) left++;
  // Its bytes, the unused bits of the last character dropped (as a padded decode would).
  if (left >= 2) {
    const a = LOOSE[segment.charCodeAt(i)] as number;
    const b = LOOSE[segment.charCodeAt(i + 1)] as number;
    out[o++] = (a << 2) | (b >> 4);
    if (left === 3) out[o++] = ((b & 15) << 4) | ((LOOSE[segment.charCodeAt(i + 2)] as number) >> 2);
  }
  if (o === 0) return null;
  return lenientText.decode(out.subarray(0, o));
}

/** 0–63 for a character of standard base64 or base64url ("+" and "-" alike, "/" and "_" alike), 255 for every other code unit. */
const LOOSE = new Uint8Array(65_536).fill(255);
for (let i = 0; i < URL_ALPHABET.length; i++) LOOSE[URL_ALPHABET.charCodeAt(i)] = i;
LOOSE[43] = 62; // +
LOOSE[47] = 63; // /
