/**
 * The registry hands a JWT family the claims' text its detection already decoded (loosely);
 * the inspection must be exactly what the family gives on its own, strict decoding included:
 * every JWT vector, and tokens built to sit on each edge where the loose and the strict read
 * differ (a byte-order mark, bad UTF-8, a literal U+FFFD, "+" and "/", a non-canonical last
 * character, a length of 1 mod 4).
 */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../../src/main/crypto/nodeCryptoPort';
import type { FamilyVerifyOptions } from '../../../../src/shared/families/family';
import { defaultRegistry } from '../../../../src/shared/families/registry';
import { baseInspection } from '../../../../src/shared/families/support/wideInspection';
import { loadFamilyVectors } from '../../../support/familyVectors';
import { jwtSecretOf } from '../../../support/jwtVectors';

const SECRET = '33FWyW2am0f6YCvPcD7VxzdlrUUEdo6w72vOJawYwT4';
const b64url = (bytes: Buffer) => bytes.toString('base64url');
function signed(header: string, claimsSegment: string): string {
  const input = `${b64url(Buffer.from(header))}.${claimsSegment}`;
  return `${input}.${b64url(createHmac('sha256', SECRET).update(input).digest())}`;
}
const claims = (json: string) => b64url(Buffer.from(json));
const VIDEO = '{"video":{"roomJoin":true,"room":"r"},"iss":"APIabc","exp":1750003600,"sub":"alice"}';

function same(token: string, options: FamilyVerifyOptions): void {
  const found = defaultRegistry.detect(token.trim());
  const viaRegistry = defaultRegistry.inspect(token, options, nodeCryptoPort);
  if (!found) return;
  const alone = found.family.inspect(baseInspection(token), options, nodeCryptoPort);
  expect(viaRegistry, token).toEqual(alone);
}

describe('claims carried from detection', () => {
  it('every JWT vector inspects as the family alone inspects it, full and verdict detail', () => {
    for (const file of ['livekit-jwt.json', 'twilio-jwt.json', 'jwt-generic.json']) {
      for (const v of loadFamilyVectors(file)) {
        if (v.token !== v.token.trim()) continue; // the registry trims; the family is given trimmed text
        for (const detail of ['full', 'verdict'] as const) same(v.token, { now: v.expect.now, skewSeconds: v.expect.clockSkewSeconds, secret: jwtSecretOf(v), detail });
      }
    }
  });

  it('tokens on each edge of the loose read', () => {
    const options: FamilyVerifyOptions = { now: 1_750_000_001, secret: SECRET, detail: 'verdict' };
    const bad = Buffer.from(VIDEO.replace('alice', 'al\u0000ice'));
    bad[bad.indexOf(0)] = 0xff; // not UTF-8
    const cases = [
      signed('{"alg":"HS256"}', claims(VIDEO)),
      signed('{"alg":"HS256"}', b64url(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(VIDEO)]))),
      signed('{"alg":"HS256"}', b64url(bad)),
      signed('{"alg":"HS256"}', claims(VIDEO.replace('alice', 'al\uFFFDice'))),
      signed('{"alg":"HS256"}', claims(VIDEO).replace(/-/g, '+').replace(/_/g, '/')),
      signed('{"alg":"HS256"}', `${claims(VIDEO)}A`),
      signed('{"alg":"HS256","typ":"JWT"}', claims('{"sub":"bob","exp":1750003600,"room":"r"}')),
      signed('{"alg":"HS256","typ":"JWT","cty":"twilio-fpa;v=1"}', claims('{"jti":"SK1-1","grants":{"identity":"a","video":{}},"iat":1750000000,"exp":1750003600,"iss":"SK1","sub":"AC1"}')),
    ];
    // A last character with non-zero unused bits: 2 bytes over a multiple of 3 → 3 characters, the last one's 2 low bits set.
    const twoOver = claims(`${VIDEO.slice(0, -1)}, "x":1}`);
    cases.push(signed('{"alg":"HS256"}', twoOver.length % 4 === 3 ? twoOver.slice(0, -1) + 'B' : twoOver));
    for (const token of cases) {
      same(token, options);
      same(token, { ...options, detail: 'full' });
    }
    // The edge cases really differ from a clean read: at least the BOM and the bad UTF-8 are not valid.
    expect(defaultRegistry.inspect(cases[0] as string, options, nodeCryptoPort).verdict).toBe('valid');
    expect(defaultRegistry.inspect(cases[1] as string, options, nodeCryptoPort).verdict).toBe('malformed');
    expect(defaultRegistry.inspect(cases[2] as string, options, nodeCryptoPort).verdict).toBe('malformed');
  });
});
