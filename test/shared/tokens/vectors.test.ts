/**
 * Every golden vector, judged by the engine exactly as the vendors' servers would judge it.
 */
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { inspectToken } from '../../../src/shared/tokens/inspect';
import type { VerifyOptions } from '../../../src/shared/tokens/types';
import { loadVectors, type Vector, VECTOR_FILES } from '../../support/vectors';

function optionsFor(v: Vector): VerifyOptions {
  const base = { now: v.expect.now, skewSeconds: v.expect.clockSkewSeconds };
  if (v.format === 'commsease-dynamic') {
    return { ...base, secret: v.inputs.appSecret, appKey: v.inputs.appKey, accid: v.inputs.accid };
  }
  return { ...base, secret: v.inputs.secret, expectedAppId: v.expect.expectedAppId };
}

for (const file of VECTOR_FILES) {
  describe(file, () => {
    const vectors = loadVectors(file);
    it('is not empty', () => expect(vectors.length).toBeGreaterThan(0));

    for (const v of vectors) {
      it(`${v.id}: ${v.expect.verdict}`, () => {
        const result = inspectToken(v.token, optionsFor(v), nodeCryptoPort);
        const acceptable = v.expect.acceptableVerdicts ?? [v.expect.verdict];
        expect(acceptable, result.reason).toContain(result.verdict);
        if (v.expect.trimmed) expect(result.trimmed).toBe(true);
        const expectedFormat = v.format === 'commsease-dynamic' ? 'commsease-dynamic' : 'zego-token04';
        if (result.verdict !== 'malformed') {
          expect(result.format).toBe(expectedFormat);
          if (v.format !== 'commsease-dynamic') expect(result.layout).toBe(v.format.endsWith('gcm') ? 'gcm' : 'cbc');
        } else {
          expect(result.reason.length).toBeGreaterThan(0);
          expect(result.offset).not.toBeNull();
        }
        if (v.expect.fields && result.verdict !== 'malformed' && result.verdict !== 'wrong_secret_or_tampered') {
          const { expiresAtMs, ...fields } = v.expect.fields as Record<string, unknown>;
          expect(result.fields).toEqual(fields);
          // Reported in whole seconds: the first second at which the token is no longer valid.
          if (expiresAtMs !== undefined) expect(result.expiresAt).toBe(Math.ceil((expiresAtMs as number) / 1000));
        }
        if (v.expect.headerExpire !== undefined && result.verdict !== 'malformed') {
          expect(result.expiresAt).toBe(v.expect.headerExpire);
        }
        if (v.expect.hint?.includes('seconds')) {
          expect(result.diagnoses.map((d) => d.code)).toContain('curtime_in_seconds');
        }
      });
    }
  });
}

describe('without a secret', () => {
  for (const file of ['zego-token04-cbc.json', 'zego-token04-gcm.json', 'commsease-dynamic.json']) {
    it(`every positive vector in ${file} is unverified, with its readable expiry`, () => {
      for (const v of loadVectors(file)) {
        const result = inspectToken(v.token, { now: v.expect.now });
        expect(result.verdict, v.id).toBe('unverified');
        const expiry =
          v.format === 'commsease-dynamic'
            ? Math.ceil((v.expect.fields as { expiresAtMs: number }).expiresAtMs / 1000)
            : v.expect.headerExpire;
        expect(result.expiresAt, v.id).toBe(expiry);
        expect(result.segments.length, v.id).toBeGreaterThan(0);
      }
    });
  }
});
