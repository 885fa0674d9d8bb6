/**
 * A prepared HMAC key: the key absorbed once, then one MAC per message. The caller creates it
 * (CryptoPort.prepareHmac, or `prepareHmac` below on any port) and holds it for as long as it
 * verifies or mints with that key, like Go's `hmac.New`; nothing keeps it at module level.
 */
import type { CryptoPort, HmacAlgorithm } from './cryptoPort';

export interface PreparedHmac {
  readonly algorithm: HmacAlgorithm;
  /** The MAC of `data` (a string stands for its UTF-8 bytes), as CryptoPort.hmac gives it. */
  mac(data: Uint8Array | string): Uint8Array;
}

/** The port's prepared key when it has one, else one that calls `crypto.hmac` each time (same bytes). */
export function prepareHmac(crypto: CryptoPort, algorithm: HmacAlgorithm, key: Uint8Array | string): PreparedHmac {
  if (crypto.prepareHmac) return crypto.prepareHmac(algorithm, key);
  return { algorithm, mac: (data) => crypto.hmac(algorithm, key, data) };
}

/** How many prepared keys one keyring holds: a family asks for one or two per secret. */
const KEYRING_SIZE = 4;

/**
 * The prepared keys of the secrets one caller works with, created as a family first asks for
 * each: a batch that verifies many tokens with one secret (or a bulk mint) creates one
 * keyring for the run, puts it in the options / mint context, and drops it with the run. It is
 * the caller's object, never a module-level cache. It holds a few keys (KEYRING_SIZE); a key
 * past those is not prepared at all (preparing costs more than one plain HMAC).
 */
export class HmacKeyring {
  private readonly entries: { algorithm: HmacAlgorithm; key: Uint8Array | string; prepared: PreparedHmac }[] = [];

  constructor(private readonly crypto: CryptoPort) {}

  /** The prepared key for (algorithm, key), a string key standing for its UTF-8 as in CryptoPort.hmac; null once the keyring is full. */
  get(algorithm: HmacAlgorithm, key: Uint8Array | string): PreparedHmac | null {
    for (const entry of this.entries) {
      if (entry.algorithm === algorithm && sameKey(entry.key, key)) return entry.prepared;
    }
    if (this.entries.length >= KEYRING_SIZE) return null;
    const prepared = prepareHmac(this.crypto, algorithm, key);
    this.entries.push({ algorithm, key: typeof key === 'string' ? key : key.slice(), prepared });
    return prepared;
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
 * HMAC through the keyring when the caller gave one (the key prepared once), else the port's
 * one-shot call: the same bytes either way.
 */
export function hmacWith(keys: HmacKeyring | undefined, crypto: CryptoPort, algorithm: HmacAlgorithm, key: Uint8Array | string, data: Uint8Array | string): Uint8Array {
  const prepared = keys?.get(algorithm, key);
  return prepared ? prepared.mac(data) : crypto.hmac(algorithm, key, data);
}
