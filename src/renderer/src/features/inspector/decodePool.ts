/**
 * Decoding a large paste off the main thread: the text is cut at line ends into chunks, a few
 * workers (one per core, at most four) decode them, and the chunks come back in text order,
 * each as soon as it and every chunk before it are in — so the first rows are painted while
 * the rest is still being decoded, and the window keeps answering meanwhile.
 *
 * Each worker holds the chunk it decodes and the next one (IN_FLIGHT), so it never waits for
 * the page's main thread — busy painting the rows so far — to hand it more. The chunks after
 * the small first one are a fraction of the text (CHUNKS_PER_WORKER each), so the workers end
 * together instead of one finishing a large last chunk alone.
 *
 * Where workers cannot start (no Worker, or the page refuses to load one) `decodePool()` is
 * null or the job fails, and the caller decodes on the main thread as before.
 */
import type { DecodedChunk } from './inspectText';
import type { DecodeReply, DecodeRequest } from './decode.worker';

export interface DecodeJob {
  /** Resolves when every chunk was handed to `onChunk`; rejects when a worker failed. */
  done: Promise<void>;
  /** Stop: chunks still to come are not handed over. */
  cancel(): void;
}

export interface DecodePool {
  /** `onChunk` gets each chunk's rows with the chunk's text (their positions are in it). */
  decode(text: string, now: number, onChunk: (chunk: DecodedChunk, chunkText: string) => void): DecodeJob;
  /** Start the workers and let them decode a few sample lines, so a first large paste finds them loaded and compiled. */
  warm(): void;
}

/** The first chunk is small, so the first rows show at once; the others share the rest. */
const FIRST_CHUNK_CHARS = 64 * 1024;
const MIN_CHUNK_CHARS = 256 * 1024;
/** About this many chunks per worker after the first (100,000 lines on two workers: ~1.2 MB, ~6,000 rows each). */
const CHUNKS_PER_WORKER = 8;
/** Chunks handed to one worker at a time: the one it decodes and the next. */
const IN_FLIGHT = 2;
const MAX_WORKERS = 4;

/** The chunk size after the first for `chars` of text on `workers` workers. */
export function chunkChars(chars: number, workers: number): number {
  return Math.max(MIN_CHUNK_CHARS, Math.ceil(chars / (workers * CHUNKS_PER_WORKER)));
}

/** `text` cut at line ends (the `\n` between two chunks belongs to neither): the first cut near `first` characters, the others near `size`. */
export function splitAtLines(text: string, first: number, size: number): string[] {
  const chunks: string[] = [];
  let start = 0;
  let target = first;
  while (text.length - start > target) {
    const cut = text.indexOf('\n', start + target);
    if (cut === -1) break;
    chunks.push(text.slice(start, cut));
    start = cut + 1;
    target = size;
  }
  chunks.push(text.slice(start));
  return chunks;
}

let shared: DecodePool | null | undefined;

/** The page's pool (its workers start on first use), or null where there are no workers. */
export function decodePool(): DecodePool | null {
  if (shared === undefined)
    shared =
      typeof Worker === 'undefined'
        ? null
        : createDecodePool(Math.max(1, Math.min(MAX_WORKERS, navigator.hardwareConcurrency || 2)), () => new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module' }));
  return shared;
}

/** What the pool needs of a worker (a Worker; a stand-in in tests). */
export type DecodeWorker = Pick<Worker, 'postMessage' | 'terminate'> & {
  onmessage: ((event: MessageEvent<DecodeReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};

/** A pool of `size` workers made by `spawn` as they are first needed. */
export function createDecodePool(size: number, spawn: () => DecodeWorker): DecodePool {
  const workers: DecodeWorker[] = [];
  let nextId = 0;

  return {
    warm() {
      try {
        while (workers.length < size) {
          const worker = spawn();
          workers.push(worker);
          const request: DecodeRequest = { id: -1, text: '', now: 0, warm: true };
          worker.postMessage(request);
        }
      } catch {
        // No workers here: the first large paste finds out again and decodes in the page.
      }
    },
    decode(text, now, onChunk) {
      const chunks = splitAtLines(text, FIRST_CHUNK_CHARS, chunkChars(text.length, size));
      const results: (DecodedChunk | undefined)[] = new Array<DecodedChunk | undefined>(chunks.length);
      /** Which chunk each request of this job decodes, by request id; replies to other jobs' requests are not in it. */
      const chunkOf = new Map<number, number>();
      const inFlight = new Map<DecodeWorker, number>();
      let handed = 0;
      let queued = 0;
      let cancelled = false;
      let settle: { resolve(): void; reject(error: Error): void } = { resolve: () => undefined, reject: () => undefined };
      const done = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));

      const fail = (message: string) => {
        if (cancelled) return;
        cancelled = true;
        for (const [w, n] of inFlight) {
          if (n === 0) continue;
          // A worker stuck on a chunk of this job is replaced rather than waited for.
          w.terminate();
          const at = workers.indexOf(w);
          if (at !== -1) workers.splice(at, 1);
        }
        settle.reject(new Error(message));
      };
      /** Hand `worker` the next chunk, if there is one and it holds fewer than IN_FLIGHT. */
      const post = (worker: DecodeWorker): boolean => {
        if (cancelled || queued >= chunks.length || (inFlight.get(worker) ?? 0) >= IN_FLIGHT) return false;
        const index = queued++;
        const id = nextId++;
        chunkOf.set(id, index);
        inFlight.set(worker, (inFlight.get(worker) ?? 0) + 1);
        const request: DecodeRequest = { id, text: chunks[index] as string, now };
        worker.postMessage(request);
        return true;
      };
      const listen = (worker: DecodeWorker) => {
        worker.onmessage = (event) => {
          const reply = event.data;
          const index = chunkOf.get(reply.id);
          if (index === undefined) return;
          chunkOf.delete(reply.id);
          inFlight.set(worker, (inFlight.get(worker) ?? 1) - 1);
          if (!reply.ok) return fail(reply.message);
          results[index] = reply.chunk;
          while (!cancelled && handed < chunks.length && results[handed] !== undefined) {
            const chunk = results[handed] as DecodedChunk;
            const chunkText = chunks[handed] as string;
            results[handed++] = undefined;
            onChunk(chunk, chunkText);
          }
          if (handed === chunks.length) settle.resolve();
          while (post(worker));
        };
        worker.onerror = (event) => {
          event.preventDefault();
          fail(event.message || 'the decoding worker failed');
        };
      };

      try {
        while (workers.length < Math.min(size, chunks.length)) workers.push(spawn());
      } catch (error) {
        fail(error instanceof Error ? error.message : 'no decoding worker');
        return { done, cancel: () => undefined };
      }
      const mine = workers.slice(0, chunks.length);
      for (const worker of mine) listen(worker);
      // In turn, so every worker starts at once (the first, small chunk to the first worker).
      for (let round = 0; round < IN_FLIGHT; round++) for (const worker of mine) post(worker);
      return {
        done,
        cancel() {
          if (cancelled) return;
          cancelled = true;
          // Workers still busy with this job finish their chunks; their answers are dropped.
          settle.resolve();
        },
      };
    },
  };
}
