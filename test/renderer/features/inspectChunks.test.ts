/**
 * A large paste is decoded in chunks (in workers) and its rows derive their inspection on
 * first read. What the user sees must not depend on that: the chunks' rows, put together,
 * are the rows `inspectText` finds in the whole text — the same lines, tokens, verdicts and
 * inspections — wherever the text is cut.
 */
import { describe, expect, it } from 'vitest';
import { splitAtLines } from '../../../src/renderer/src/features/inspector/decodePool';
import { decodeLines, inspectText, lazyRows, type InspectedRow, type InspectionCache } from '../../../src/renderer/src/features/inspector/inspectText';
import { cbcVectors, commsEaseVectors, gcmVectors, negativeVectors } from '../support/vectors';

const NOW = gcmVectors[0]!.expect.now;

function mixedText(): string {
  const tokens = [...gcmVectors, ...cbcVectors, ...commsEaseVectors, ...negativeVectors].map((v) => v.token).filter((t) => typeof t === 'string');
  const lines: string[] = [];
  tokens.forEach((token, i) => {
    if (i % 3 === 0) lines.push(`2024-02-12T14:00:00Z INFO req=${i} token=${token} again=${token}`);
    else if (i % 3 === 1) lines.push(`   ${token}   `);
    else lines.push(token);
    if (i % 5 === 0) lines.push('');
    if (i % 7 === 0) lines.push('no token on this line');
  });
  return lines.join('\n');
}

/** The text decoded chunk by chunk, as the store puts the rows together. */
function chunkedRows(text: string, first: number, size: number): InspectedRow[] {
  const cache: InspectionCache = new Map();
  const rows: InspectedRow[] = [];
  let lineOffset = 0;
  for (const chunk of splitAtLines(text, first, size)) {
    const decoded = decodeLines(chunk, NOW);
    rows.push(...lazyRows(decoded, chunk, rows.length, lineOffset, NOW, cache));
    lineOffset += decoded.lineCount;
  }
  return rows;
}

describe('a paste decoded in chunks', () => {
  it('cuts the text at line ends only, losing nothing', () => {
    const text = mixedText();
    for (const [first, size] of [
      [10, 10],
      [1, 500],
      [2000, 3000],
      [text.length, text.length],
    ] as const) {
      const chunks = splitAtLines(text, first, size);
      expect(chunks.join('\n')).toBe(text);
      if (first < text.length) expect(chunks.length).toBeGreaterThan(1);
    }
  });

  it('finds the same rows as decoding the whole text at once, with the same inspections', () => {
    const text = mixedText();
    const whole = inspectText(text, NOW, new Map()).rows;
    expect(whole.length).toBeGreaterThan(50);
    expect(new Set(whole.map((r) => r.verdict)).size).toBeGreaterThan(1);
    for (const [first, size] of [
      [10, 10],
      [700, 2500],
      [text.length, text.length],
    ] as const) {
      const rows = chunkedRows(text, first, size);
      expect(rows.map((r) => [r.index, r.line, r.token, r.verdict])).toEqual(whole.map((r) => [r.index, r.line, r.token, r.verdict]));
      // Derived on first read, as the whole-text decode made it; and once per token.
      rows.forEach((r, i) => expect(r.inspection).toEqual(whole[i]!.local));
      expect(rows[0]!.local).toBe(rows[0]!.inspection);
    }
  });

  it('finds the same rows whether a chunk keeps its cache of repeated tokens or drops it for distinct ones', () => {
    const vectors = [...gcmVectors, ...cbcVectors, ...commsEaseVectors].map((v) => v.token);
    // Mostly distinct tokens (the cache is dropped after a few thousand), then mostly repeats (it is kept).
    const distinct = Array.from({ length: 5000 }, (_, i) => (i % 25 === 0 ? vectors[i % vectors.length]! : `04AAAAAB${i.toString(36).padStart(24, 'q')}`));
    const repeated = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? 'no token here' : `INFO req=${i} token=${vectors[i % vectors.length]!}`));
    for (const text of [distinct.join('\n'), repeated.join('\n'), [...distinct, ...repeated].join('\n')]) {
      const whole = inspectText(text, NOW, new Map()).rows;
      expect(new Set(whole.map((r) => r.verdict)).size).toBeGreaterThan(1);
      const chunk = decodeLines(text, NOW);
      const rows = lazyRows(chunk, text, 0, 0, NOW, new Map());
      expect(rows.map((r) => [r.index, r.line, r.token, r.verdict])).toEqual(whole.map((r) => [r.index, r.line, r.token, r.verdict]));
    }
  });
});
