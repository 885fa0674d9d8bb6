/**
 * Keys prepared once for many tokens: what a batch (or a bulk mint, or a benchmark) creates and
 * holds while it verifies or mints many tokens with one secret, like Go's `hmac.New` or a held
 * `Cipher`.
 *
 * For a token of ~100–400 bytes, setting a primitive up costs more than the work itself:
 * - a prepared AES-CBC key keeps one cipher per direction for the key and takes a new IV per
 *   call (CryptoPort.prepareAesCbc);
 * - a prepared HMAC key has the key absorbed once, then one MAC per message
 *   (CryptoPort.prepareHmac; the midstate HMAC-SHA256 of ./hmacSha256.ts on the host).
 * Either gives the same bytes as the one-shot port calls.
 *
 * Nothing here is module-level: the caller creates one `PreparedKeys`, passes it along with the
 * secret (FamilyVerifyOptions.prepared, MintContext.prepared, ZegoTokenRequest.prepared), and
 * drops it when done. It holds key bytes and the host's prepared primitives, never in logs or
 * results.
 */
import type { CryptoPort, HmacAlgorithm } from './cryptoPort';

/** An AES key prepared for CBC with any IV (see CryptoPort.prepareAesCbc). */
export interface PreparedAesCbc {
  /** The same bytes as `CryptoPort.aesCbcEncrypt(key, iv, plaintext)`. */
  encrypt(iv: Uint8Array, plaintext: Uint8Array | string): Uint8Array;
  /** The same bytes as `CryptoPort.aesCbcDecryptNoPadding(key, iv, ciphertext)`. */
  decryptNoPadding(iv: Uint8Array, ciphertext: Uint8Array): Uint8Array;
}

/** An HMAC key prepared for many messages (see CryptoPort.prepareHmac). */
export interface PreparedHmac {
  readonly algorithm: HmacAlgorithm;
  /** The MAC of `data` (a string stands for its UTF-8 bytes), as CryptoPort.hmac gives it. */
  mac(data: Uint8Array | string): Uint8Array;
}

/** The port's prepared HMAC key when it has one, else one that calls `crypto.hmac` each time (same bytes). */
export function prepareHmac(crypto: CryptoPort, algorithm: HmacAlgorithm, key: Uint8Array | string): PreparedHmac {
  if (crypto.prepareHmac) return crypto.prepareHmac(algorithm, key);
  return { algorithm, mac: (data) => crypto.hmac(algorithm, key, data) };
}

/**
 * How many keys of each kind one `PreparedKeys` holds: a family asks for one or two per secret,
 * a batch has one secret. A key past those is not prepared at all (preparing costs more than
 * one plain call), so a run with many secrets stays bounded and correct.
 */
const HELD_PER_KIND = 4;

/** The secret's encoded key bytes (the last secret asked about). */
interface HeldBytes {
  secret: string;
  key: Uint8Array;
}

interface HeldCbc {
  key: Uint8Array;
  cbc: PreparedAesCbc | null;
}

interface HeldHmac {
  algorithm: HmacAlgorithm;
  key: Uint8Array | string;
  hmac: PreparedHmac;
}

/** The caller's prepared keys for one run; see the module comment. */
export class PreparedKeys {
  #bytes: HeldBytes | null = null;
  readonly #cbc: HeldCbc[] = [];
  readonly #hmac: HeldHmac[] = [];

  /** The secret's key bytes, made by `encode` the first time (the caller's own encoding); another secret replaces them. */
  keyBytes(secret: string, encode: () => Uint8Array): Uint8Array {
    const held = this.#bytes;
    if (held !== null && held.secret === secret) return held.key;
    const key = encode();
    this.#bytes = { secret, key };
    return key;
  }

  /** `key` prepared by the host for AES-CBC; null when the port cannot prepare one, or this object holds enough CBC keys. */
  aesCbc(key: Uint8Array, crypto: CryptoPort): PreparedAesCbc | null {
    for (const entry of this.#cbc) if (sameKey(entry.key, key)) return entry.cbc;
    if (this.#cbc.length >= HELD_PER_KIND) return null;
    const cbc = crypto.prepareAesCbc?.(key) ?? null;
    this.#cbc.push({ key: key.slice(), cbc });
    return cbc;
  }

  /**
   * (algorithm, key) prepared for HMAC (a string key stands for its UTF-8, as in CryptoPort.hmac);
   * null once this object holds enough HMAC keys.
   */
  hmac(algorithm: HmacAlgorithm, key: Uint8Array | string, crypto: CryptoPort): PreparedHmac | null {
    for (const entry of this.#hmac) {
      if (entry.algorithm === algorithm && sameKey(entry.key, key)) return entry.hmac;
    }
    if (this.#hmac.length >= HELD_PER_KIND) return null;
    const hmac = prepareHmac(crypto, algorithm, key);
    this.#hmac.push({ algorithm, key: typeof key === 'string' ? key : key.slice(), hmac });
    return hmac;
  }
}

/** Two keys the caller gave (never a token's bytes): a plain compare. */
function sameKey(a: Uint8Array | string, b: Uint8Array | string): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * HMAC through the caller's prepared keys when it gave them (the key absorbed once), else the
 * port's one-shot call: the same bytes either way.
 */
export function hmacWith(
  prepared: PreparedKeys | undefined,
  crypto: CryptoPort,
  algorithm: HmacAlgorithm,
  key: Uint8Array | string,
  data: Uint8Array | string,
): Uint8Array {
  const hmac = prepared?.hmac(algorithm, key, crypto);
  return hmac ? hmac.mac(data) : crypto.hmac(algorithm, key, data);
}
