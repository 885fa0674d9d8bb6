/** nodeCryptoPort.timingSafeEqual: equal only for the same bytes, at every length, short (compared in JavaScript) or long (node's). */
import { timingSafeEqual } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';

describe('nodeCryptoPort.timingSafeEqual', () => {
  it('agrees with node:crypto for equal, one-byte-different and different-length inputs', () => {
    for (const n of [0, 1, 16, 20, 32, 48, 63, 64, 65, 100]) {
      const a = Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) & 0xff);
      expect(nodeCryptoPort.timingSafeEqual(a, Uint8Array.from(a)), `${n} equal`).toBe(true);
      for (const at of n === 0 ? [] : [0, n >> 1, n - 1]) {
        for (const flip of [1, 0x80, 0xff]) {
          const b = Uint8Array.from(a);
          b[at] = (b[at] as number) ^ flip;
          expect(nodeCryptoPort.timingSafeEqual(a, b), `${n} B, byte ${at} ^ ${flip}`).toBe(timingSafeEqual(a, b));
          expect(nodeCryptoPort.timingSafeEqual(a, b)).toBe(false);
        }
      }
      expect(nodeCryptoPort.timingSafeEqual(a, new Uint8Array(n + 1))).toBe(false);
      expect(nodeCryptoPort.timingSafeEqual(new Uint8Array(n + 1), a)).toBe(false);
    }
  });
});
