/**
 * Decoding a large paste off the main thread: the text is cut at line ends into chunks, a few
 * workers (one per core, at most four) decode them as they free up, and the chunks come back
 * in text order, each as soon as it and every chunk before it are in — so the first rows are
 * painted while the rest is still being decoded, and the window keeps answering meanwhile.
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
const MAX_WORKERS = 4;

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
  if (shared === undefined) shared = typeof Worker === 'undefined' ? null : createDecodePool(Math.max(1, Math.min(MAX_WORKERS, navigator.hardwareConcurrency || 2)));
  return shared;
}

function createDecodePool(size: number): DecodePool {
  const workers: Worker[] = [];
  let nextId = 0;
  const spawn = () => new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module' });

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
      const chunks = splitAtLines(text, FIRST_CHUNK_CHARS, Math.max(MIN_CHUNK_CHARS, Math.ceil(text.length / (size * 2))));
      const results: (DecodedChunk | undefined)[] = new Array<DecodedChunk | undefined>(chunks.length);
      let handed = 0;
      let queued = 0;
      let cancelled = false;
      let settle: { resolve(): void; reject(error: Error): void } = { resolve: () => undefined, reject: () => undefined };
      const done = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
      const busy = new Set<Worker>();

      const fail = (message: string) => {
        if (cancelled) return;
        cancelled = true;
        for (const w of busy) {
          // A worker stuck on a chunk of this job is replaced rather than waited for.
          w.terminate();
          const at = workers.indexOf(w);
          if (at !== -1) workers.splice(at, 1);
        }
        settle.reject(new Error(message));
      };
      const feed = (worker: Worker) => {
        if (cancelled || queued >= chunks.length) {
          busy.delete(worker);
          return;
        }
        const index = queued++;
        const id = nextId++;
        busy.add(worker);
        worker.onmessage = (event: MessageEvent<DecodeReply>) => {
          const reply = event.data;
          if (reply.id !== id) return;
          if (!reply.ok) return fail(reply.message);
          results[index] = reply.chunk;
          while (!cancelled && handed < chunks.length && results[handed] !== undefined) {
            const chunk = results[handed] as DecodedChunk;
            const chunkText = chunks[handed] as string;
            results[handed++] = undefined;
            onChunk(chunk, chunkText);
          }
          if (handed === chunks.length) settle.resolve();
          feed(worker);
        };
        worker.onerror = (event) => {
          event.preventDefault();
          fail(event.message || 'the decoding worker failed');
        };
        const request: DecodeRequest = { id, text: chunks[index] as string, now };
        worker.postMessage(request);
      };

      try {
        while (workers.length < Math.min(size, chunks.length)) workers.push(spawn());
      } catch (error) {
        fail(error instanceof Error ? error.message : 'no decoding worker');
        return { done, cancel: () => undefined };
      }
      for (const worker of workers.slice(0, chunks.length)) feed(worker);
      return {
        done,
        cancel() {
          if (cancelled) return;
          cancelled = true;
          // Workers still busy with this job finish their chunk; its answer is dropped.
          settle.resolve();
        },
      };
    },
  };
}
