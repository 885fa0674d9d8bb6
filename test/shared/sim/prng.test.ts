import { describe, expect, it } from 'vitest';
import { createPrng, deriveSeed } from '../../../src/shared/sim/prng';

describe('createPrng', () => {
  it('repeats the same stream for the same seed and differs for another', () => {
    const a = createPrng(42);
    const b = createPrng(42);
    const c = createPrng(43);
    const seqA = Array.from({ length: 8 }, () => a.nextUint32());
    expect(Array.from({ length: 8 }, () => b.nextUint32())).toEqual(seqA);
    expect(Array.from({ length: 8 }, () => c.nextUint32())).not.toEqual(seqA);
  });

  it('gives floats in [0, 1) spread over the range', () => {
    const p = createPrng(7);
    const draws = Array.from({ length: 10_000 }, () => p.nextFloat());
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });

  it('fills exactly the bytes asked for', () => {
    const p = createPrng(1);
    expect(p.bytes(0)).toHaveLength(0);
    expect(p.bytes(13)).toHaveLength(13);
    const big = p.bytes(4096);
    expect(new Set(big).size).toBeGreaterThan(200);
  });
});

describe('deriveSeed', () => {
  it('separates streams by label and by seed', () => {
    expect(deriveSeed(1, 'a')).toBe(deriveSeed(1, 'a'));
    expect(deriveSeed(1, 'a')).not.toBe(deriveSeed(1, 'b'));
    expect(deriveSeed(1, 'a')).not.toBe(deriveSeed(2, 'a'));
  });
});
