/**
 * Keys prepared once for many tokens: what a batch (or a benchmark) creates and holds while it
 * verifies or mints many tokens with one secret, like Go's `hmac.New` or a held `Cipher`.
 *
 * For a token of ~100 bytes, setting a cipher up (name lookup, key schedule) costs more than
 * the encryption itself. A prepared AES-CBC key keeps one cipher per direction for the key and
 * takes a new IV per call: the same bytes as the one-shot port calls, at a fraction of the cost.
 *
 * Nothing here is module-level: the caller creates a `PreparedKeys`, passes it along with the
 * secret (FamilyVerifyOptions.prepared, a request's `prepared`), and drops it when done. It
 * holds the secret's key bytes and the host's prepared ciphers, never in logs or results.
 */
import type { CryptoPort } from './cryptoPort';

/** An AES key prepared for CBC with any IV (see CryptoPort.prepareAesCbc). */
export interface PreparedAesCbc {
  /** The same bytes as `CryptoPort.aesCbcEncrypt(key, iv, plaintext)`. */
  encrypt(iv: Uint8Array, plaintext: Uint8Array | string): Uint8Array;
  /** The same bytes as `CryptoPort.aesCbcDecryptNoPadding(key, iv, ciphertext)`. */
  decryptNoPadding(iv: Uint8Array, ciphertext: Uint8Array): Uint8Array;
}

/** What one secret's preparation holds: its key bytes, and a CBC key made on first use. */
interface Prepared {
  secret: string;
  key: Uint8Array;
  cbc: PreparedAesCbc | null | undefined;
}

/** Prepared keys for the last secret asked about (a batch has one); another secret replaces it. */
export class PreparedKeys {
  #held: Prepared | null = null;

  #for(secret: string, key: Uint8Array | (() => Uint8Array)): Prepared {
    const held = this.#held;
    if (held !== null && held.secret === secret) return held;
    const fresh: Prepared = { secret, key: typeof key === 'function' ? key() : key, cbc: undefined };
    this.#held = fresh;
    return fresh;
  }

  /** The secret's key bytes, made by `encode` the first time (the caller's own encoding). */
  keyBytes(secret: string, encode: () => Uint8Array): Uint8Array {
    return this.#for(secret, encode).key;
  }

  /** A CBC key prepared by the host for `secret` (whose bytes are `key`); null when the port cannot prepare one. */
  aesCbc(secret: string, key: Uint8Array, crypto: CryptoPort): PreparedAesCbc | null {
    const held = this.#for(secret, key);
    if (held.cbc === undefined) held.cbc = crypto.prepareAesCbc?.(held.key) ?? null;
    return held.cbc;
  }
}
