/**
 * nodeCryptoPort.prepareHmac: a prepared HMAC key on the host, each message to whichever of
 * the two is faster at its size, as `npm run bench families` measures them side by side:
 *
 * - HMAC-SHA256 up to PREPARED_SHA256_MAX_BYTES bytes: the TypeScript midstate HMAC
 *   (src/shared/crypto/hmacSha256.ts), whose per-message cost is its SHA-256 blocks alone;
 * - longer messages and the other hashes: node:crypto's createHmac, whose fixed setup cost
 *   stops mattering once the blocks dominate.
 *
 * The bytes are the same either way (HMAC is a function of key and message).
 */
import { createHash, createHmac } from 'node:crypto';
import { prepareHmacSha256 } from '../../shared/crypto/hmacSha256';
import type { HmacAlgorithm } from '../../shared/crypto/cryptoPort';
import type { PreparedHmac } from '../../shared/crypto/preparedKeys';

/**
 * Where the midstate HMAC stops winning: three inner blocks (up to 183 message bytes) plus the
 * outer one beat createHmac in the bench's sizes table; at five blocks and more createHmac wins.
 */
export const PREPARED_SHA256_MAX_BYTES = 183;

const encoder = new TextEncoder();

export function nodePrepareHmac(algorithm: HmacAlgorithm, key: Uint8Array | string): PreparedHmac {
  const keyBytes = typeof key === 'string' ? encoder.encode(key) : Uint8Array.from(key);
  const native = (data: Uint8Array | string): Uint8Array => createHmac(algorithm, keyBytes).update(data).digest();
  if (algorithm !== 'sha256') return { algorithm, mac: native };
  const midstate = prepareHmacSha256(keyBytes, (long) => createHash('sha256').update(long).digest());
  return {
    algorithm,
    // A string's UTF-8 is at least as long as its UTF-16 length: past the limit in code units, past it in bytes.
    mac: (data) => (data.length <= PREPARED_SHA256_MAX_BYTES ? midstate.mac(data) : native(data)),
  };
}
