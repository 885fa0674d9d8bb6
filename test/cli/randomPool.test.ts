import { describe, expect, it } from 'vitest';
import { pooledRandomBytes } from '../../src/cli/randomPool';

describe('pooledRandomBytes', () => {
  it('hands out every byte of the source once, in order, across block boundaries', () => {
    let next = 0;
    const calls: number[] = [];
    const source = (n: number) => {
      calls.push(n);
      return Uint8Array.from({ length: n }, () => next++ & 0xff);
    };
    const draw = pooledRandomBytes(source, 10);
    const got = [...draw(4), ...draw(4), ...draw(4), ...draw(20)];
    // 4 + 4 from the first block; 4 from the second (2 bytes left over unused); 20 straight from the source.
    expect(got.slice(0, 8)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(got.slice(8, 12)).toEqual([10, 11, 12, 13]);
    expect(got.slice(12)).toHaveLength(20);
    expect(calls).toEqual([10, 10, 20]);
  });
});
