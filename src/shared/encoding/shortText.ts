/**
 * UTF-8 encoding for the short strings a token is made of (a secret, a plaintext of ~100
 * bytes), where TextEncoder's per-call cost outweighs the copying. Byte-identical to
 * `utf8Encode`: the ASCII loop writes what TextEncoder writes, anything else goes to it.
 */
import { utf8Encode } from './bytes';

/** Strings up to this many characters take the ASCII loop; above it TextEncoder is faster. */
const SHORT = 64;

/** The UTF-8 bytes of `text`; a fresh array each call (never shared, never kept). */
export function utf8EncodeShort(text: string): Uint8Array {
  const n = text.length;
  if (n > SHORT) return utf8Encode(text);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return utf8Encode(text);
    out[i] = c;
  }
  return out;
}
