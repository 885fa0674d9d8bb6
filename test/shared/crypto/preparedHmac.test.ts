/**
 * A prepared HMAC key must give exactly createHmac's bytes: the midstate HMAC-SHA256 on its
 * own, the host port's prepared key (midstate up to PREPARED_SHA256_MAX_BYTES, createHmac past
 * it), and the caller's PreparedKeys that hands them out. Keys shorter than, equal to and longer
 * than the 64-byte block (a longer key is hashed first, RFC 2104), as bytes and as text; every
 * message length across the padding cases and across the 183-byte threshold, as bytes, as
 * ASCII text and as text whose UTF-8 is longer than its UTF-16 length.
 */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { PREPARED_SHA256_MAX_BYTES, nodePrepareHmac } from '../../../src/main/crypto/nodePreparedHmac';
import type { CryptoPort } from '../../../src/shared/crypto/cryptoPort';
import { prepareHmacSha256 } from '../../../src/shared/crypto/hmacSha256';
import { PreparedKeys, hmacWith, prepareHmac } from '../../../src/shared/crypto/preparedKeys';

const bytes = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed * 7 + 3) & 0xff);
const ascii = (n: number, seed: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(0x20 + ((i * 13 + seed) % 95))).join('');
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const reference = (key: Uint8Array | string, data: Uint8Array | string, algorithm = 'sha256') => createHmac(algorithm, key).update(data).digest('hex');

/** Byte keys around the 64-byte block, and text keys (one of them non-ASCII, 72 UTF-8 bytes: over the block). */
const BYTE_KEYS = [0, 1, 31, 32, 55, 63, 64, 65, 100, 131, 200].map((n) => bytes(n, n));
const TEXT_KEYS = ['', 'k', 'c21593727d34eafdc90794e8af7534b2bc52aad9ef93b777966f5a1ec432cc7e', '密钥'.repeat(12), 'x'.repeat(64), 'x'.repeat(65)];

