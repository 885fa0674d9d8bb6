/**
 * Refuse control characters in a secret or token at entry, naming the position, not the value.
 *
 * libsecret stores C strings: a secret with a NUL is cut short there, and the stored profile
 * no longer matches its fingerprint (unusable until the secret is entered again). Other control
 * characters are never part of a real secret either — they come from a broken copy-paste —
 * so every entry point refuses them with a message that says where, without quoting anything.
 */

/** The first C0/C1 control character or DEL, as its 1-based position and U+XXXX code; null when none. */
export function findControlCharacter(text: string): { position: number; code: string } | null {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return { position: i + 1, code: `U+${c.toString(16).toUpperCase().padStart(4, '0')}` };
  }
  return null;
}

/** A sentence for the person, or null when `text` has no control character. `what`: "the secret", "the token". */
export function controlCharacterProblem(text: string, what: string): string | null {
  const found = findControlCharacter(text);
  if (found === null) return null;
  const name = found.code === 'U+0000' ? 'a NUL character' : `a control character (${found.code})`;
  return `${what} contains ${name} at position ${found.position}: secrets never do (check the copy-paste or the file); nothing was stored`;
}
