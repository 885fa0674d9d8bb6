/**
 * A caller's PreparedKeys (the batch's prepared keys) changes no inspection and no token: every
 * vector of the HMAC families judged with one PreparedKeys per file (so several keys pass
 * through it, more than it holds) equals the inspection without one, and keeps the vector's
 * verdict; minting through one (HMAC families, ZEGO CBC and GCM) gives the same token.
 */
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { PreparedKeys } from '../../../src/shared/crypto/preparedKeys';
import { agoraAccessToken } from '../../../src/shared/families/agora-accesstoken';
import { agoraAccessToken2 } from '../../../src/shared/families/agora-accesstoken2';
import type { FamilyVerifyOptions, MintContext, TokenFamily } from '../../../src/shared/families/family';
import { jwtGeneric } from '../../../src/shared/families/jwt-generic';
import { liveKitJwt } from '../../../src/shared/families/livekit-jwt';
import { tencentUserSigV2 } from '../../../src/shared/families/tencent-usersig-v2';
import { twilioJwt } from '../../../src/shared/families/twilio-jwt';
import { zegoToken04Family } from '../../../src/shared/families/zego-token04';
import { baseInspection } from '../../../src/shared/families/support/wideInspection';
import { loadFamilyVectors, vectorSecret, type FamilyVector } from '../../support/familyVectors';
import { jwtSecretOf } from '../../support/jwtVectors';

const FAMILIES: [TokenFamily<unknown, unknown>, string, boolean][] = [
  [agoraAccessToken as TokenFamily<unknown, unknown>, 'agora-accesstoken.json', false],
  [agoraAccessToken2 as TokenFamily<unknown, unknown>, 'agora-accesstoken2.json', false],
  [tencentUserSigV2 as TokenFamily<unknown, unknown>, 'tencent-usersig-v2.json', false],
  [liveKitJwt as TokenFamily<unknown, unknown>, 'livekit-jwt.json', true],
  [twilioJwt as TokenFamily<unknown, unknown>, 'twilio-jwt.json', true],
  [jwtGeneric as TokenFamily<unknown, unknown>, 'jwt-generic.json', true],
];

/** The options the family's own vector test judges with. */
function optionsOf(v: FamilyVector, jwt: boolean): FamilyVerifyOptions {
  const e = v.expect as FamilyVector['expect'] & { expectedAccountSid?: string };
  const w = e.verifyWith;
  return {
    now: e.now,
    skewSeconds: e.clockSkewSeconds,
    secret: jwt ? jwtSecretOf(v) : vectorSecret(v),
    expect: {
      appId: e.expectedAppId === undefined ? undefined : String(e.expectedAppId),
      userId: e.expectedUserId,
      accountSid: e.expectedAccountSid,
      channel: w?.channelName ?? undefined,
      uid: w === undefined ? undefined : w.uid === 0 ? '' : String(w.uid),
    },
  };
}

describe('a PreparedKeys changes no verdict', () => {
  for (const [family, file, jwt] of FAMILIES) {
    it(`${file}: every vector, full and verdict detail, equals the inspection without a keyring`, () => {
      const vectors = loadFamilyVectors(file);
      const keys = new PreparedKeys();
      let valid = 0;
      for (const detail of ['full', 'verdict'] as const) {
        for (const v of vectors) {
          const options = { ...optionsOf(v, jwt), detail };
          const plain = family.inspect(baseInspection(v.token), options, nodeCryptoPort);
          const prepared = family.inspect(baseInspection(v.token), { ...options, prepared: keys }, nodeCryptoPort);
          expect(prepared, v.id).toEqual(plain);
          if (prepared.verdict === 'valid') valid++;
        }
      }
      // The signature path is taken, not only the malformed ones.
      expect(valid).toBeGreaterThan(4);
    });
  }
});

describe('a PreparedKeys changes no minted token', () => {
  const ctx = <C>(credentials: C, secret: string, prepared?: PreparedKeys): MintContext<C> => ({ credentials, secret, nowMs: 1_750_000_000_000, randomBytes: (n) => Uint8Array.from({ length: n }, (_, i) => (9 + i * 7) & 0xff), crypto: nodeCryptoPort, ...(prepared ? { prepared } : {}) });
  const cases: [TokenFamily<unknown, unknown>, unknown, unknown, string][] = [
    [zegoToken04Family as TokenFamily<unknown, unknown>, { userId: 'u', ttlSeconds: 600, layout: 'cbc' }, { appId: 123456789 }, 'fa94dcf5d7a4f5b8c0f2d8e6c3b7a9e1'],
    [zegoToken04Family as TokenFamily<unknown, unknown>, { userId: 'u', ttlSeconds: 600, layout: 'gcm', roomId: 'r' }, { appId: 123456789 }, 'fa94dcf5d7a4f5b8c0f2d8e6c3b7a9e1'],
    [agoraAccessToken as TokenFamily<unknown, unknown>, { service: 'rtc', channel: 'c', uid: 7, ttl: 600 }, { appId: '970CA35de60c44645bbae8a215061b33' }, '5CFd2fd1755d40ecb72977518be15d3b'],
    [agoraAccessToken as TokenFamily<unknown, unknown>, { service: 'rtm', account: '用户', ttl: 600 }, { appId: '970CA35de60c44645bbae8a215061b33' }, '5CFd2fd1755d40ecb72977518be15d3b'],
    [tencentUserSigV2 as TokenFamily<unknown, unknown>, { userId: 'u', ttl: 600, roomId: 9, privilegeMap: 255 }, { sdkAppId: 1_400_000_000 }, 'c21593727d34eafdc90794e8af7534b2bc52aad9ef93b777966f5a1ec432cc7e'],
    [liveKitJwt as TokenFamily<unknown, unknown>, { identity: 'alice', room: 'r', ttl: 600 }, { apiKey: 'APIo5sQyYNWrvKt' }, '33FWyW2am0f6YCvPcD7VxzdlrUUEdo6w72vOJawYwT4'],
    [liveKitJwt as TokenFamily<unknown, unknown>, { identity: 'a'.repeat(300), ttl: 600 }, { apiKey: 'APIo5sQyYNWrvKt' }, '33FWyW2am0f6YCvPcD7VxzdlrUUEdo6w72vOJawYwT4'],
    [twilioJwt as TokenFamily<unknown, unknown>, { identity: 'alice', ttl: 600, videoRoom: 'r' }, { accountSid: 'ACc04c1682070ac1b5daf4eeb39e66ee5b', apiKeySid: 'SK3a9a50a9722a84c9716537ba1b7228f1' }, 'CQj2ywbN4MNeGyK84GLIC5GnhxhnG3qH'],
    [jwtGeneric as TokenFamily<unknown, unknown>, { sub: 'alice', ttl: 600 }, { issuer: 'i' }, 'a-generic-hs256-secret-of-32-bytes!!'],
    [jwtGeneric as TokenFamily<unknown, unknown>, { alg: 'HS512', sub: 'alice', ttl: 600 }, {}, 'base64url:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8'],
  ];
  it('each family, with and without a keyring, reused across mints', () => {
    const keys = new PreparedKeys();
    for (const [family, raw, credentials, secret] of cases) {
      const request = family.generator.requestSchema.parse(raw);
      const plain = family.generator.mint(request, ctx(credentials, secret));
      expect(family.generator.mint(request, ctx(credentials, secret, keys)), family.id).toBe(plain);
      expect(family.generator.mint(request, ctx(credentials, secret, keys)), family.id).toBe(plain);
    }
  });
});
