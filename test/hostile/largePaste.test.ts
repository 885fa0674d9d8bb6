/**
 * A huge paste: one 8 MiB line once threw `RangeError: Maximum call stack size exceeded` out of
 * extractTokens (the regex engine's own stack). 64 MiB on one line must work, whether it is one
 * giant token, a log line of a million tokens, or noise.
 */
import { describe, expect, it } from 'vitest';
import { extractTokens } from '../../src/shared/tokens/extractTokens';

const MiB = 1 << 20;

describe('extractTokens on a 64 MiB paste', () => {
  it('one token-like run of 64 MiB is found whole', () => {
    const paste = '04' + 'A'.repeat(64 * MiB - 4) + '==';
    const found = extractTokens(paste);
    expect(found).toHaveLength(1);
    expect(found[0]).toHaveLength(64 * MiB);
  });

  it('a 64 MiB log line of tokens: every token, in order', () => {
    // A block of 1,000 distinct tokens, repeated: a flat 64 MiB string without a big array behind it.
    const token = (i: number) => `04${i.toString(36).padStart(8, '0')}AAAAAAAAAAAAAAAAAAAAAAAA`;
    const block = Array.from({ length: 1000 }, (_, i) => `token=${token(i)} user=bob `).join('');
    const blocks = Math.floor((64 * MiB) / block.length);
    const paste = block.repeat(blocks);
    expect(paste.length).toBeGreaterThan(63 * MiB);
    const found = extractTokens(paste);
    expect(found).toHaveLength(blocks * 1000);
    expect(found.slice(0, 3)).toEqual([token(0), token(1), token(2)]);
    expect(found.at(-1)).toBe(token(999));
  });

  it('64 MiB of noise with no token is kept as one malformed line', () => {
    const found = extractTokens('x-'.repeat(32 * MiB));
    expect(found).toHaveLength(1);
  });
});
