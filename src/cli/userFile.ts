/**
 * Read a file the user named on the command line, with a ceiling. Every command words a
 * failure the same way, "cannot read the <what> file <path> (<errno code>)", so the person can
 * tell which option is wrong. Only regular files: `/dev/zero`, a FIFO or a terminal named as
 * a secret or scenario file is refused at once instead of being read forever.
 */
import { describeBytes, readRegularFile } from '../main/files/boundedRead';
import type { TokenLabErrorCode } from '../shared/errors';
import { usageText } from './cliText';

export async function readUserFile(path: string, what: string, maxBytes: number, code: TokenLabErrorCode = 'INVALID_INPUT'): Promise<Buffer> {
  const read = await readRegularFile(path, maxBytes);
  if (read.ok) return read.bytes;
  if (read.reason === 'not_regular') {
    throw usageText('input.notRegular', { what, path }, code);
  }
  if (read.reason === 'too_large') throw usageText('input.tooLarge', { what, path, size: describeBytes(maxBytes) }, code);
  throw usageText('input.unreadable', { what, path, reason: read.reason }, code);
}
