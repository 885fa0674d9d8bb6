/**
 * A batch of tokens through the judge, streamed: each verdict is written as its line is
 * judged (flushed whenever the input pauses, so `tail -f app.log | tokenlab verify` shows each
 * line as it arrives), and a slow reader slows the reading. Past `WORKER_THRESHOLD` stdin
 * lines the rest goes to worker threads in chunks of raw bytes (this thread judging its share),
 * written back in input order.
 */
import type { BufferedWriter } from '../output';
import type { BatchJudge, BatchJudgeConfig, VerdictCounts } from './batchJudge';
import { LineChunker, pieceLines, type LinePiece } from './lineChunks';
import { createWorkerPool, SharedPieces, workerCount, type WorkerPool } from './workerPool';

/** Below this many lines, starting workers costs more than it saves. */
export const WORKER_THRESHOLD = 20_000;
/** A stdin file this big holds more than WORKER_THRESHOLD tokens: the workers start with line 1. */
export const WORKER_FILE_BYTES = WORKER_THRESHOLD * 100;
/**
 * Bytes of input per worker message (about 1,000 lines of tokens): big enough that messaging is
 * cheap, small enough to keep the window small — a chunk's --json verdicts are ~0.5 MB, six
 * chunks in flight, and 1M lines must stay under 200 MB.
 */
const CHUNK_BYTES = 192 * 1024;

export type BatchSource =
  /** Arguments are judged whole. */
  | { kind: 'arguments'; items: Iterable<string> }
  /** stdin lines have their tokens pulled out of them: as lines (on this thread only)… */
  | { kind: 'stdin'; items: AsyncIterable<string> | Iterable<string> }
  /** …or as stdin's raw bytes, which the workers can take (the real CLI). */
  | { kind: 'stdin'; bytes: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>; maxLineBytes: number };

export interface BatchOptions {
  judge: BatchJudge;
  config: BatchJudgeConfig;
  out: BufferedWriter;
  /** The bundled worker script, or null to judge every line on this thread. */
  workerScript: string | null;
  /** Lines judged on this thread before the workers start (0: from the first line). */
  workersAfter?: number;
}

export async function runBatch(source: BatchSource, options: BatchOptions): Promise<VerdictCounts> {
  const { judge, out } = options;
  const counts: VerdictCounts = {};
  const emit = async (text: string): Promise<void> => {
    if (text === '') return;
    if (out.write(judge.finish(text))) await out.drain();
  };
  if (!('bytes' in source)) {
    let line = 0;
    for await (const text of source.items) {
      line++;
      await emit(judge({ line, text }, counts));
    }
    out.flush();
    return counts;
  }
  const chunker = new LineChunker(source.bytes, source.maxLineBytes);
  let pool: WorkerPool | null = null;
  const pieces = new SharedPieces<LinePiece>(workerCount());
  let handedOut = 0;
  // A piece judged here is written as one text, as a worker's is (a piece is one read until the workers start, so streaming holds).
  const judgeHere = async (piece: LinePiece): Promise<void> => {
    const lines = pieceLines(piece.bytes);
    let text = '';
    for (let i = 0; i < lines.length; i++) text += judge({ line: piece.firstLine + i, text: lines[i] as string }, counts);
    await emit(text);
  };
  const takeOldest = async (): Promise<void> => {
    const mine = pieces.oldest();
    if (mine !== null) {
      await judgeHere(mine);
      return;
    }
    const result = await (pool as WorkerPool).takeOldest();
    for (const [verdict, n] of Object.entries(result.counts)) counts[verdict as keyof VerdictCounts] = (counts[verdict as keyof VerdictCounts] ?? 0) + (n as number);
    if (result.bytes.length === 0) return;
    out.writeBytes(result.bytes);
    await out.drain();
  };
  try {
    for (;;) {
      if (pool === null && options.workerScript !== null && handedOut >= (options.workersAfter ?? WORKER_THRESHOLD)) {
        pool = createWorkerPool(options.workerScript, options.config, workerCount());
      }
      const piece = await chunker.next(pool === null ? 0 : CHUNK_BYTES);
      if (piece === null) break;
      handedOut += piece.lines;
      if (pool === null) {
        await judgeHere(piece);
        continue;
      }
      if (pieces.keeps()) pieces.kept(piece);
      else {
        pool.submitBytes(piece.firstLine, piece.bytes);
        pieces.sent();
      }
      while (pieces.full()) await takeOldest();
    }
    while (pieces.held() > 0) await takeOldest();
  } finally {
    await pool?.close();
  }
  out.flush();
  return counts;
}
