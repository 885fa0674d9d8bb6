/**
 * The pool that decodes a large paste in workers, with stand-in workers the test answers by
 * hand (decoding each chunk with the real decodeLines): the rows come out in text order however
 * the workers' answers are ordered, every worker starts at once and holds at most two chunks,
 * a cancelled job hands nothing more, and a failed chunk fails the job.
 */
import { describe, expect, it } from 'vitest';
import { chunkChars, createDecodePool, type DecodeWorker } from '../../../src/renderer/src/features/inspector/decodePool';
import type { DecodeReply, DecodeRequest } from '../../../src/renderer/src/features/inspector/decode.worker';
import { decodeLines, inspectText, lazyRows, type InspectedRow } from '../../../src/renderer/src/features/inspector/inspectText';
import { cbcVectors, commsEaseVectors, gcmVectors, negativeVectors } from '../support/vectors';

const NOW = gcmVectors[0]!.expect.now;

class StandIn implements DecodeWorker {
  onmessage: ((event: MessageEvent<DecodeReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  /** Requests posted and not answered yet, oldest first (a worker answers in that order). */
  readonly queue: DecodeRequest[] = [];
  terminated = false;
  postMessage(message: DecodeRequest): void {
    this.queue.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Decode the oldest request and answer it (or answer it with a failure). */
  answer(fail = false): void {
    const request = this.queue.shift();
    if (!request) throw new Error('nothing to answer');
    const data: DecodeReply = fail ? { id: request.id, ok: false, message: 'broken' } : { id: request.id, ok: true, chunk: decodeLines(request.text, request.now) };
    this.onmessage?.({ data } as MessageEvent<DecodeReply>);
  }
}

/** ~1.5 MB of log lines, bare tokens, blank lines and lines without a token. */
function largeText(): string {
  const tokens = [...gcmVectors, ...cbcVectors, ...commsEaseVectors, ...negativeVectors].map((v) => v.token).filter((t) => typeof t === 'string');
  const lines: string[] = [];
  let chars = 0;
  for (let i = 0; chars < 1_500_000; i++) {
    const token = tokens[i % tokens.length]!;
    const line = i % 11 === 0 ? '' : i % 13 === 0 ? 'no token here' : i % 2 === 0 ? `2024-02-12T14:00:00Z INFO req=${i} token=${token}` : token;
    lines.push(line);
    chars += line.length + 1;
  }
  return lines.join('\n');
}

function setup(size: number) {
  const workers: StandIn[] = [];
  const pool = createDecodePool(size, () => {
    const w = new StandIn();
    workers.push(w);
    return w;
  });
  return { pool, workers };
}

/** Collects the rows as the store puts them together. */
function collector() {
  const rows: InspectedRow[] = [];
  let lineOffset = 0;
  const cache = new Map();
  return {
    rows,
    onChunk: (chunk: ReturnType<typeof decodeLines>, text: string) => {
      rows.push(...lazyRows(chunk, text, rows.length, lineOffset, NOW, cache));
      lineOffset += chunk.lineCount;
    },
  };
}

const key = (r: InspectedRow) => [r.index, r.line, r.token, r.verdict];

describe('the decoding pool', () => {
  it('hands the rows over in text order whichever worker answers first, every worker busy from the start with at most two chunks', async () => {
    const text = largeText();
    const { pool, workers } = setup(2);
    const out = collector();
    let done = false;
    const job = pool.decode(text, NOW, out.onChunk);
    void job.done.then(() => (done = true));
    expect(workers).toHaveLength(2);
    // Both workers hold two chunks at once: neither waits for the page to hand it the next.
    expect(workers.map((w) => w.queue.length)).toEqual([2, 2]);
    let answered = 0;
    let turn = 0;
    while (workers.some((w) => w.queue.length > 0)) {
      // The second worker answers three times for each of the first's: its chunks come in early.
      const w = turn++ % 4 === 0 ? (workers[0]!.queue.length > 0 ? workers[0]! : workers[1]!) : workers[1]!.queue.length > 0 ? workers[1]! : workers[0]!;
      w.answer();
      answered++;
      for (const each of workers) expect(each.queue.length).toBeLessThanOrEqual(2);
    }
    await job.done;
    expect(done).toBe(true);
    // More chunks than the workers hold at once, so later ones were handed out as earlier ones came in.
    expect(answered).toBeGreaterThan(4);
    const whole = inspectText(text, NOW, new Map()).rows;
    expect(out.rows.map(key)).toEqual(whole.map(key));
  });

  it('cuts the text so the workers finish together: a fraction of it per chunk after the first', () => {
    expect(chunkChars(20_000_000, 2)).toBe(1_250_000);
    // Never smaller than 256 KB: each chunk costs a message and a render.
    expect(chunkChars(1_000_000, 4)).toBe(256 * 1024);
  });

  it('hands nothing more once cancelled, and the next job still gets its own rows', async () => {
    const text = largeText();
    const { pool, workers } = setup(2);
    const first = collector();
    const job = pool.decode(text, NOW, first.onChunk);
    workers[0]!.answer();
    const handed = first.rows.length;
    expect(handed).toBeGreaterThan(0);
    job.cancel();
    await job.done;
    const second = collector();
    const next = pool.decode('a line\n' + text, NOW, second.onChunk);
    // The old job's chunks still queued in the workers are answered and dropped.
    while (workers.some((w) => w.queue.length > 0)) for (const w of workers) if (w.queue.length > 0) w.answer();
    await next.done;
    expect(first.rows).toHaveLength(handed);
    expect(second.rows.map(key)).toEqual(inspectText('a line\n' + text, NOW, new Map()).rows.map(key));
  });

  it('fails the job when a worker cannot decode a chunk, and replaces the workers it was using', async () => {
    const { pool, workers } = setup(2);
    const job = pool.decode(largeText(), NOW, () => undefined);
    workers[1]!.answer(true);
    await expect(job.done).rejects.toThrow('broken');
    expect(workers.every((w) => w.terminated)).toBe(true);
    pool.decode(largeText(), NOW, () => undefined);
    expect(workers).toHaveLength(4);
  });
});
