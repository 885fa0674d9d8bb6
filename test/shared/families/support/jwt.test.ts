/** Strict base64url (RFC 7515 §2): agrees with Node on canonical text, refuses everything else. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64UrlStrict, encodeBase64Url } from '../../../../src/shared/families/support/jwt';

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

  it('refuses padding, the standard alphabet, length 1 mod 4 and non-canonical last characters', () => {
    expect(decodeBase64UrlStrict('QQ==')).toBeNull();
    expect(decodeBase64UrlStrict('a+b/')).toBeNull();
    expect(decodeBase64UrlStrict('QUJDR')).toBeNull();
    expect(decodeBase64UrlStrict('QR')).toBeNull(); // "QQ" is canonical for "A"
    expect(decodeBase64UrlStrict('QQ')).toEqual(new Uint8Array([0x41]));
    expect(decodeBase64UrlStrict('')).toEqual(new Uint8Array(0));
  });
});
