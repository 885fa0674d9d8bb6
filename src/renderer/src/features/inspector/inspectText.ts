/**
 * Turn pasted text into inspected rows: the tokens found on each line (one, several, or one
 * inside a log line), each decoded without a secret — instant, no IPC, no crypto.
 *
 * A cache keyed by token text makes re-inspection after an edit cost only the changed lines,
 * so typing into a box of 10,000 lines stays responsive.
 *
 * A large paste is decoded in chunks by `decodeLines` (in workers, see decodePool.ts), which
 * returns only what the list needs of every row — its line, its token and its verdict; the
 * full inspection of a row is derived again, with the same `now`, when something reads it
 * (`lazyRows`): the rows in view, the selected one, an export.
 */
import { extractTokens, lineTokens } from '../../../../shared/tokens/extractTokens';
import { inspectToken } from '../../../../shared/tokens/inspect';
import { VERDICTS, type Inspection, type Verdict } from '../../../../shared/tokens/types';

export interface InspectedRow {
  /** Position in the list (stable key for the table). */
  index: number;
  /** 1-based line of the pasted text. */
  line: number;
  token: string;
  /** The verdict of `local`, readable without deriving it. */
  verdict: Verdict;
  /** Decoded without a secret. */
  readonly local: Inspection;
  /** The same as `local`: a row is a table row as it is, until main's verdicts replace it. */
  readonly inspection: Inspection;
}

export type InspectionCache = Map<string, Inspection>;

export function inspectText(text: string, now: number, previous: InspectionCache): { rows: InspectedRow[]; cache: InspectionCache } {
  const rows: InspectedRow[] = [];
  const cache: InspectionCache = new Map();
  const lines = text.split('\n');
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l] as string;
    if (line.trim() === '') continue;
    for (const token of extractTokens(line)) {
      let local = cache.get(token) ?? previous.get(token);
      if (!local) local = inspectToken(token, { now });
      cache.set(token, local);
      rows.push({ index: rows.length, line: l + 1, token, verdict: local.verdict, local, inspection: local });
    }
  }
  return { rows, cache };
}

/**
 * What a chunk of text decodes to, per token found: its line (1-based, within the chunk), where
 * it is in the chunk, and its verdict (an index into VERDICTS). Numbers only, so a worker hands
 * them over without copying; the token text is cut from the chunk the caller already holds.
 */
export interface DecodedChunk {
  lines: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  verdicts: Uint8Array;
  /** How many lines the chunk has (so the next chunk's line numbers can follow on). */
  lineCount: number;
}

/**
 * After this many tokens of a chunk, the cache of verdicts by token text is dropped for the rest
 * of the chunk unless at least one in CACHE_MIN_HIT_RATIO was found in it: for distinct tokens
 * (100,000 freshly minted ones) hashing and keeping each costs a fifth of the decode and saves
 * nothing. Only the speed depends on it: a token decodes to the same verdict either way.
 */
const CACHE_PROBE = 2048;
const CACHE_MIN_HIT_RATIO = 16;

/** The rows of `text` as `inspectText` finds them, as a DecodedChunk (a token repeated in the chunk is decoded once, while repeats are common). */
export function decodeLines(text: string, now: number): DecodedChunk {
  // Grown by doubling, and handed over cut to length: no array of boxed numbers in between.
  let capacity = 1024;
  let lines = new Int32Array(capacity);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let verdicts = new Uint8Array(capacity);
  let count = 0;
  let seen: Map<string, number> | null = new Map<string, number>();
  let hits = 0;
  let lineStart = 0;
  let lineNo = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    lineNo++;
    if (line.trim() !== '') {
      let from = 0;
      // One line (no "\n" in it): lineTokens finds what extractTokens finds, without splitting it again.
      for (const token of lineTokens(line)) {
        let verdict = seen?.get(token);
        if (verdict !== undefined) hits++;
        else {
          verdict = VERDICTS.indexOf(inspectToken(token, { now }).verdict);
          seen?.set(token, verdict);
        }
        if (count === CACHE_PROBE && hits * CACHE_MIN_HIT_RATIO < count) seen = null;
        // The extractor's tokens are pieces of the line, left to right.
        const at = line.indexOf(token, from);
        from = at + token.length;
        if (count === capacity) {
          capacity *= 2;
          lines = grown(lines, capacity);
          starts = grown(starts, capacity);
          ends = grown(ends, capacity);
          verdicts = grown(verdicts, capacity);
        }
        lines[count] = lineNo;
        starts[count] = lineStart + at;
        ends[count] = lineStart + at + token.length;
        verdicts[count] = verdict;
        count++;
      }
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return { lines: lines.slice(0, count), starts: starts.slice(0, count), ends: ends.slice(0, count), verdicts: verdicts.slice(0, count), lineCount: lineNo };
}

function grown<T extends Int32Array | Uint8Array>(array: T, capacity: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(capacity);
  bigger.set(array);
  return bigger;
}

/** Where a lazy row derives its inspection: the `now` its verdict was decoded with, and a cache by token. */
interface LazySource {
  now: number;
  cache: InspectionCache;
}

/** A row whose inspection is derived on first read (a class: 100,000 of them cost no closure each). */
class LazyRow implements InspectedRow {
  constructor(
    readonly index: number,
    readonly line: number,
    readonly token: string,
    readonly verdict: Verdict,
    private readonly source: LazySource,
  ) {}

  get local(): Inspection {
    let local = this.source.cache.get(this.token);
    if (!local) {
      local = inspectToken(this.token, { now: this.source.now });
      this.source.cache.set(this.token, local);
    }
    return local;
  }

  get inspection(): Inspection {
    return this.local;
  }
}

/** The rows of a decoded chunk of `text`, whose inspection is derived on first read, through `cache` (filled with `now`, the `now` the verdicts were decoded with). */
export function lazyRows(chunk: DecodedChunk, text: string, firstIndex: number, lineOffset: number, now: number, cache: InspectionCache): InspectedRow[] {
  const source: LazySource = { now, cache };
  const rows: InspectedRow[] = new Array<InspectedRow>(chunk.lines.length);
  for (let i = 0; i < chunk.lines.length; i++) {
    const token = text.slice(chunk.starts[i], chunk.ends[i]);
    rows[i] = new LazyRow(firstIndex + i, lineOffset + (chunk.lines[i] as number), token, VERDICTS[chunk.verdicts[i] as number] as Verdict, source);
  }
  return rows;
}
