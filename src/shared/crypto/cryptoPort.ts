/**
 * The cryptographic primitives the token engine needs, passed in as an argument.
 *
 * src/shared must stay free of Node and browser specifics, so the engine never imports
 * `node:crypto`; the main process and the CLI hand it `nodeCryptoPort`
 * (src/main/crypto/nodeCryptoPort.ts). All calls are synchronous so that batch verification
 * of 100k tokens stays a tight loop.
 */
import type { PreparedAesCbc, PreparedHmac } from './preparedKeys';

export interface CryptoPort {
  /**
   * AES-CBC with PKCS#7 padding; the key length (16/24/32) picks AES-128/192/256. A string
   * plaintext stands for its UTF-8 bytes (as TextEncoder writes them): encoding it natively
   * inside the cipher call saves a token's one JS byte array.
   */
  aesCbcEncrypt(key: Uint8Array, iv: Uint8Array, plaintext: Uint8Array | string): Uint8Array;
  /** AES-CBC without removing padding: the caller checks PKCS#7 strictly itself. */
  aesCbcDecryptNoPadding(key: Uint8Array, iv: Uint8Array, ciphertext: Uint8Array): Uint8Array;
  /** Optional: `key` prepared for many CBC calls with any IV, the same bytes as the two above (see ./preparedKeys.ts). */
  prepareAesCbc?(key: Uint8Array): PreparedAesCbc;
  /** AES-GCM, no AAD; returns ciphertext followed by the 16-byte tag. A string plaintext stands for its UTF-8 bytes. */
  aesGcmEncrypt(key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array | string): Uint8Array;
  /** AES-GCM, no AAD; input is ciphertext followed by the 16-byte tag. `null` when the tag fails. */
  aesGcmDecrypt(key: Uint8Array, nonce: Uint8Array, ciphertextAndTag: Uint8Array): Uint8Array | null;
  /** Lowercase hex SHA-1 of the UTF-8 bytes of `text` (or of the bytes given). */
  sha1Hex(data: string | Uint8Array): string;
  /** Lowercase hex MD5. */
  md5Hex(data: string | Uint8Array): string;
  /** Lowercase hex SHA-256. */
  sha256Hex(data: string | Uint8Array): string;
  /**
   * HMAC of `data` under `key` (Agora AccessToken2/AccessToken, Tencent UserSig, JWS HS*). A
   * string key or data stands for its UTF-8 bytes (as TextEncoder writes them), so a caller
   * with text need not encode it first.
   */
  hmac(algorithm: HmacAlgorithm, key: Uint8Array | string, data: Uint8Array | string): Uint8Array;
  /**
   * Optional: the key absorbed once, for many MACs (same bytes as `hmac`). The caller holds the
   * object (PreparedKeys in ./preparedKeys.ts); without this method it falls back to `hmac`.
   */
  prepareHmac?(algorithm: HmacAlgorithm, key: Uint8Array | string): PreparedHmac;
  /** Constant-time equality; different lengths compare unequal without leaking where. */
  timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean;
  /**
   * Optional: zlib-compress (RFC 1950) at `level` with the host's zlib (node:zlib in the main
   * process and the CLI). Not cryptography, but the one host port a generator receives, so the
   * compressed families (Agora 007, Tencent UserSig) reach it: node:zlib is about three times
   * faster than the portable fallback for a token's few hundred bytes, and is the zlib the
   * official Node SDKs use. Without it `deflateZlib` falls back to fflate; the content is the
   * same either way, the compressed bytes may differ between hosts (never within one).
   */
  deflate?(data: Uint8Array, level: ZlibLevel): Uint8Array;
}

export type ZlibLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export type HmacAlgorithm = 'sha1' | 'sha256' | 'sha384' | 'sha512';

/** A source of random bytes (crypto.randomBytes in production, a seeded PRNG in tests). */
export type RandomBytes = (length: number) => Uint8Array;
