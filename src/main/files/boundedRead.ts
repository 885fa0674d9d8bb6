/**
 * Reading files and streams we do not control, with a ceiling: `/dev/zero` named as a secret
 * file, a FIFO left where `profiles.json` should be, or 500 MB piped into a command must end
 * in a clear refusal after reading at most the bound — not fill memory or hang.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

export type BoundedRead =
  | { ok: true; bytes: Buffer }
  /**
   * `not_regular`: a device, FIFO, socket or folder; `too_large`: more than the bound; else the
   * errno code, `unknown` when the OS gave none (worded "unknown error" by main.ioReason).
   */
  | { ok: false; reason: 'not_regular' | 'too_large' | (string & {}) };

const CHUNK = 64 * 1024;

/**
 * A regular file's bytes, at most `maxBytes` of them. Opened non-blocking, so opening a FIFO
 * returns at once instead of waiting for a writer, then refused by fstat before any read.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<BoundedRead> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, reason: (error as NodeJS.ErrnoException).code ?? 'unknown' };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { ok: false, reason: 'not_regular' };
    if (stat.size > maxBytes) return { ok: false, reason: 'too_large' };
    // The size can change while we read (a file still being written): read to the bound + 1.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(CHUNK, maxBytes + 1 - total);
      const { bytesRead, buffer } = await handle.read(Buffer.alloc(want), 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return { ok: false, reason: 'too_large' };
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    return { ok: false, reason: (error as NodeJS.ErrnoException).code ?? 'unknown' };
  } finally {
    await handle.close().catch(() => {});
  }
}

/** A stream's bytes (stdin), stopping as soon as it holds more than `maxBytes`: null then. */
export async function readStreamBounded(stream: AsyncIterable<Buffer | string>, maxBytes: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += bytes.length;
    if (total > maxBytes) return null;
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}

/** "64 KiB", "1 MiB": how a bound is named in messages. */
export function describeBytes(bytes: number): string {
  if (bytes >= 1 << 20 && bytes % (1 << 20) === 0) return `${bytes / (1 << 20)} MiB`;
  if (bytes >= 1 << 10 && bytes % (1 << 10) === 0) return `${bytes / (1 << 10)} KiB`;
  return `${bytes} bytes`;
}
