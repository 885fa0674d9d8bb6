/** The checks every secret as pasted gets, before its family's own: trimmed, not empty, no inner whitespace. */
import type { SecretCheck } from './family';

export function checkPastedSecret(raw: string): SecretCheck {
  const secret = raw.trim();
  if (secret === '') return { ok: false, message: 'the secret is empty' };
  if (/\s/.test(secret)) return { ok: false, message: 'the secret contains whitespace (check the copy-paste)' };
  return { ok: true, secret };
}
