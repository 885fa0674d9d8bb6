/**
 * Read a file the user named on the command line. Every command words a failure the same way,
 * "cannot read the <what> file <path> (<errno code>)", so the person can tell which option is wrong.
 */
import { readFile } from 'node:fs/promises';
import { TokenLabError, type TokenLabErrorCode } from '../shared/errors';

export async function readUserFile(path: string, what: string, code: TokenLabErrorCode = 'INVALID_INPUT'): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new TokenLabError(code, `cannot read the ${what} file ${path} (${reason})`);
  }
}
