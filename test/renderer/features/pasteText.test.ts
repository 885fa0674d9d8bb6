/** A large paste goes to the store as the text the box would have held, without the box. */
import { describe, expect, it } from 'vitest';
import { countLines, LARGE_TEXT_CHARS, largePasteText } from '../../../src/renderer/src/features/inspector/pasteText';

const box = (value: string, selectionStart = value.length, selectionEnd = selectionStart) => ({ value, selectionStart, selectionEnd });

describe('largePasteText', () => {
  it('leaves a paste that keeps the text small to the box (and its undo)', () => {
    expect(largePasteText(box(''), 'a token')).toBeNull();
    expect(largePasteText(box('x'.repeat(LARGE_TEXT_CHARS - 3)), 'abc')).toBeNull();
    // Replacing a large selection with a small paste leaves a small text.
    expect(largePasteText(box('x'.repeat(LARGE_TEXT_CHARS), 0, LARGE_TEXT_CHARS), 'abc')).toBeNull();
    // A paste with no text (an image) into a large text being edited leaves the selection alone.
    expect(largePasteText(box('x'.repeat(LARGE_TEXT_CHARS + 10), 0, 10), '')).toBeNull();
  });

  it('replaces the selection with a large paste, as the box would', () => {
    const big = 'y'.repeat(LARGE_TEXT_CHARS);
    expect(largePasteText(box('before|after', 6, 7), big)).toBe(`before${big}after`);
    expect(largePasteText(box('abc'), big)).toBe(`abc${big}`);
    expect(largePasteText(box('abc', 0), big)).toBe(`${big}abc`);
    expect(largePasteText(box('x'.repeat(LARGE_TEXT_CHARS - 3)), 'abcd')).toBe(`${'x'.repeat(LARGE_TEXT_CHARS - 3)}abcd`);
  });

  it('turns CRLF and lone CR line ends into "\\n", as a textarea holds them', () => {
    const line = 'z'.repeat(1000);
    const pasted = Array.from({ length: 300 }, () => line).join('\r\n') + '\r' + line;
    expect(largePasteText(box(''), pasted)).toBe(Array.from({ length: 301 }, () => line).join('\n'));
  });
});

describe('countLines', () => {
  it('counts the lines as splitting at "\\n" would', () => {
    for (const text of ['', 'a', 'a\n', '\n\n', 'a\nb\r\nc']) expect(countLines(text)).toBe(text.split('\n').length);
  });
});
