/**
 * Cross-family detection over every vector of the new families' files: each detects as its own
 * family, and never as ZEGO (`04…`) or CommsEase (base64 JSON), whose detection today is
 * src/shared/tokens/inspect.ts's. The registry-level test comes with registry.ts.
 */
import { describe, expect, it } from 'vitest';
import { decodeBase64Strict } from '../../../src/shared/encoding/base64';
import { agoraAccessToken } from '../../../src/shared/families/agora-accesstoken';
import { agoraAccessToken2 } from '../../../src/shared/families/agora-accesstoken2';
import { jwtGeneric } from '../../../src/shared/families/jwt-generic';
import { liveKitJwt } from '../../../src/shared/families/livekit-jwt';
import { twilioJwt } from '../../../src/shared/families/twilio-jwt';
import { tencentUserSigV2 } from '../../../src/shared/families/tencent-usersig-v2';
import { commsEaseCandidateText } from '../../../src/shared/families/commsease-dynamic/inspectCommsEase';
import { trimTokenText } from '../../../src/shared/tokens/inspect';
import { loadFamilyVectors } from '../../support/familyVectors';

const families = [agoraAccessToken2, agoraAccessToken, tencentUserSigV2, liveKitJwt, twilioJwt, jwtGeneric];

const legacyDetectors: { id: string; detect: (t: string) => number }[] = [
  { id: 'zego-token04', detect: (t) => (t.startsWith('04') ? 1 : 0) },
  {
    id: 'commsease-dynamic',
    detect: (t) => {
      const d = decodeBase64Strict(t);
      return d.ok && commsEaseCandidateText(d.bytes) !== null ? 1 : 0;
    },
  },
];

function detectAll(raw: string): string | null {
  const token = trimTokenText(raw);
  let best: { id: string; score: number } | null = null;
  for (const f of [...families, ...legacyDetectors]) {
    const score = f.detect(token);
    if (score > 0 && (best === null || score > best.score)) best = { id: f.id, score };
  }
  return best?.id ?? null;
}

const files = ['agora-accesstoken2.json', 'agora-accesstoken.json', 'tencent-usersig-v2.json', 'livekit-jwt.json', 'twilio-jwt.json', 'jwt-generic.json'];

describe('every vector detects as its own family', () => {
  for (const file of files) {
    for (const v of loadFamilyVectors(file)) {
      if (v.token.trim() === '') continue; // the empty token belongs to no family
      it(`${v.id} → ${v.format}`, () => expect(detectAll(v.token)).toBe(v.format));
    }
  }
});

describe('the new families do not claim the older formats', () => {
  for (const file of ['zego-token04-cbc.json', 'zego-token04-gcm.json', 'commsease-dynamic.json']) {
    it(`no ${file} token is claimed by a new family`, () => {
      for (const v of loadFamilyVectors(file)) {
        for (const f of families) expect(f.detect(trimTokenText(v.token)), `${f.id} on ${v.id}`).toBe(0);
      }
    });
  }
});

describe('a family’s maxConfidence is a promise the registry may rely on', () => {
  it('no vector of any family scores above the maxConfidence of a family that declares one', () => {
    let declared = 0;
    for (const f of families) {
      if (f.maxConfidence === undefined) continue;
      declared++;
      for (const file of [...files, 'zego-token04-cbc.json', 'zego-token04-gcm.json', 'commsease-dynamic.json']) {
        for (const v of loadFamilyVectors(file)) expect(f.detect(trimTokenText(v.token)), `${f.id} on ${v.id}`).toBeLessThanOrEqual(f.maxConfidence);
      }
    }
    expect(declared).toBeGreaterThan(0);
  });
});
