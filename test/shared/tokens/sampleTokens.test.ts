/**
 * "Try an example": one sample per registered family, each one the family's own token, and
 * each verifying with the throwaway secret it is shown with (so a user who types it into a
 * profile sees it verify).
 */
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { defaultRegistry } from '../../../src/shared/families/registry';
import { SAMPLE_TOKENS } from '../../../src/shared/tokens/sampleTokens';

const ISSUED = 1_767_225_600; // 2026-01-01T00:00:00Z

describe('sample tokens', () => {
  it('cover every registered family', () => {
    const families = SAMPLE_TOKENS.map((s) => defaultRegistry.detect(s.token)?.family.id);
    expect(new Set(families)).toEqual(new Set(defaultRegistry.families.map((f) => f.id)));
  });

  it.each(SAMPLE_TOKENS.map((s) => [s.label, s] as const))('%s verifies with the secret shown beside it', (_label, sample) => {
    const family = defaultRegistry.detect(sample.token)!.family;
    const secret = sample.inputs[family.profile.secretLabel] ?? sample.inputs['HMAC key'];
    expect(secret, 'the secret is shown').toBeTruthy();
    const expect_ = {
      ...(sample.inputs['channel'] ? { channel: sample.inputs['channel'] } : {}),
      ...(sample.inputs['uid'] ? { uid: sample.inputs['uid'] } : {}),
      ...(sample.inputs['accid'] ? { userId: sample.inputs['accid'], appId: sample.inputs['AppKey']! } : {}),
    };
    const inspection = defaultRegistry.inspect(sample.token, { now: ISSUED + 60, secret, expect: expect_ }, nodeCryptoPort);
    expect(inspection.verdict, inspection.reason).toBe('valid');
  });
});
