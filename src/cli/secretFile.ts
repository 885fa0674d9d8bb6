/**
 * Read a secret from a file (never from argv, where it would land in shell history and `ps`).
 * Surrounding whitespace — the newline an editor or `echo` adds — is not part of the secret.
 */
import { TokenLabError } from '../shared/errors';
import { SECRET_MAX_BYTES } from './limits';
import { readUserFile } from './userFile';

export async function readSecretFile(path: string): Promise<string> {
  const secret = (await readUserFile(path, 'secret', SECRET_MAX_BYTES, 'SECRET_UNREADABLE')).toString('utf8').trim();
  if (secret === '') throw new TokenLabError('SECRET_UNREADABLE', `the secret file ${path} is empty`);
  return secret;
}
