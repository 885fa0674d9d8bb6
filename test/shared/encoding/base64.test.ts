/**
 * Strict base64: accepted exactly when the text follows RFC 4648's padded grammar, decoded to
 * the bytes Node decodes, and encoded as Node encodes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64Strict, encodeBase64 } from '../../../src/shared/encoding/base64';

const STRICT = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 3000);

describe('strict base64', () => {
  it('accepts exactly the padded standard alphabet, and names where other text breaks', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'AB+/=-_a9 '), maxLength: 14 }), (text) => {
        const result = decodeBase64Strict(text);
        expect(result.ok).toBe(text.length > 0 && STRICT.test(text));
        if (result.ok) expect(Buffer.from(result.bytes)).toEqual(Buffer.from(text, 'base64'));
        else expect(result.offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('round-trips bytes exactly as Node encodes them', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 40 }), (bytes) => {
        const text = encodeBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        const decoded = decodeBase64Strict(text);
        expect(decoded.ok && Buffer.from(decoded.bytes)).toEqual(Buffer.from(bytes));
      }),
      { numRuns: RUNS },
    );
  });
});
