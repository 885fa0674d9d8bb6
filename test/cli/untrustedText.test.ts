/**
 * The terminal escaping every CLI write passes: controls shown, never obeyed; JSON unchanged in value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonText, shown, terminalSafe } from '../../src/cli/untrustedText';

describe('untrusted text on a terminal', () => {
  it('shows C0, DEL, C1 as \\xNN and bidi characters as \\u{…}', () => {
    expect(shown('a\u001b[2J\r\n\u007f\u009b\u202ez')).toBe('a\\x1b[2J\\x0d\\x0a\\x7f\\x9b\\u{202e}z');
  });
  it('a whole line keeps its newlines, and our colours only when colouring', () => {
    expect(terminalSafe('\u001b[31mRED\u001b[0m\u001b]52;c;eA==\u0007\n', true)).toBe('\u001b[31mRED\u001b[0m\\x1b]52;c;eA==\\x07\n');
    expect(terminalSafe('\u001b[31mRED\u001b[0m\n', false)).toBe('\\x1b[31mRED\\x1b[0m\n');
    expect(terminalSafe('\u001b[8m\u001b[2J', true)).toBe('\\x1b[8m\\x1b[2J'); // not one of our colours
  });
  it('jsonText has no raw control or bidi character and parses back to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: fc.constantFrom('\u001b', '\u009b', '\u007f', '\u202e', '\u2028', 'a', '"', '\\') }), (value, text) => {
        const json = jsonText({ value, text });
        // eslint-disable-next-line no-control-regex -- control characters are what this test looks for
        expect(json).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e\u2028]/);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify({ value, text })));
      }),
    );
  });
});
