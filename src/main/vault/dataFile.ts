/**
 * One JSON file in the data folder: read it, replace it atomically, move a corrupt one aside.
 *
 * Shared by every store that keeps a file there (profiles, history, callback cases), so each
 * gets the same guarantees: replacement is crash-safe (`writeFileAtomic`), and an unreadable
 * file is renamed to `<name>.corrupt-<UTC stamp>` instead of being overwritten.
 */
import { rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { TokenLabError } from '../../shared/errors';
import { describeBytes, readRegularFile } from '../files/boundedRead';
import { fsyncDir, removeStaleTempFiles, writeFileAtomic } from './atomicFile';

export interface DataFile {
  readonly path: string;
  /** The file's text, or null when it does not exist. */
  read(): Promise<string | null>;
  write(text: string): Promise<void>;
  /** Rename the file to `<path>.corrupt-<stamp>`; returns the new path. */
  moveAside(): Promise<string>;
}

/** `2026-11-23T11:41:46.123Z` → `20261123T114146123Z`: sortable and valid in every file system. */
/** Far above any real store (100k profiles is ~30 MB), far below what would exhaust memory. */
export const DATA_FILE_MAX_BYTES = 256 * 1024 * 1024;

export function backupStamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[-:.]/g, '');
}

function errnoCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'error';
}

export function createDataFile(path: string, nowMs: () => number = () => Date.now()): DataFile {
  // Temp files a killed writer left behind are swept once, before this process first reads
  // the file: not on every read (a folder listing per profile lookup), and for every data file.
  let swept = false;
  return {
    path,
    async read() {
      if (!swept) {
        swept = true;
        await removeStaleTempFiles(path);
      }
      // A FIFO or device in place of the file is refused at once (opened non-blocking, checked
      // by fstat), never read: the app would hang waiting for a writer, or read forever.
      const read = await readRegularFile(path, DATA_FILE_MAX_BYTES);
      if (read.ok) return read.bytes.toString('utf8');
      if (read.reason === 'ENOENT') return null;
      if (read.reason === 'not_regular') throw new TokenLabError('IO_ERROR', `could not read ${path}: it is not a regular file`);
      if (read.reason === 'too_large') throw new TokenLabError('IO_ERROR', `could not read ${path}: it is larger than ${describeBytes(DATA_FILE_MAX_BYTES)}`);
      throw new TokenLabError('IO_ERROR', `could not read ${path} (${read.reason})`);
    },
    async write(text) {
      try {
        await writeFileAtomic(path, text);
      } catch (error) {
        throw new TokenLabError('IO_ERROR', `could not write ${path} (${errnoCode(error)})`);
      }
    },
    async moveAside() {
      const aside = `${path}.corrupt-${backupStamp(nowMs())}`;
      try {
        await rename(path, aside);
        await fsyncDir(dirname(path));
      } catch (error) {
        throw new TokenLabError('STORE_CORRUPT', `${path} is unreadable and could not be moved aside (${errnoCode(error)})`);
      }
      return aside;
    },
  };
}
