/** The checks every secret as pasted gets, before its family's own: trimmed, not empty, no inner whitespace. */
import { controlCharacterProblem, findControlCharacter } from '../security/secretText';
import type { SecretCheck } from './family';

export function checkPastedSecret(raw: string): SecretCheck {
  const secret = raw.trim();
  if (secret === '') return { ok: false, message: 'the secret is empty', textKey: 'secretEmpty' };
  const control = controlCharacterProblem(secret, 'the secret');
  const found = findControlCharacter(secret);
  if (control !== null && found !== null) {
    return { ok: false, message: control, ...(found.code === 'U+0000' ? { textKey: 'secretNul' } : { textKey: 'secretControl' }), textParams: { position: found.position, code: found.code } };
  }
  if (/\s/.test(secret)) return { ok: false, message: 'the secret contains whitespace (check the copy-paste)', textKey: 'secretWhitespace' };
  return { ok: true, secret };
}
