/** The checks every secret as pasted gets, before its family's own: trimmed, not empty, no inner whitespace. */
import { controlCharacterProblem } from '../security/secretText';
import type { SecretCheck } from './family';

export function checkPastedSecret(raw: string): SecretCheck {
  const secret = raw.trim();
  if (secret === '') return { ok: false, message: 'the secret is empty' };
  const control = controlCharacterProblem(secret, 'the secret');
  if (control !== null) return { ok: false, message: control };
  if (/\s/.test(secret)) return { ok: false, message: 'the secret contains whitespace (check the copy-paste)' };
  return { ok: true, secret };
}