describe('prepareHmacSha256 (midstate HMAC-SHA256)', () => {
  it('gives createHmac’s bytes for every message length 0–300 under keys around the block size', () => {
    for (const key of BYTE_KEYS) {
      const prepared = prepareHmacSha256(key);
      for (let n = 0; n <= 300; n++) {
        const data = bytes(n, n + key.length);
        expect(hex(prepared.mac(data)), `key ${key.length} B, message ${n} B`).toBe(reference(key, data));
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

  it('reads a view into a larger buffer from its own offset', () => {
    const prepared = prepareHmacSha256(bytes(32, 1));
    const whole = bytes(400, 3);
    for (const [from, to] of [[0, 10], [7, 190], [33, 400], [199, 200]] as const) {
      expect(hex(prepared.mac(whole.subarray(from, to)))).toBe(reference(bytes(32, 1), whole.subarray(from, to)));
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

describe('nodePrepareHmac (the host port’s prepared key) against createHmac', () => {
  it('SHA-256: byte and text keys inside and over the block, every message length 0–300 (across the 183-byte threshold)', () => {
    expect(PREPARED_SHA256_MAX_BYTES).toBeGreaterThan(0);
    expect(PREPARED_SHA256_MAX_BYTES).toBeLessThan(300);
    for (const key of [...BYTE_KEYS, ...TEXT_KEYS]) {
      const prepared = nodePrepareHmac('sha256', key);
      const label = typeof key === 'string' ? `text key of ${Buffer.byteLength(key)} B` : `key ${key.length} B`;
      for (let n = 0; n <= 300; n++) {
        const data = bytes(n, n);
        expect(hex(prepared.mac(data)), `${label}, ${n} bytes`).toBe(reference(key, data));
        const text = ascii(n, n);
        expect(hex(prepared.mac(text)), `${label}, ${n} ASCII characters`).toBe(reference(key, text));
      }
    }
  });

  it('SHA-256: text under the threshold in UTF-16 units whose UTF-8 is over it', () => {
    const key = 'a secret key';
    const prepared = nodePrepareHmac('sha256', key);
    const limit = PREPARED_SHA256_MAX_BYTES;
    for (const text of ['é'.repeat(limit), 'é'.repeat(Math.ceil(limit / 2)), '用'.repeat(limit - 1), '😀'.repeat(Math.floor(limit / 2)), 'a'.repeat(limit - 1) + 'é', 'a'.repeat(limit) + 'é']) {
      expect(hex(prepared.mac(text)), `${text.length} units, ${Buffer.byteLength(text)} B`).toBe(reference(key, text));
    }
  });

  it('the other hashes (createHmac itself) on both sides of the threshold', () => {
    for (const algorithm of ['sha1', 'sha384', 'sha512'] as const) {
      for (const key of [bytes(20, 1), bytes(129, 2), 'a secret key']) {
        const prepared = nodePrepareHmac(algorithm, key);
        for (const n of [0, 100, PREPARED_SHA256_MAX_BYTES, PREPARED_SHA256_MAX_BYTES + 1, 414]) {
          const data = bytes(n, 2);
          expect(hex(prepared.mac(data)), `${algorithm} ${n} B`).toBe(reference(key, data, algorithm));
          expect(hex(prepared.mac(ascii(n, 5)))).toBe(reference(key, ascii(n, 5), algorithm));
        }
      }
    }
  });

  it('does not keep the caller’s key array', () => {
    const key = bytes(32, 8);
    const prepared = nodePrepareHmac('sha256', key);
    const want = [reference(Uint8Array.from(key), bytes(10, 1)), reference(Uint8Array.from(key), bytes(250, 1))];
    key.fill(0);
    expect([hex(prepared.mac(bytes(10, 1))), hex(prepared.mac(bytes(250, 1)))]).toEqual(want);
  });
});

describe('PreparedKeys.hmac', () => {
  it('prepares a key once per (hash, key) and gives CryptoPort.hmac’s bytes', () => {
    let prepared = 0;
    const port: CryptoPort = { ...nodeCryptoPort, prepareHmac: (algorithm, key) => (prepared++, nodePrepareHmac(algorithm, key)) };
    const keys = new PreparedKeys();
    for (let i = 0; i < 5; i++) {
      expect(hex(hmacWith(keys, port, 'sha256', 'k1', `m${i}`))).toBe(reference('k1', `m${i}`));
      expect(hex(hmacWith(keys, port, 'sha256', bytes(16, 1), `m${i}`))).toBe(reference(bytes(16, 1), `m${i}`));
    }
    expect(hex(hmacWith(keys, port, 'sha512', 'k1', 'm'))).toBe(createHmac('sha512', 'k1').update('m').digest('hex'));
    expect(prepared).toBe(3);
    // Another key is another entry, never the first one's MAC.
    expect(hex(hmacWith(keys, port, 'sha256', 'k2', 'm'))).toBe(reference('k2', 'm'));
    expect(prepared).toBe(4);
    // Full (four keys): a fifth is not prepared, and still gives the right bytes.
    expect(keys.hmac('sha256', 'k3', port)).toBeNull();
    expect(hex(hmacWith(keys, port, 'sha256', 'k3', 'm'))).toBe(reference('k3', 'm'));
    expect(prepared).toBe(4);
  });

  it('keeps its own copy of a byte key: the caller changing its array is another key', () => {
    const keys = new PreparedKeys();
    const key = bytes(16, 3);
    expect(hex(hmacWith(keys, nodeCryptoPort, 'sha256', key, 'm'))).toBe(reference(bytes(16, 3), 'm'));
    key.fill(1);
    expect(hex(hmacWith(keys, nodeCryptoPort, 'sha256', key, 'm'))).toBe(reference(new Uint8Array(16).fill(1), 'm'));
  });

  it('without prepared keys, and on a port without prepareHmac, falls back to CryptoPort.hmac', () => {
    const { prepareHmac: _unused, ...plain } = nodeCryptoPort;
    expect(hex(hmacWith(undefined, plain, 'sha256', 'k', 'm'))).toBe(reference('k', 'm'));
    expect(hex(prepareHmac(plain, 'sha256', 'k').mac('m'))).toBe(reference('k', 'm'));
    expect(hex(new PreparedKeys().hmac('sha256', 'k', plain)!.mac('m'))).toBe(reference('k', 'm'));
  });
});

describe('PreparedKeys.aesCbc and keyBytes', () => {
  it('prepares one CBC key per key and none on a port without prepareAesCbc', () => {
    let made = 0;
    const port: CryptoPort = { ...nodeCryptoPort, prepareAesCbc: (key) => (made++, nodeCryptoPort.prepareAesCbc!(key)) };
    const keys = new PreparedKeys();
    const a = bytes(32, 1);
    const iv = bytes(16, 2);
    const first = keys.aesCbc(a, port);
    expect(keys.aesCbc(Uint8Array.from(a), port)).toBe(first);
    expect(made).toBe(1);
    expect(hex(first!.encrypt(iv, 'text'))).toBe(hex(nodeCryptoPort.aesCbcEncrypt(a, iv, 'text')));
    const b = bytes(32, 9);
    expect(hex(keys.aesCbc(b, port)!.encrypt(iv, 'text'))).toBe(hex(nodeCryptoPort.aesCbcEncrypt(b, iv, 'text')));
    expect(made).toBe(2);
    const { prepareAesCbc: _unused, ...plain } = nodeCryptoPort;
    expect(new PreparedKeys().aesCbc(a, plain)).toBeNull();
  });

  it('encodes a secret once, and again for another secret', () => {
    const keys = new PreparedKeys();
    let encoded = 0;
    const encode = (s: string) => () => (encoded++, new TextEncoder().encode(s));
    expect(keys.keyBytes('s1', encode('s1'))).toEqual(new TextEncoder().encode('s1'));
    keys.keyBytes('s1', encode('s1'));
    expect(encoded).toBe(1);
    expect(keys.keyBytes('s2', encode('s2'))).toEqual(new TextEncoder().encode('s2'));
    expect(encoded).toBe(2);
  });
});
