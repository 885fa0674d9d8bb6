/**
 * A prepared AES-CBC key (one node:crypto stream per direction, a new IV per call) must give
 * the bytes the one-shot calls give, whatever came through it before; and ZEGO CBC tokens
 * verified or minted through one must come out as they do without it.
 */
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { fromHex } from '../../../src/shared/encoding/bytes';
import { PreparedKeys } from '../../../src/shared/crypto/preparedKeys';
import { defaultRegistry } from '../../../src/shared/families/registry';
import { generateZegoToken } from '../../../src/shared/families/zego-token04/generateZegoToken';
import { loadVectors } from '../../support/vectors';

/** A seeded generator, so a failure names a case that can be replayed. */
function seeded(seed: number): (n: number) => Uint8Array {
  let s = seed >>> 0;
  return (n) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      out[i] = s >>> 24;
    }
    return out;
  };
}

describe('a prepared AES-CBC key', () => {
  it.each([16, 24, 32])('encrypts and decrypts as the one-shot calls do with AES-%i, interleaved, any IV', (keyLength) => {
    const random = seeded(keyLength);
    const key = random(keyLength);
    const prepared = nodeCryptoPort.prepareAesCbc!(key);
    for (let round = 0; round < 300; round++) {
      const iv = random(16);
      const plaintext = random(round % 97);
      const expected = nodeCryptoPort.aesCbcEncrypt(key, iv, plaintext);
      expect(Buffer.from(prepared.encrypt(iv, plaintext)).equals(Buffer.from(expected))).toBe(true);
      // Decrypt a different ciphertext than the last one encrypted, under another IV.
      const otherIv = random(16);
      const other = nodeCryptoPort.aesCbcEncrypt(key, otherIv, random((round * 7) % 61));
      const plain = nodeCryptoPort.aesCbcDecryptNoPadding(key, otherIv, other);
      expect(Buffer.from(prepared.decryptNoPadding(otherIv, other)).equals(Buffer.from(plain))).toBe(true);
    }
  });

  it('encodes a text plaintext to UTF-8 as the one-shot call does', () => {
    const key = seeded(1)(32);
    const iv = seeded(2)(16);
    const prepared = nodeCryptoPort.prepareAesCbc!(key);
    for (const text of ['', 'a', '0123456789abcdef', '用户-🎧-é', 'x'.repeat(200)]) {
      expect(Buffer.from(prepared.encrypt(iv, text)).equals(Buffer.from(nodeCryptoPort.aesCbcEncrypt(key, iv, text)))).toBe(true);
    }
  });

  it('keeps its own copy of the key', () => {
    const key = seeded(3)(32);
    const original = Uint8Array.from(key);
    const iv = seeded(4)(16);
    const prepared = nodeCryptoPort.prepareAesCbc!(key);
    key.fill(0);
    expect(Buffer.from(prepared.encrypt(iv, 'same')).equals(Buffer.from(nodeCryptoPort.aesCbcEncrypt(original, iv, 'same')))).toBe(true);
  });

  it('refuses what the one-shot call refuses: a ciphertext of part of a block, a bad key length', () => {
    const key = seeded(5)(32);
    const iv = seeded(6)(16);
    const prepared = nodeCryptoPort.prepareAesCbc!(key);
    expect(() => prepared.decryptNoPadding(iv, new Uint8Array(20))).toThrow();
    expect(() => nodeCryptoPort.prepareAesCbc!(new Uint8Array(20))).toThrow();
    // Still in step after the refusal.
    const ciphertext = nodeCryptoPort.aesCbcEncrypt(key, iv, 'after');
    expect(Buffer.from(prepared.decryptNoPadding(iv, ciphertext)).equals(Buffer.from(nodeCryptoPort.aesCbcDecryptNoPadding(key, iv, ciphertext)))).toBe(true);
  });
});

describe('ZEGO CBC tokens through prepared keys', () => {
  const vectors = loadVectors('zego-token04-cbc.json');

  it('verifies every CBC vector exactly as without them', () => {
    const prepared = new PreparedKeys();
    expect(vectors.length).toBeGreaterThan(5);
    for (const v of vectors) {
      for (const detail of ['full', 'verdict'] as const) {
        const options = { now: v.expect.now, skewSeconds: v.expect.clockSkewSeconds, secret: v.inputs.secret as string | undefined, detail };
        const plain = defaultRegistry.inspect(v.token, options, nodeCryptoPort);
        expect(defaultRegistry.inspect(v.token, { ...options, prepared }, nodeCryptoPort)).toStrictEqual(plain);
      }
    }
  });

  it('mints the same token as without them', () => {
    const prepared = new PreparedKeys();
    let minted = 0;
    for (const v of vectors) {
      const i = v.inputs as Record<string, unknown>;
      if (typeof i['iv'] !== 'string' || (i['iv'] as string).length !== 32) continue;
      const request = {
        appId: i['appId'] as number,
        userId: i['userId'] as string,
        secret: i['secret'] as string,
        effectiveTimeInSeconds: i['effectiveTimeInSeconds'] as number,
        payload: i['payload'] as string,
        layout: 'cbc' as const,
        now: i['ctime'] as number,
        nonce: i['nonce'] as number,
        iv: fromHex(i['iv'] as string),
      };
      let expected: string;
      try {
        expected = generateZegoToken(request, nodeCryptoPort);
      } catch {
        continue; // inputs the generator refuses (a vector of a bad secret) are not this test's concern
      }
      expect(generateZegoToken({ ...request, prepared }, nodeCryptoPort)).toBe(expected);
      minted++;
    }
    expect(minted).toBeGreaterThan(5);
  });
});
