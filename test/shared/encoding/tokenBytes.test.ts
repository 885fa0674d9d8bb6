import { describe, expect, it } from 'vitest';
import { decodeBase64Strict, encodeBase64 } from '../../../src/shared/encoding/base64';
import { decodeTokenBase64, encodeTokenBase64, publicBytes } from '../../../src/shared/encoding/tokenBytes';

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
