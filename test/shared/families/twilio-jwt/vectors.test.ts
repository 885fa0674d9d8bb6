/** Every vector of twilio-jwt.json through the family; minted video tokens equal the Node helper's. */
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../../src/main/crypto/nodeCryptoPort';
import { utf8Encode } from '../../../../src/shared/encoding/bytes';
import type { TokenFamily } from '../../../../src/shared/families/family';
import { signCompact } from '../../../../src/shared/families/support/jwt';
import { twilioJson, twilioJwt } from '../../../../src/shared/families/twilio-jwt';
import { loadFamilyVectors } from '../../../support/familyVectors';
import { itJudgesEveryVector, judgeJwt } from '../../../support/jwtVectors';

const vectors = loadFamilyVectors('twilio-jwt.json');

describe('twilio-jwt vectors', () => {
  it('loads the public file', () => expect(vectors.length).toBe(49));
  itJudgesEveryVector(twilioJwt as TokenFamily<unknown, unknown>, vectors);
});

describe('twilio-jwt minting matches the twilio Node helper byte for byte', () => {
  const video = vectors.filter((v) => v.producer === 'official-npm-twilio@6.3.1' && v.inputs['algorithm'] === 'HS256' && v.inputs['nbf'] === 'omitted' && v.inputs['region'] === null
    && typeof v.inputs['identity'] === 'string' && (v.inputs['grants'] as { type: string }[]).length === 1 && (v.inputs['grants'] as { type: string }[])[0]!.type === 'video');
  it('covers the Node video vectors', () => expect(video.length).toBeGreaterThan(1));
  for (const v of video) {
    it(v.id, () => {
      const grant = (v.inputs['grants'] as { room?: string }[])[0]!;
      const request = twilioJwt.generator.requestSchema.parse({ identity: v.inputs['identity'], ttl: (v.inputs['ttl'] as number | null) ?? 3600, videoRoom: grant.room });
      const { header, payload } = twilioJson(request, { accountSid: v.inputs['accountSid'] as string, apiKeySid: v.inputs['apiKeySid'] as string }, v.inputs['issuedAt'] as number);
      expect(signCompact('HS256', utf8Encode(v.inputs['secret'] as string), header, payload, nodeCryptoPort)).toBe(v.token);
      // The generator's own path (its header encoded once) writes the same token.
      const credentials = { accountSid: v.inputs['accountSid'] as string, apiKeySid: v.inputs['apiKeySid'] as string };
      expect(twilioJwt.generator.mint(request, { credentials, secret: v.inputs['secret'] as string, nowMs: (v.inputs['issuedAt'] as number) * 1000, randomBytes: () => new Uint8Array(0), crypto: nodeCryptoPort })).toBe(v.token);
    });
  }

  it('a minted token verifies against expectFor, and a 25 h ttl is refused at the form', () => {
    const request = twilioJwt.generator.requestSchema.parse({ identity: 'alice', ttl: 600, videoRoom: 'r' });
    const credentials = { accountSid: 'ACc04c1682070ac1b5daf4eeb39e66ee5b', apiKeySid: 'SK3a9a50a9722a84c9716537ba1b7228f1' };
    const secret = 'CQj2ywbN4MNeGyK84GLIC5GnhxhnG3qH';
    const token = twilioJwt.generator.mint(request, { credentials, secret, nowMs: 1_743_500_693_000, randomBytes: () => new Uint8Array(0), crypto: nodeCryptoPort });
    const e = twilioJwt.generator.expectFor(request, credentials);
    const out = judgeJwt(twilioJwt as TokenFamily<unknown, unknown>, { id: 'minted', format: 'twilio-jwt', inputs: { secret }, token, expect: { verdict: 'valid', now: 1_743_500_700, clockSkewSeconds: 300, expectedAppId: e.appId, expectedUserId: e.userId, ...{ expectedAccountSid: e.accountSid } } as never });
    expect(out.verdict, out.reason).toBe('valid');
    expect(twilioJwt.generator.requestSchema.safeParse({ identity: 'a', ttl: 90_000 }).success).toBe(false);
  });
});
