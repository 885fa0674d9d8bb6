/**
 * The engine's CryptoPort implemented with node:crypto (main process and CLI).
 *
 * Kept deliberately thin: every call is the one node:crypto call the operation needs, so the
 * benchmark can compare the engine against this raw work.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  timingSafeEqual as nodeTimingSafeEqual,
} from 'node:crypto';
import * as cryptoModule from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type { CryptoPort, RandomBytes } from '../../shared/crypto/cryptoPort';
import { prepareNodeAesCbc } from './nodePreparedAesCbc';
import { nodePrepareHmac } from './nodePreparedHmac';

function aesName(mode: 'cbc' | 'gcm', key: Uint8Array): string {
  return `aes-${key.length * 8}-${mode}`;
}

// The one-shot crypto.hash (Node ≥ 20.12) skips the Hash object: over twice as fast for a token's few bytes.
const oneShot = (cryptoModule as { hash?: (algorithm: string, data: string | Uint8Array, encoding: 'hex') => string }).hash;

function hashHex(algorithm: string, data: string | Uint8Array): string {
  return oneShot ? oneShot(algorithm, data, 'hex') : createHash(algorithm).update(data).digest('hex');
}

/** Up to this many bytes (an HMAC-SHA512 is 64) timingSafeEqual compares in JavaScript. */
const SHORT_COMPARE_BYTES = 64;

export const nodeCryptoPort: CryptoPort = {
  aesCbcEncrypt(key, iv, plaintext) {
    const cipher = createCipheriv(aesName('cbc', key), key, iv);
    const head = typeof plaintext === 'string' ? cipher.update(plaintext, 'utf8') : cipher.update(plaintext);
    return Buffer.concat([head, cipher.final()]);
  },
  aesCbcDecryptNoPadding(key, iv, ciphertext) {
    const decipher = createDecipheriv(aesName('cbc', key), key, iv);
    decipher.setAutoPadding(false);
    const head = decipher.update(ciphertext);
    const tail = decipher.final(); // empty for whole blocks (every token): no copy then
    return tail.length === 0 ? head : Buffer.concat([head, tail]);
  },
  prepareAesCbc: (key) => prepareNodeAesCbc(key, nodeCryptoPort),
  aesGcmEncrypt(key, nonce, plaintext) {
    const cipher = createCipheriv(aesName('gcm', key) as 'aes-256-gcm', key, nonce);
    const ciphertext = typeof plaintext === 'string' ? cipher.update(plaintext, 'utf8') : cipher.update(plaintext);
    cipher.final(); // GCM is a stream mode: nothing is held back
    return Buffer.concat([ciphertext, cipher.getAuthTag()]);
  },
  aesGcmDecrypt(key, nonce, ciphertextAndTag) {
    // A shortened tag is a tampered token, never a weaker check: insist on all 16 bytes.
    if (ciphertextAndTag.length < 16) return null;
    const split = ciphertextAndTag.length - 16;
    const decipher = createDecipheriv(aesName('gcm', key) as 'aes-256-gcm', key, nonce, { authTagLength: 16 });
    decipher.setAuthTag(ciphertextAndTag.subarray(split));
    try {
      const plaintext = decipher.update(ciphertextAndTag.subarray(0, split));
      decipher.final(); // GCM emits nothing here; it throws when the tag does not match
      return plaintext;
    } catch {
      return null;
    }
  },
  sha1Hex: (data) => hashHex('sha1', data),
  md5Hex: (data) => hashHex('md5', data),
  sha256Hex: (data) => hashHex('sha256', data),
  hmac: (algorithm, key, data) => createHmac(algorithm, key).update(data).digest(),
  prepareHmac: nodePrepareHmac,
  timingSafeEqual(a, b) {
    if (a.length !== b.length) {
      // Still spend comparable time, then fail: the length of a signature is public anyway.
      nodeTimingSafeEqual(a, a);
      return false;
    }
    // A MAC's few bytes: compared here, every byte XOR-ed into one accumulator with no early
    // exit or data-dependent branch (constant time as the native call is), without the cost of
    // crossing into C++ and checking the arguments there, which is most of that call's time.
    if (a.length <= SHORT_COMPARE_BYTES) {
      let diff = 0;
      for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
      return diff === 0;
    }
    return nodeTimingSafeEqual(a, b);
  },
  deflate: (data, level) => deflateSync(data, { level }),
};

export const nodeRandomBytes: RandomBytes = (length) => randomBytes(length);
