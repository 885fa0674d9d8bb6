/**
 * One file in the data folder: read it, change it under an inter-process lock, replace it
 * atomically, keep a damaged copy beside it.
 *
 * Shared by every store that keeps a file there (profiles, history, callback cases, window
 * state), so each gets the same guarantees: replacement is crash-safe (`writeFileAtomic`);
 * every write holds the file's lock (`fileLock.ts`), so the app and the CLI never lose each
 * other's read-modify-write; a damaged file is copied to `<name>.corrupt-<UTC stamp>` before
 * anything replaces it.
 */
import { access } from 'node:fs/promises';
import { MainTextError } from '../i18n/mainText';
import { describeBytes, readRegularFile } from '../files/boundedRead';
import { removeStaleTempFiles, writeFileAtomic } from './atomicFile';
import { assertLockStillHeld, withFileLock, type FileLockOptions } from './fileLock';

export interface DataFile {
  readonly path: string;
  /** The file's text, or null when it does not exist. Needs no lock: writes are atomic renames. */
  read(): Promise<string | null>;
  /** Replace the file atomically, holding its lock (taken here unless this call chain holds it). */
  write(text: string): Promise<void>;
  /**
   * Run `operation` holding the file's inter-process lock: read, decide, write (keychain calls
   * in between are fine) without another process changing the file meanwhile. Re-entrant within
   * one call chain. Fails with DATA_FILE_BUSY when another process keeps it for too long.
   */
  locked<T>(operation: () => Promise<T>): Promise<T>;
  /** Lock, read, apply `change`, write its result (nothing when it returns null). */
  update(change: (text: string | null) => string | null | Promise<string | null>): Promise<void>;
  /** Write `text` (the damaged content) beside the file as `<name>.corrupt-<stamp>`; returns that path. */
  keepAside(text: string): Promise<string>;
}

/** Far above any real store (100k profiles is ~30 MB), far below what would exhaust memory. */
export const DATA_FILE_MAX_BYTES = 256 * 1024 * 1024;

/** `2026-11-23T11:41:46.123Z` → `20261123T114146123Z`: sortable and valid in every file system. */
export function backupStamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[-:.]/g, '');
}

function errnoCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'error';
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

export function createDataFile(path: string, nowMs: () => number = () => Date.now(), lockOptions: FileLockOptions = {}): DataFile {
  // Temp files a killed writer left behind are swept once, before this process first reads
  // the file: not on every read (a folder listing per profile lookup), and for every data file.
  let swept = false;
  const locked = <T>(operation: () => Promise<T>): Promise<T> => withFileLock(path, operation, lockOptions);

  async function read(): Promise<string | null> {
    if (!swept) {
      swept = true;
      await removeStaleTempFiles(path);
    }
    // A FIFO or device in place of the file is refused at once (opened non-blocking, checked
    // by fstat), never read: the app would hang waiting for a writer, or read forever.
    const read = await readRegularFile(path, DATA_FILE_MAX_BYTES);
    if (read.ok) return read.bytes.toString('utf8');
    if (read.reason === 'ENOENT') return null;
    if (read.reason === 'not_regular') throw new MainTextError('IO_ERROR', 'fileNotRegular', { path });
    if (read.reason === 'too_large') throw new MainTextError('IO_ERROR', 'fileTooLarge', { path, size: describeBytes(DATA_FILE_MAX_BYTES) });
    throw new MainTextError('IO_ERROR', 'fileUnreadable', { path, errno: read.reason });
  }

  function write(text: string): Promise<void> {
    return locked(async () => {
      assertLockStillHeld(path);
      try {
        await writeFileAtomic(path, text);
      } catch (error) {
        throw new MainTextError('IO_ERROR', 'fileUnwritable', { path, errno: errnoCode(error) });
      }
    });
  }

  /** A stamp not yet taken (two damaged copies within one millisecond keep both). */
  function asidePath(attempt: number): string {
    return `${path}.corrupt-${backupStamp(nowMs())}${attempt === 0 ? '' : `-${attempt}`}`;
  }

  return {
    path,
    read,
    write,
    locked,
    update: (change) =>
      locked(async () => {
        const next = await change(await read());
        if (next !== null) await write(next);
      }),
    async keepAside(text) {
      let aside = asidePath(0);
      for (let attempt = 1; attempt < 100 && (await exists(aside)); attempt++) aside = asidePath(attempt);
      try {
        await writeFileAtomic(aside, text);
      } catch (error) {
        throw new MainTextError('STORE_CORRUPT', 'damagedNotKeptAside', { path, errno: errnoCode(error) });
      }
      return aside;
    },
  };
}
