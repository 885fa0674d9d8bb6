/**
 * stdin as pieces of whole lines, for a batch that hands its lines to worker threads: the main
 * thread only finds where lines end (to number them) and passes the raw bytes on, so decoding
 * and splitting happen in the workers. A line ends at `\n`, `\r\n` or `\r`, as in splitLines
 * (lineReader.ts); a piece never ends between a `\r` and its `\n`, so `piecesLines` splits a
 * piece exactly as splitLines splits the stream. Pulled: the next read happens only when a
 * piece is asked for, and a line longer than the bound is refused (after the lines before it).
 */
import { lineTooLong } from '../io';

const LF = 0x0a;
const CR = 0x0d;

/** Consecutive whole lines: their bytes with the terminators, the first line's number and how many. */
export interface LinePiece {
  bytes: Uint8Array;
  firstLine: number;
  lines: number;
}

export class LineChunker {
  private readonly source: AsyncIterator<Uint8Array | string>;
  /** Bytes read and not yet handed out, in order. */
  private parts: Uint8Array[] = [];
  private total = 0;
  /** Within the held bytes: where the last whole line ends, and how many whole lines come before it. */
  private cut = 0;
  private linesBeforeCut = 0;
  /** The held bytes end in `\r`: a `\n` opening the next read belongs to the same break. */
  private pendingCr = false;
  /** Bytes of the line after `cut` read so far (`\r` of a pending break excluded). */
  private openLineBytes = 0;
  /** Lines handed out so far. */
  private handedOut = 0;
  private ended = false;
  /** A line over the bound: thrown once the lines before it have been handed out. */
  private tooLong: Error | null = null;

  constructor(
    source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
    private readonly maxLineBytes: number,
  ) {
    this.source = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : toAsync(source[Symbol.iterator]());
  }

  /**
   * The next piece: whole lines of at least `minBytes` bytes when the input holds that many, else
   * what is there once it ends. With `minBytes` 0, the whole lines of the reads so far (at least
   * one line), so a line arriving alone (`tail -f`) is handed out at once. null at the end.
   */
  async next(minBytes: number): Promise<LinePiece | null> {
    for (;;) {
      if (this.cut > 0 && (this.cut >= minBytes || this.ended || this.tooLong !== null)) return this.take();
      if (this.tooLong !== null) throw this.tooLong;
      if (this.ended) return null;
      const r = await this.source.next();
      if (r.done) this.end();
      else this.add(typeof r.value === 'string' ? Buffer.from(r.value, 'utf8') : r.value);
    }
  }

  private add(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    const base = this.total;
    this.parts.push(chunk);
    this.total += chunk.length;
    let start = 0;
    if (this.pendingCr) {
      // The `\r` ending the last read was a break; its `\n`, if this read opens with one, goes with it.
      this.pendingCr = false;
      start = chunk[0] === LF ? 1 : 0;
      this.breakAt(base + start);
    }
    const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    const hasCr = buf.indexOf(CR, start) !== -1;
    // The line open at the start of this read has `openLineBytes` in earlier reads.
    let lineStart = start;
    let carried = this.openLineBytes;
    if (!hasCr) {
      // The usual input: `\n` only, found by the native search.
      for (let lf = buf.indexOf(LF, start); lf !== -1; lf = buf.indexOf(LF, lf + 1)) {
        if (this.refuseOver(carried + lf - lineStart)) return;
        this.breakAt(base + lf + 1);
        lineStart = lf + 1;
        carried = 0;
      }
    } else {
      for (let i = start; i < buf.length; i++) {
        const byte = buf[i];
        if (byte !== LF && byte !== CR) continue;
        if (this.refuseOver(carried + i - lineStart)) return;
        carried = 0;
        if (byte === CR) {
          if (i + 1 === buf.length) {
            // Its `\n` may open the next read: the break is settled then (or at the end).
            this.pendingCr = true;
            this.openLineBytes = 0;
            return;
          }
          if (buf[i + 1] === LF) i++;
        }
        this.breakAt(base + i + 1);
        lineStart = i + 1;
      }
    }
    this.openLineBytes = carried + buf.length - lineStart;
    this.refuseOver(this.openLineBytes);
  }

  /** Whether a line of `bytes` (so far) is over the bound; if so it is refused, numbered as splitLines numbers it. */
  private refuseOver(bytes: number): boolean {
    if (bytes <= this.maxLineBytes) return false;
    this.tooLong = lineTooLong(this.handedOut + this.linesBeforeCut + 1, this.maxLineBytes);
    return true;
  }

  private breakAt(end: number): void {
    this.cut = end;
    this.linesBeforeCut++;
    this.openLineBytes = 0;
  }

  private end(): void {
    this.ended = true;
    if (this.pendingCr) {
      this.pendingCr = false;
      this.breakAt(this.total);
    } else if (this.total > this.cut && this.tooLong === null) {
      // A last line without a terminator.
      this.breakAt(this.total);
    }
  }

  /** Hands out the whole lines before the cut as one new buffer (its own memory: it may be transferred). */
  private take(): LinePiece {
    const bytes = new Uint8Array(this.cut);
    let copied = 0;
    let rest: Uint8Array[] = [];
    for (const part of this.parts) {
      if (copied >= this.cut) {
        rest.push(part);
        continue;
      }
      const n = Math.min(part.length, this.cut - copied);
      bytes.set(n === part.length ? part : part.subarray(0, n), copied);
      copied += n;
      if (n < part.length) rest.push(part.subarray(n));
    }
    const piece: LinePiece = { bytes, firstLine: this.handedOut + 1, lines: this.linesBeforeCut };
    this.handedOut += this.linesBeforeCut;
    this.parts = rest;
    rest = [];
    this.total -= this.cut;
    this.cut = 0;
    this.linesBeforeCut = 0;
    return piece;
  }
}

async function* toAsync<T>(iterator: Iterator<T>): AsyncGenerator<T> {
  for (let r = iterator.next(); !r.done; r = iterator.next()) yield r.value;
}

const BREAK = /\r\n|\r|\n/;

/** A piece's lines, without their terminators, decoded from UTF-8 (as splitLines decodes each line). */
export function pieceLines(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
  const lines = text.includes('\r') ? text.split(BREAK) : text.split('\n');
  // A piece ends with a break, so the last element is empty, except for a last line without one.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
