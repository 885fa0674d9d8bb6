/**
 * The callback-case JSON file on disk: read it, replace it atomically, move a corrupt one aside.
 *
 * Atomic replacement is the vault's `writeFileAtomic` (temp file, fsync, rename, folder fsync),
 * so a crash never leaves half a file; an unreadable file is renamed with a timestamp instead
 * of being overwritten, so the user can still look at what was there.
 */
import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { TokenLabError } from '../../shared/errors';
import { writeFileAtomic } from '../vault/atomicFile';
import { CALLBACK_CASES_FILE_NAME, type CaseFile } from './callbackCaseStore';

export function createCaseFile(dataDir: string, nowMs: () => number = () => Date.now()): CaseFile & { path: string } {
  const path = join(dataDir, CALLBACK_CASES_FILE_NAME);
  return {
    path,
    async read() {
      try {
        return await readFile(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw new TokenLabError('IO_ERROR', `could not read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      }
    },
    async write(text) {
      try {
        await writeFileAtomic(path, text);
      } catch (error) {
        throw new TokenLabError('IO_ERROR', `could not write ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      }
    },
    async moveAside() {
      const aside = `${path}.corrupt-${nowMs()}`;
      await rename(path, aside);
      return aside;
    },
  };
}
