/**
 * Inspection is linear in the token's size: a hostile token twice as big costs at most about
 * twice as much. (The CommsEase byte map once re-encoded the prefix per field: 208 KB took
 * 0.9 s and 417 KB 5.1 s.) Measured as a ratio within one run, so a slow or loaded machine
 * slows both sizes alike: per-call time averaged over enough calls to last ~30 ms, the median
 * of five such samples taken alternately at each size. The sizes differ by 4× (two doublings)
 * so that linear (~4) and quadratic (~16) work are far apart, and the bound is generous: < 8,
 * i.e. under 2.8× per doubling. A failing attempt is measured again, up to three times.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../src/main/crypto/nodeCryptoPort';
import { extractTokens } from '../../src/shared/tokens/extractTokens';
import { inspectToken } from '../../src/shared/tokens/inspect';

const NOW = 1_700_000_000;
/** The smaller token of each pair, in characters: big enough that fixed costs do not dominate. */
const BASE_CHARS = 64 * 1024;

function perCallMs(work: () => void): number {
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < 30 || calls < 2) {
    work();
    calls++;
    elapsed = performance.now() - start;
  }
  return elapsed / calls;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const GROWTH = 4;
const BOUND = 8;

/** Time at GROWTH × the size over time at the size: the lowest of up to three attempts. */
function growthRatio(work: (scale: number) => () => void): number {
  let best = Infinity;
  for (let attempt = 0; attempt < 3 && best >= BOUND; attempt++) {
    const small: number[] = [];
    const big: number[] = [];
    const once = work(1);
    const bigger = work(GROWTH);
    for (let i = 0; i < 5; i++) {
      small.push(perCallMs(once));
      big.push(perCallMs(bigger));
    }
    best = Math.min(best, median(big) / median(small));
  }
  return best;
}

/** One repeated unit of a CommsEase payload: a field the byte map maps, with multi-byte text. */
const unit = fc.oneof(
  fc.constant('{"ttl":1}'),
  fc.constant('{"curTime":1}'),
  fc.string({ unit: fc.constantFrom('a', 'é', '中', '😀', '\\"'), minLength: 1, maxLength: 12 }).map((s) => `{"signature":"${s}"}`),
  fc.constant('"padding é 中"'),
);

function commsEaseToken(units: string[], chars: number): string {
  const body = units.join(',');
  const copies = Math.max(1, Math.round((chars * 0.75) / (body.length + 1)));
  const json = `{"signature":"abc","curTime":1700000000000,"ttl":600,"x":[${Array.from({ length: copies }, () => body).join(',')}]}`;
  return Buffer.from(json, 'utf8').toString('base64');
}

describe('inspection time grows linearly with the token', () => {
  it('CommsEase payloads of many fields (the byte map), decoded and verified', () => {
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 6 }), (units) => {
        const ratio = growthRatio((scale) => {
          const token = commsEaseToken(units, BASE_CHARS * scale);
          return () => void inspectToken(token, { now: NOW, secret: 's', appKey: 'k', accid: 'a' }, nodeCryptoPort);
        });
        expect(ratio).toBeLessThan(BOUND);
      }),
      { numRuns: 4, seed: 20261202 },
    );
  });

  it('a ZEGO-looking token and text that is no token', () => {
    const cases: ((chars: number) => string)[] = [
      (chars) => '04' + Buffer.alloc(Math.floor(chars * 0.75), 7).toString('base64'),
      (chars) => 'x'.repeat(chars),
      (chars) => ' '.repeat(chars / 2) + 'é' + ' '.repeat(chars / 2),
    ];
    for (const make of cases) {
      const ratio = growthRatio((scale) => {
        const token = make(BASE_CHARS * scale);
        return () => void inspectToken(token, { now: NOW });
      });
      expect(ratio).toBeLessThan(BOUND);
    }
  });

  it('extractTokens over a long log line of many tokens', () => {
    const fragment = 'token=04AAAAAGVSBFUAEHRva2VubGFiLXRlc3Q= user=bob ';
    const ratio = growthRatio((scale) => {
      const line = fragment.repeat(Math.round((BASE_CHARS * 2 * scale) / fragment.length));
      return () => void extractTokens(line);
    });
    expect(ratio).toBeLessThan(BOUND);
  });
});
