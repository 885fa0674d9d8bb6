/** Every vector of livekit-jwt.json through the family; minted claims equal livekit-server-sdk's. */
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../../src/main/crypto/nodeCryptoPort';
import { utf8Encode } from '../../../../src/shared/encoding/bytes';
import type { TokenFamily } from '../../../../src/shared/families/family';
import { liveKitClaimsJson, liveKitJwt } from '../../../../src/shared/families/livekit-jwt';
import { signCompact } from '../../../../src/shared/families/support/jwt';
import { loadFamilyVectors } from '../../../support/familyVectors';
import { itJudgesEveryVector, judgeJwt } from '../../../support/jwtVectors';

const vectors = loadFamilyVectors('livekit-jwt.json');

describe('livekit-jwt vectors', () => {
  it('loads the public file', () => expect(vectors.length).toBe(57));
  itJudgesEveryVector(liveKitJwt as TokenFamily<unknown, unknown>, vectors);
});

describe('livekit-jwt minting matches livekit-server-sdk byte for byte', () => {
  const simple = vectors.filter((v) => v.producer?.startsWith('official-npm') && v.inputs['sipGrant'] === null && v.inputs['roomConfig'] === null && v.inputs['attributes'] === null && v.inputs['kind'] === null && v.inputs['identity'] !== null);
  it('covers several Node vectors', () => expect(simple.length).toBeGreaterThan(5));
  for (const v of simple) {
    const grant = v.inputs['videoGrant'] as Record<string, unknown> | null;
    const keys = Object.keys(grant ?? {});
    const supported = ['roomJoin', 'room', 'canPublish', 'canSubscribe', 'canPublishData', 'roomAdmin', 'roomCreate', 'hidden'];
    if (grant === null || keys.some((k) => !supported.includes(k)) || keys.join() !== supported.filter((k) => keys.includes(k)).join()) continue;
    it(v.id, () => {
      const request = liveKitJwt.generator.requestSchema.parse({ identity: v.inputs['identity'], name: v.inputs['name'] ?? undefined, metadata: v.inputs['metadata'] ?? undefined, ...grant, roomJoin: grant['roomJoin'] === true, ttl: (v.inputs['ttlSeconds'] as number | null) ?? 6 * 3600 });
      const claims = liveKitClaimsJson(request, v.inputs['apiKey'] as string, v.inputs['issuedAt'] as number);
      expect(signCompact('HS256', utf8Encode(v.inputs['secret'] as string), '{"alg":"HS256"}', claims, nodeCryptoPort)).toBe(v.token);
    });
  }

  it('a minted token verifies against expectFor', () => {
    const request = liveKitJwt.generator.requestSchema.parse({ identity: 'alice', room: 'standup', ttl: 600 });
    const credentials = { apiKey: 'APIo5sQyYNWrvKt' };
    const secret = '33FWyW2am0f6YCvPcD7VxzdlrUUEdo6w72vOJawYwT4';
    const token = liveKitJwt.generator.mint(request, { credentials, secret, nowMs: 1_735_948_337_000, randomBytes: () => new Uint8Array(0), crypto: nodeCryptoPort });
    const out = judgeJwt(liveKitJwt as TokenFamily<unknown, unknown>, { id: 'minted', format: 'livekit-jwt', inputs: { secret }, token, expect: { verdict: 'valid', now: 1_735_948_400, clockSkewSeconds: 300, expectedAppId: credentials.apiKey, expectedUserId: 'alice' } });
    expect(out.verdict, out.reason).toBe('valid');
  });
});
