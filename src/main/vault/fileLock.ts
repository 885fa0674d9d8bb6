/**
 * The inter-process lock of one data file, so the app and the CLI (or two CLIs) never lose each
 * other's read-modify-write.
 *
 * The lock itself is proper-lockfile's: an atomic `mkdir` of `<file>.lock`, whose mtime the
 * holder refreshes while it works. A holder that died without releasing (SIGKILL, power cut)
 * stops refreshing, so after `staleMs` its lock counts as stale and the next process takes it
 * over. Around it, this module adds what the library leaves to its callers:
 * - one queue per path within this process (the library refuses a second lock of the same file
 *   from the same process rather than waiting);
 * - re-entrancy along one async call chain (AsyncLocalStorage), so a store's locked operation
 *   can call `write` without locking itself out;
 * - a bounded wait with a clear `DATA_FILE_BUSY` error instead of hanging;
 * - a lock lost while held (the process was frozen past `staleMs` and another took over) never
 *   crashes the app: the next write under it is refused instead of clobbering the other's.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdir } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { lock } from 'proper-lockfile';
import { MainTextError } from '../i18n/mainText';

export interface FileLockOptions {
  /** How long to wait for another process to finish before giving up. Default 20 s. */
  timeoutMs?: number;
  /** A lock not refreshed for this long is left by a dead process and taken over. Default 10 s (at least 2 s). */
  staleMs?: number;
}

export const DEFAULT_LOCK_TIMEOUT_MS = 20_000;
export const DEFAULT_LOCK_STALE_MS = 10_000;

/** User-facing messages of this module, in one place. */

/**
 * One held lock, linked to the locks held around it. `open` turns false on release: timers and
 * callbacks started under the lock inherit this context, and must not believe they still hold it.
 */
interface Held {
  path: string;
  open: boolean;
  lost: boolean;
  outer: Held | undefined;
}

const heldHere = new AsyncLocalStorage<Held>();
const queues = new Map<string, Promise<unknown>>();

function heldLock(path: string): Held | undefined {
  for (let held = heldHere.getStore(); held; held = held.outer) if (held.open && held.path === path) return held;
  return undefined;
}

/** true when the current async call chain holds the lock of `path`. */
export function holdsLock(file: string): boolean {
  return heldLock(resolve(file)) !== undefined;
}

/** Throws when the lock of `path`, held by this call chain, was taken over by another process. */
export function assertLockStillHeld(file: string): void {
  const path = resolve(file);
  if (heldLock(path)?.lost) throw new MainTextError('DATA_FILE_BUSY', 'fileLockLost', { file: basename(path) });
}

function errnoCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'error';
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `operation` holding the inter-process lock of `path` (re-entrant within one call chain). */
export function withFileLock<T>(file: string, operation: () => Promise<T>, options: FileLockOptions = {}): Promise<T> {
  const path = resolve(file);
  if (holdsLock(path)) return operation();
  // In this process: one holder per path at a time, whatever the outcome of the previous one.
  const previous = queues.get(path) ?? Promise.resolve();
  const run = previous.then(
    () => lockedRun(path, operation, options),
    () => lockedRun(path, operation, options),
  );
  const settled = run.catch(() => undefined);
  queues.set(path, settled);
  void settled.then(() => {
    if (queues.get(path) === settled) queues.delete(path);
  });
  return run;
}

async function lockedRun<T>(path: string, operation: () => Promise<T>, options: FileLockOptions): Promise<T> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  const staleMs = Math.max(2000, options.staleMs ?? DEFAULT_LOCK_STALE_MS);
  const held: Held = { path, open: true, lost: false, outer: heldHere.getStore() };
  try {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new MainTextError('IO_ERROR', 'fileLockFailed', { file: path, errno: errnoCode(error) });
  }
  const deadline = Date.now() + timeoutMs;
  let release: () => Promise<void>;
  for (;;) {
    try {
      release = await lock(path, {
        realpath: false, // the file itself may not exist yet
        stale: staleMs,
        update: Math.floor(staleMs / 2),
        retries: 0,
        onCompromised: () => {
          held.lost = true;
        },
      });
      break;
    } catch (error) {
      if (errnoCode(error) !== 'ELOCKED') throw new MainTextError('IO_ERROR', 'fileLockFailed', { file: path, errno: errnoCode(error) });
      if (Date.now() >= deadline) throw new MainTextError('DATA_FILE_BUSY', 'fileBusy', { file: basename(path), seconds: Math.round(timeoutMs / 1000) });
      // Jittered, so several waiting processes do not retry in step.
      await sleep(20 + Math.floor(Math.random() * 60));
    }
  }
  try {
    return await heldHere.run(held, operation);
  } finally {
    held.open = false;
    // A lost lock is no longer ours to remove; anything else failing here leaves a stale lock,
    // which the next process takes over after `staleMs`.
    await release().catch(() => {});
  }
}
