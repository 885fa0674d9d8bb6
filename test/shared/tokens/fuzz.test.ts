/**
 * Random and mutated tokens never throw; each ends in exactly one verdict.
 * FUZZ_RUNS raises the count (the benchmark runs 100k+; the default run a few thousand).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { decodeBase64Strict, encodeBase64 } from '../../../src/shared/encoding/base64';
import { inspectToken } from '../../../src/shared/tokens/inspect';
import { VERDICTS } from '../../../src/shared/tokens/types';
import { loadVectors } from '../../support/vectors';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 1500);
const seeds = [
  ...loadVectors('zego-token04-cbc.json').slice(0, 6),
  ...loadVectors('zego-token04-gcm.json').slice(0, 6),
  ...loadVectors('commsease-dynamic.json').slice(0, 6),
];

function judge(token: string, secret: string | undefined) {
  const r = inspectToken(token, { now: 1_702_000_000, secret, expectedAppId: 1, appKey: 'k', accid: 'a' }, nodeCryptoPort);
  expect(VERDICTS).toContain(r.verdict);
  expect(typeof r.reason).toBe('string');
  if (r.verdict === 'malformed') expect(r.offset).not.toBeNull();
}

describe('fuzzing the inspector', () => {
  it('survives arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.option(fc.string({ maxLength: 40 })), (s, secret) => {
        judge(s, secret ?? undefined);
        judge('04' + s, secret ?? undefined);
      }),
      { numRuns: RUNS },
    );
  });

  it('survives byte-level mutations of real tokens', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: -8, max: 8 }),
        (v, edits, resize) => {
          const isZego = v.token.startsWith('04');
          const decoded = decodeBase64Strict(isZego ? v.token.slice(2) : v.token);
          if (!decoded.ok) throw new Error('seed vector must decode');
          const bytes = new Uint8Array(Math.max(0, decoded.bytes.length + resize));
          bytes.set(decoded.bytes.subarray(0, bytes.length));
          for (const [at, value] of edits) if (bytes.length) bytes[at % bytes.length] = value;
          const token = (isZego ? '04' : '') + encodeBase64(bytes);
          judge(token, v.inputs.secret ?? v.inputs.appSecret);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('survives character-level mutations of real tokens', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.nat(), fc.string({ maxLength: 3 }), (v, at, insert) => {
        const i = at % (v.token.length + 1);
        judge(v.token.slice(0, i) + insert + v.token.slice(i + 1), v.inputs.secret ?? v.inputs.appSecret);
      }),
      { numRuns: RUNS },
    );
  });
});
