/**
 * Worker threads for a large batch: chunks go round-robin to the workers, results come back
 * in any order and are handed out in input order. At most `window` chunks are in flight, so
 * memory stays flat however long the input is.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BatchJudgeConfig, VerdictCounts } from './batchJudge';

/** Consecutive stdin lines as their raw bytes, terminators included (the worker decodes and splits them). */
export interface ByteChunkRequest {
  seq: number;
  firstLine: number;
  bytes: Uint8Array;
}

/** A verify chunk's printed verdicts, already UTF-8 and through `terminalSafe`, and its counts. */
export interface ChunkResult {
  seq: number;
  bytes: Uint8Array;
  counts: VerdictCounts;
}

/** A bundled worker next to the bundled CLI (out/main/verifyWorker.js…); absent when running from src. */
export function workerScript(name: 'verifyWorker' | 'generateWorker' = 'verifyWorker'): string | null {
  const path = join(__dirname, `${name}.js`);
  return existsSync(path) ? path : null;
}

/** `Result`: what a worker sends back for a chunk (verify: its printed text and counts). */
export interface WorkerPool<Result extends { seq: number } = ChunkResult> {
  /** Moves a piece of consecutive lines (its raw bytes) to the next worker. */
  submitBytes(firstLine: number, bytes: Uint8Array): void;
  /** Whether the window is full (the caller should take the oldest result first). */
  full(): boolean;
  /** Chunks submitted and not yet taken. */
  inFlight(): number;
  /** The oldest chunk's result (input order). */
  takeOldest(): Promise<Result>;
  close(): Promise<void>;
}

interface Deferred<Result> {
  promise: Promise<Result>;
  resolve(result: Result): void;
  reject(error: unknown): void;
}

function deferred<Result>(): Deferred<Result> {
  let resolve!: (r: Result) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<Result>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A failure is reported when the chunk is taken, not as an unhandled rejection.
  promise.catch(() => {});
  return { promise, resolve, reject };
}

/**
 * Workers beside this thread: one per core but one, because this thread takes every
 * (workers + 1)-th piece itself (see `SharedPieces`), so a 2-core machine runs two threads, not
 * three, and one worker fewer starts.
 */
export function workerCount(): number {
  return Math.max(1, availableParallelism() - 1);
}

/**
 * Pieces in input order, each moved to a worker or kept for this thread, which does its own
 * when that piece's turn comes to be written (the workers go on with theirs meanwhile). At most
 * `window` pieces are held or in flight.
 */
export class SharedPieces<Piece> {
  private readonly queue: (Piece | null)[] = [];
  private turn = 0;
  constructor(
    private readonly workers: number,
    readonly window = (workers + 1) * 3,
  ) {}
  /**
   * Whether the next piece is this thread's (else the caller submits it to the pool, then calls
   * `sent`). The first is: this thread judges it while the workers are still starting.
   */
  keeps(): boolean {
    return this.turn % (this.workers + 1) === 0;
  }
  kept(piece: Piece): void {
    this.turn++;
    this.queue.push(piece);
  }
  sent(): void {
    this.turn++;
    this.queue.push(null);
  }
  full(): boolean {
    return this.queue.length >= this.window;
  }
  held(): number {
    return this.queue.length;
  }
  /** The oldest: this thread's piece, or null for the pool's oldest result. */
  oldest(): Piece | null {
    return this.queue.shift() ?? null;
  }
}

const WORKER_HEAP = { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 1 };

/** `config` goes to each worker as its workerData (plain data: it is cloned). */
export function createWorkerPool<Result extends { seq: number } = ChunkResult>(
  script: string,
  config: BatchJudgeConfig | object,
  size = Math.max(1, availableParallelism()),
): WorkerPool<Result> {
  const window = size * 3;
  // Small heaps: a worker holds a few chunks at a time, and 1M lines must stay under 200 MB in all.
  const workers = Array.from({ length: size }, () => new Worker(script, { workerData: config, resourceLimits: WORKER_HEAP }));
  const pending = new Map<number, Deferred<Result>>();
  let nextSeq = 0;
  let oldest = 0;
  const fail = (error: unknown) => {
    for (const d of pending.values()) d.reject(error);
  };
  for (const worker of workers) {
    worker.on('message', (result: Result) => pending.get(result.seq)?.resolve(result));
    worker.on('error', fail);
  }
  return {
    submitBytes(firstLine, bytes) {
      const seq = nextSeq++;
      pending.set(seq, deferred<Result>());
      // The bytes are moved, not copied: the caller gave up its buffer (LineChunker makes a new one per piece).
      (workers[seq % size] as Worker).postMessage({ seq, firstLine, bytes } satisfies ByteChunkRequest, [bytes.buffer as ArrayBuffer]);
    },
    full: () => nextSeq - oldest >= window,
    inFlight: () => nextSeq - oldest,
    async takeOldest() {
      const d = pending.get(oldest) as Deferred<Result>;
      const result = await d.promise;
      pending.delete(oldest);
      oldest++;
      return result;
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
