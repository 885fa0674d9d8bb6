/**
 * How a large verify batch cuts stdin for its workers: the pieces of whole lines (LineChunker)
 * split into exactly the lines splitLines gives for the same bytes read in any sizes, numbered
 * alike, refused alike when one is too long; and a line that is one token is recognised without
 * the extractor only when the extractor would give it back whole.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWholeToken, tokensOfLine } from '../../src/cli/batch/batchJudge';
import { LineChunker, pieceLines } from '../../src/cli/batch/lineChunks';
import { splitLines } from '../../src/cli/lineReader';
import { lineTokens } from '../../src/shared/tokens/extractTokens';

/** `bytes` cut into reads at `cuts` (positions, any order). */
function reads(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let start = 0;
  for (const c of [...at, bytes.length]) {
    out.push(bytes.subarray(start, c));
    start = c;
  }
  return out;
}

async function viaSplitLines(parts: Uint8Array[], max: number): Promise<{ lines: string[]; error: string | null }> {
  const lines: string[] = [];
  try {
    for await (const line of splitLines(parts.map((p) => Buffer.from(p)), max)) lines.push(line);
  } catch (error) {
    return { lines, error: (error as Error).message };
  }
  return { lines, error: null };
}

async function viaChunker(parts: Uint8Array[], max: number, minBytes: number): Promise<{ lines: string[]; error: string | null }> {
  const chunker = new LineChunker(parts, max);
  const lines: string[] = [];
  try {
    for (let piece = await chunker.next(minBytes); piece !== null; piece = await chunker.next(minBytes)) {
      const split = pieceLines(piece.bytes);
      expect(split).toHaveLength(piece.lines);
      expect(piece.firstLine).toBe(lines.length + 1);
      lines.push(...split);
    }
  } catch (error) {
    return { lines, error: (error as Error).message };
  }
  return { lines, error: null };
}

// Line breaks of every kind, text, a multi-byte character and bytes that are not UTF-8.
const fragment = fc.constantFrom('\n', '\r', '\r\n', '\n\n', 'abc', '04AAAA', 'é', '令牌', ' ', '\xff');
const input = fc.array(fc.oneof(fragment, fc.uint8Array({ maxLength: 6 })), { maxLength: 40 }).map((pieces) => {
  const chunks = pieces.map((p) => (typeof p === 'string' ? (p === '\xff' ? Uint8Array.of(0xff, 0xe2, 0x82) : new TextEncoder().encode(p)) : p));
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
});

describe('LineChunker', () => {
  it('gives the lines splitLines gives, whatever the read sizes and piece size', async () => {
    await fc.assert(
      fc.asyncProperty(input, fc.array(fc.nat(), { maxLength: 8 }), fc.constantFrom(0, 1, 7, 64), async (bytes, cuts, minBytes) => {
        const parts = reads(bytes, cuts);
        expect(await viaChunker(parts, 1 << 20, minBytes)).toEqual(await viaSplitLines(parts, 1 << 20));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a line over the bound with the same message and line number, after the lines before it', async () => {
    await fc.assert(
      fc.asyncProperty(input, fc.array(fc.nat(), { maxLength: 8 }), fc.constantFrom(0, 5, 64), async (bytes, cuts, minBytes) => {
        const parts = reads(bytes, cuts);
        expect(await viaChunker(parts, 5, minBytes)).toEqual(await viaSplitLines(parts, 5));
      }),
      { numRuns: 2000 },
    );
    const r = await viaChunker([Buffer.from('ok\nfine\n'), Buffer.from('x'.repeat(40)), Buffer.from('\nafter\n')], 16, 0);
    expect(r).toEqual({ lines: ['ok', 'fine'], error: 'line 3 of stdin is longer than 16 bytes: refused' });
  });

  it('reads only when a piece is asked for', async () => {
    let read = 0;
    function* source(): Generator<Uint8Array> {
      for (let i = 0; i < 1000; i++) {
        read++;
        yield Buffer.from(`line ${i}\n`);
      }
    }
    const chunker = new LineChunker(source(), 1 << 20);
    expect(read).toBe(0);
    expect(await chunker.next(0)).toMatchObject({ firstLine: 1, lines: 1 });
    expect(read).toBe(1);
    expect(await chunker.next(20)).toMatchObject({ firstLine: 2, lines: 3 });
    expect(read).toBe(4);
  });

  it('hands out each piece as memory of its own, so it can be moved to a worker', async () => {
    const read = Buffer.from('one\ntwo\nthree');
    const piece = await new LineChunker([read], 100).next(0);
    expect(piece?.bytes.buffer).not.toBe(read.buffer);
    expect(piece?.bytes.byteLength).toBe(piece?.bytes.buffer.byteLength);
  });
});

describe('a line that is one token', () => {
  const WHOLE = /^(?:04|ey|ew|006|007)[A-Za-z0-9+/]{20,}={0,2}$/;
  const base64 = fc.stringMatching(/^[A-Za-z0-9+/]{0,40}$/);
  const line = fc.oneof(
    fc.tuple(fc.constantFrom('04', 'ey', 'ew', '006', '007', '00', '0', 'eyJ', 'eA', ''), base64, fc.constantFrom('', '=', '==', '===', ' ', '.x.y', '-', '\t')).map((p) => p.join('')),
    fc.string({ maxLength: 40 }),
  );

  it('is recognised exactly as the pattern says, and only when the extractor gives it back whole', () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(isWholeToken(text)).toBe(WHOLE.test(text));
        if (isWholeToken(text)) expect(lineTokens(text)).toEqual([text]);
        const found = lineTokens(text);
        expect(tokensOfLine(text)).toEqual(found.length === 1 && found[0] === text.trim() ? [text] : found);
      }),
      { numRuns: 20_000 },
    );
  });
});
