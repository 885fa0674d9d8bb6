import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { PREPARED_SHA256_MAX_BYTES, nodePrepareHmac } from '../../../src/main/crypto/nodePreparedHmac';
import type { CryptoPort } from '../../../src/shared/crypto/cryptoPort';
import { prepareHmacSha256 } from '../../../src/shared/crypto/hmacSha256';
import { HmacKeyring, hmacWith, prepareHmac } from '../../../src/shared/crypto/preparedHmac';

const bytes = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed * 7 + 3) & 0xff);
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const reference = (key: Uint8Array | string, data: Uint8Array | string) => createHmac('sha256', key).update(data).digest('hex');

describe('prepareHmacSha256 (midstate HMAC-SHA256)', () => {
  // Key lengths around the 64-byte block (a longer key is hashed first); message lengths cover every padding case (55/56/63/64 bytes mod 64).
  const keyLengths = [0, 1, 31, 32, 63, 64, 65, 131];
  it('gives createHmac’s bytes for every message length 0–300 under keys around the block size', () => {
    for (const k of keyLengths) {
      const key = bytes(k, k);
      const prepared = prepareHmacSha256(key);
      for (let n = 0; n <= 300; n++) {
        const data = bytes(n, n + k);
        expect(hex(prepared.mac(data)), `key ${k} B, message ${n} B`).toBe(reference(key, data));
      }
    }
  });

  it('reads a string as its UTF-8, ASCII or not, and stays correct when reused', () => {
    const prepared = prepareHmacSha256(new TextEncoder().encode('33FWyW2am0f6YCvPcD7VxzdlrUUEdo6w72vOJawYwT4'));
    for (const text of ['', 'eyJhbGciOiJIUzI1NiJ9.eyJ2aWRlbyI6e30', 'x'.repeat(55), 'x'.repeat(56), 'é', '用户😀'.repeat(20), 'a'.repeat(64) + 'ü']) {
      expect(hex(prepared.mac(text))).toBe(reference('33FWyW2am0f6YCvPcD7VxzdlrUUEdo6w72vOJawYwT4', text));
      expect(hex(prepared.mac(text))).toBe(reference('33FWyW2am0f6YCvPcD7VxzdlrUUEdo6w72vOJawYwT4', text));
    }
  });

  it('keys hashed by the caller’s SHA-256 and by its own give the same MAC', () => {
    const key = bytes(200, 9);
    const data = bytes(77, 1);
    const viaNode = prepareHmacSha256(key, (long) => new Uint8Array(Buffer.from(nodeCryptoPort.sha256Hex(long), 'hex')));
    expect(hex(viaNode.mac(data))).toBe(reference(key, data));
    expect(hex(prepareHmacSha256(key).mac(data))).toBe(reference(key, data));
  });

  it('does not keep the caller’s key array: changing it afterwards changes nothing', () => {
    const key = bytes(32, 4);
    const prepared = prepareHmacSha256(key);
    const want = reference(Uint8Array.from(key), 'data');
    key.fill(0);
    expect(hex(prepared.mac('data'))).toBe(want);
  });
});

describe('nodePrepareHmac (the host port’s prepared key)', () => {
  it('matches createHmac on both sides of the midstate limit, for every hash', () => {
    for (const algorithm of ['sha1', 'sha256', 'sha384', 'sha512'] as const) {
      const prepared = nodePrepareHmac(algorithm, 'a secret key');
      for (const n of [0, 100, PREPARED_SHA256_MAX_BYTES, PREPARED_SHA256_MAX_BYTES + 1, 414]) {
        const data = bytes(n, 2);
        expect(hex(prepared.mac(data)), `${algorithm} ${n} B`).toBe(createHmac(algorithm, 'a secret key').update(data).digest('hex'));
        expect(hex(prepared.mac(Buffer.from(data).toString('latin1')))).toBe(createHmac(algorithm, 'a secret key').update(Buffer.from(data).toString('latin1')).digest('hex'));
      }
    }
  });
});

describe('HmacKeyring', () => {
  it('prepares a key once per (hash, key) and gives CryptoPort.hmac’s bytes', () => {
    let prepared = 0;
    const port: CryptoPort = { ...nodeCryptoPort, prepareHmac: (algorithm, key) => (prepared++, nodePrepareHmac(algorithm, key)) };
    const ring = new HmacKeyring(port);
    for (let i = 0; i < 5; i++) {
      expect(hex(hmacWith(ring, port, 'sha256', 'k1', `m${i}`))).toBe(reference('k1', `m${i}`));
      expect(hex(hmacWith(ring, port, 'sha256', bytes(16, 1), `m${i}`))).toBe(reference(bytes(16, 1), `m${i}`));
    }
    expect(hex(hmacWith(ring, port, 'sha512', 'k1', 'm'))).toBe(createHmac('sha512', 'k1').update('m').digest('hex'));
    expect(prepared).toBe(3);
    // Another key is another entry, never the first one's MAC.
    expect(hex(hmacWith(ring, port, 'sha256', 'k2', 'm'))).toBe(reference('k2', 'm'));
    expect(hex(hmacWith(ring, port, 'sha256', bytes(16, 2), 'm'))).toBe(reference(bytes(16, 2), 'm'));
    // Full (four keys): a fifth is not prepared, and still gives the right bytes.
    expect(prepared).toBe(4);
    expect(ring.get('sha256', 'k3')).toBeNull();
    expect(hex(hmacWith(ring, port, 'sha256', 'k3', 'm'))).toBe(reference('k3', 'm'));
    expect(prepared).toBe(4);
  });

  it('without a keyring, and on a port without prepareHmac, falls back to CryptoPort.hmac', () => {
    const { prepareHmac: _unused, ...plain } = nodeCryptoPort;
    expect(hex(hmacWith(undefined, plain, 'sha256', 'k', 'm'))).toBe(reference('k', 'm'));
    expect(hex(prepareHmac(plain, 'sha256', 'k').mac('m'))).toBe(reference('k', 'm'));
    expect(hex(new HmacKeyring(plain).get('sha256', 'k')!.mac('m'))).toBe(reference('k', 'm'));
  });
});
