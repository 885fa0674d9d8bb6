/**
 * Detection hands its inflated JSON to the inspection (detectCarrying): an inspection that
 * starts from it says exactly what one that decodes the token itself says, and detection's
 * confidence is `detect`'s.
 */
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../../src/main/crypto/nodeCryptoPort';
import { defaultRegistry } from '../../../../src/shared/families/registry';
import { baseInspection } from '../../../../src/shared/families/support/wideInspection';
import { tencentUserSigV2 } from '../../../../src/shared/families/tencent-usersig-v2';
import { loadFamilyVectors, vectorSecret } from '../../../support/familyVectors';

const vectors = loadFamilyVectors('tencent-usersig-v2.json');

describe('tencent-usersig-v2 detection carried into inspection', () => {
  it('carries the text of every whole UserSig, and the inspection from it equals a fresh one', () => {
    let carried = 0;
    for (const v of vectors) {
      const token = v.token.trim();
      const detection = tencentUserSigV2.detectCarrying!(token);
      expect(detection.confidence).toBe(tencentUserSigV2.detect(token));
      if (detection.carried !== undefined) carried++;
      for (const detail of ['full', 'verdict'] as const) {
        const options = { now: v.expect.now, skewSeconds: v.expect.clockSkewSeconds, secret: vectorSecret(v), detail };
        const fresh = tencentUserSigV2.inspect(baseInspection(v.token), options, nodeCryptoPort);
        if (detection.carried !== undefined) expect(tencentUserSigV2.inspect(baseInspection(v.token), options, nodeCryptoPort, detection.carried)).toEqual(fresh);
        // Through the registry (which detects, then inspects from what it carried); its trimming note words differ, so untrimmed tokens only.
        if (token === v.token && defaultRegistry.detect(token)?.family === tencentUserSigV2) expect(defaultRegistry.inspect(v.token, options, nodeCryptoPort)).toEqual(fresh);
      }
    }
    // Most vectors are whole UserSigs: the handoff is exercised, not skipped.
    expect(carried).toBeGreaterThan(vectors.length / 3);
  });
});
