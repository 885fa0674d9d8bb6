/** Strict base64url (RFC 7515 §2): agrees with Node on canonical text, refuses everything else; known headers read as decoding them would. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64UrlStrict, encodeBase64Url, encodeTextBase64Url, knownHeaders, readJws } from '../../../../src/shared/families/support/jwt';
import { loadFamilyVectors } from '../../../support/familyVectors';

describe('decodeBase64UrlStrict', () => {
  it('decodes what Node encodes, and encodeBase64Url writes what Node writes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = Buffer.from(bytes).toString('base64url');
        expect(encodeBase64Url(bytes)).toBe(text);
        expect(Buffer.from(decodeBase64UrlStrict(text) ?? [0xff, 0xff]).equals(Buffer.from(bytes))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('encodeTextBase64Url writes what Node writes for the UTF-8 of any text, short or past its buffer, and one call leaves nothing in the next', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ minLength: 1000, maxLength: 1200 })), (text) => {
        expect(encodeTextBase64Url(text)).toBe(Buffer.from(text).toString('base64url'));
      }),
      { numRuns: 500 },
    );
    expect(encodeTextBase64Url('x'.repeat(2000))).toBe(Buffer.from('x'.repeat(2000)).toString('base64url'));
    expect(encodeTextBase64Url('ab')).toBe('YWI');
    expect(encodeBase64Url(new Uint8Array([1, 2, 3, 4]), 2)).toBe('AQI');
  });

  it('refuses padding, the standard alphabet, length 1 mod 4 and non-canonical last characters', () => {
    expect(decodeBase64UrlStrict('QQ==')).toBeNull();
    expect(decodeBase64UrlStrict('a+b/')).toBeNull();
    expect(decodeBase64UrlStrict('QUJDR')).toBeNull();
    expect(decodeBase64UrlStrict('QR')).toBeNull(); // "QQ" is canonical for "A"
    expect(decodeBase64UrlStrict('QQ')).toEqual(new Uint8Array([0x41]));
    expect(decodeBase64UrlStrict('')).toEqual(new Uint8Array(0));
  });
});

describe('readJws with known headers', () => {
  const known = knownHeaders(['{"alg":"HS256"}', '{"alg":"HS256","typ":"JWT"}', '{"alg":"HS512","typ":"JWT"}']);
  const seg = (json: string) => Buffer.from(json).toString('base64url');
  const claims = seg('{"sub":"alice","exp":1750003600}');
  it('reads every JWT vector exactly as without them', () => {
    let hits = 0;
    for (const file of ['livekit-jwt.json', 'twilio-jwt.json', 'jwt-generic.json']) {
      for (const v of loadFamilyVectors(file)) {
        const plain = readJws(v.token, ['HS256', 'HS384', 'HS512']);
        expect(readJws(v.token, ['HS256', 'HS384', 'HS512'], known), v.id).toEqual(plain);
        if (known.has(v.token.split('.')[0] ?? '')) hits++;
      }
    }
    expect(hits).toBeGreaterThan(5); // the fast path is taken, not only the decoding one
  });

  it('gives a fresh header object each time, and still applies the allow-list and every later rule', () => {
    const token = `${seg('{"alg":"HS256"}')}.${claims}.${'A'.repeat(43)}`;
    const a = readJws(token, ['HS256'], known);
    const b = readJws(token, ['HS256'], known);
    expect(a.ok && b.ok && a.header !== b.header).toBe(true);
    if (a.ok) a.header['alg'] = 'changed';
    expect(readJws(token, ['HS256'], known)).toEqual(readJws(token, ['HS256']));
    const hs512 = `${seg('{"alg":"HS512","typ":"JWT"}')}.${claims}.${'A'.repeat(43)}`;
    expect(readJws(hs512, ['HS256'], known)).toEqual(readJws(hs512, ['HS256']));
    expect(readJws(hs512, ['HS256'], known).ok).toBe(false);
    for (const bad of [`${seg('{"alg":"HS256"}')}.${claims}.A`, `${seg('{"alg":"HS256"}')}.e30=.${'A'.repeat(43)}`, `${seg('{"alg":"HS256"}')}..${'A'.repeat(43)}`, `${seg('{"alg":"HS256"}')}.${claims}`]) {
      expect(readJws(bad, ['HS256'], known), bad).toEqual(readJws(bad, ['HS256']));
      expect(readJws(bad, ['HS256'], known).ok).toBe(false);
    }
  });
});
