/**
 * Read a file the user named on the command line, with a ceiling. Every command words a
 * failure the same way, "cannot read the <what> file <path> (<errno code>)", so the person can
 * tell which option is wrong. Only regular files: `/dev/zero`, a FIFO or a terminal named as
 * a secret or scenario file is refused at once instead of being read forever.
 */
import { describeBytes, readRegularFile } from '../main/files/boundedRead';
import { TokenLabError, type TokenLabErrorCode } from '../shared/errors';

export async function readUserFile(path: string, what: string, maxBytes: number, code: TokenLabErrorCode = 'INVALID_INPUT'): Promise<Buffer> {
  const read = await readRegularFile(path, maxBytes);
  if (read.ok) return read.bytes;
  if (read.reason === 'not_regular') {
    throw new TokenLabError(code, `the ${what} file ${path} is not a regular file (a device, FIFO or folder): refused`);
  }
  if (read.reason === 'too_large') throw new TokenLabError(code, `the ${what} file ${path} is larger than ${describeBytes(maxBytes)}: refused`);
  throw new TokenLabError(code, `cannot read the ${what} file ${path} (${read.reason})`);
}
