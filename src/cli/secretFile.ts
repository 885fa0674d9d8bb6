/**
 * Read a secret from a file (never from argv, where it would land in shell history and `ps`).
 * Surrounding whitespace — the newline an editor or `echo` adds — is not part of the secret.
 */
import { readFile } from 'node:fs/promises';
import { TokenLabError } from '../shared/errors';

export async function readSecretFile(path: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new TokenLabError('SECRET_UNREADABLE', `cannot read the secret file ${path} (${code})`);
  }
  const secret = text.trim();
  if (secret === '') throw new TokenLabError('SECRET_UNREADABLE', `the secret file ${path} is empty`);
  return secret;
}
