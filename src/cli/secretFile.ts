/**
 * Read a secret from a file (never from argv, where it would land in shell history and `ps`).
 * Surrounding whitespace — the newline an editor or `echo` adds — is not part of the secret.
 */
import { usageText } from './cliText';
import type { CliIo } from './io';
import { SECRET_MAX_BYTES } from './limits';
import { readUserFile } from './userFile';

/** `path` "-" reads the secret from stdin (`pass show zego | tokenlab verify --secret-file - TOKEN`). */
export async function readSecretFile(path: string, stdin?: Pick<CliIo['stdin'], 'readAll'>): Promise<string> {
  const text = path === '-' && stdin ? await stdin.readAll(SECRET_MAX_BYTES) : (await readUserFile(path, 'secret', SECRET_MAX_BYTES, 'SECRET_UNREADABLE')).toString('utf8');
  const secret = text.trim();
  if (secret === '') throw path === '-' ? usageText('input.secretEmptyStdin', {}, 'SECRET_UNREADABLE') : usageText('input.secretFileEmpty', { path }, 'SECRET_UNREADABLE');
  return secret;
}
