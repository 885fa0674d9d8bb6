import { describe, expect, it } from 'vitest';
import { decodeBase64Strict, encodeBase64 } from '../../../src/shared/encoding/base64';
import { utf8Encode } from '../../../src/shared/encoding/bytes';
import { decodeTokenBase64, encodeTextBase64, encodeTokenBase64, publicBytes } from '../../../src/shared/encoding/tokenBytes';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { generateCommsEaseToken } from '../../../src/shared/families/commsease-dynamic/dynamicToken';

let seed = 7;
const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const randomBytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(rand() * 256));

describe('token base64 from the slab', () => {
  it('encodes every length as encodeBase64 does', () => {
    for (let n = 0; n < 300; n++) {
      const bytes = randomBytes(n);
      expect(encodeTokenBase64(bytes)).toBe(encodeBase64(bytes));
    }
    expect(encodeTokenBase64(randomBytes(5000))).toHaveLength(6668);
  });

  it('decodes exactly what decodeBase64Strict accepts, to the same bytes, and refuses the rest', () => {
    const texts: string[] = [];
    for (let n = 0; n < 200; n++) texts.push(encodeBase64(randomBytes(n)));
    const mutations = ['=', '-', '_', 'é', '\u0141', ' ', '\n', '*', 'A', '=='];
    for (let i = 0; i < 3000; i++) {
      const base = texts[i % texts.length] as string;
      const at = Math.floor(rand() * (base.length + 1));
      const m = mutations[i % mutations.length] as string;
      texts.push(i % 3 === 0 ? base.slice(0, at) : base.slice(0, at) + m + base.slice(at + (i % 2)));
    }
    for (const text of texts) {
      const strict = decodeBase64Strict(text);
      const ours = decodeTokenBase64(text);
      if (strict.ok) expect(ours && Array.from(ours), JSON.stringify(text)).toEqual(Array.from(strict.bytes));
      else expect(ours, JSON.stringify(text)).toBeNull();
    }
  });

  it('never hands out one region twice', () => {
    const a = publicBytes(100);
    a.fill(9);
    const views = Array.from({ length: 500 }, () => publicBytes(100));
    expect(a.every((b) => b === 9)).toBe(true);
    expect(views.every((v) => v.every((b) => b === 0))).toBe(true);
    expect(publicBytes(4096)).toHaveLength(4096);
  });
});

describe('text to base64', () => {
  it('writes what encodeBase64(utf8Encode(text)) writes, ASCII or not', () => {
    for (const text of ['', 'a', 'ab', 'abc', '{"signature":"x","curTime":1,"ttl":2}', 'é', '密钥 key', '\u{1F600}', 'lone \ud800', 'x'.repeat(2000)]) {
      expect(encodeTextBase64(text), JSON.stringify(text)).toBe(encodeBase64(utf8Encode(text)));
    }
  });

  it('gives CommsEase tokens byte for byte as JSON.stringify of the three members', () => {
    const req = { appKey: 'k', accid: '用户"1', appSecret: 's', curTimeMs: 1_700_000_000_123, ttlSeconds: 86_400 };
    const signature = nodeCryptoPort.sha1Hex(`${req.appKey}${req.accid}${req.curTimeMs}${req.ttlSeconds}${req.appSecret}`);
    const expected = encodeBase64(utf8Encode(JSON.stringify({ signature, curTime: req.curTimeMs, ttl: req.ttlSeconds })));
    expect(generateCommsEaseToken(req, nodeCryptoPort)).toBe(expected);
  });
});
