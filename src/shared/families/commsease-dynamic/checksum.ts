/**
 * The SHA-1 checksums CommsEase puts on requests, and timing-safe comparisons for them.
 *
 * - Server API calls: CheckSum = sha1_hex_lower(AppSecret + Nonce + CurTime(seconds)).
 * - Callbacks CommsEase sends: CheckSum = sha1_hex_lower(AppSecret + MD5(body) + CurTime).
 */
import type { CryptoPort } from '../../crypto/cryptoPort';
import { utf8Encode } from '../../encoding/bytes';

export function serverApiCheckSum(appSecret: string, nonce: string, curTime: string, crypto: CryptoPort): string {
  return crypto.sha1Hex(appSecret + nonce + curTime);
}

export function callbackCheckSum(appSecret: string, bodyMd5: string, curTime: string, crypto: CryptoPort): string {
  return crypto.sha1Hex(appSecret + bodyMd5 + curTime);
}

/** Hex digests compared case-insensitively and in constant time. */
export function checksumsEqual(a: string, b: string, crypto: CryptoPort): boolean {
  return crypto.timingSafeEqual(utf8Encode(a.toLowerCase()), utf8Encode(b.toLowerCase()));
}

/** Static tokens are secrets: compare them in constant time, byte for byte. */
export function staticTokensEqual(a: string, b: string, crypto: CryptoPort): boolean {
  return crypto.timingSafeEqual(utf8Encode(a), utf8Encode(b));
}
