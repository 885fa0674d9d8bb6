/**
 * The decrypted Token04 plaintext as every official generator writes it, read straight from
 * its bytes: `{"app_id":N,"user_id":"…","nonce":N,"ctime":N,"expire":N,"payload":"…"}`, in
 * that order, no whitespace, ASCII strings without escapes, integers of at most 15 digits.
 *
 * That is what JSON.parse and the field checks would make of those bytes, without the UTF-8
 * decoder, the parser and the intermediate object (about a sixth of a verification). Any
 * other text — escapes, non-ASCII, another key order, spaces, `null`, `1.0`, `-0`, a leading
 * zero, a longer number — returns null, and the caller takes the general path, which decides
 * it as before. test/shared/families/zegoPlaintext.test.ts checks both paths agree.
 */
import type { ZegoFields } from '../../tokens/types';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** A number of at most this many digits is exact in a double, as JSON.parse reads it. */
const MAX_DIGITS = 15;

/** Reader state: the position after the last thing read, or -1 once the shape is broken. */
interface Cursor {
  at: number;
}

/** `key` (with its quotes, colon and any leading comma) at the cursor, as ASCII. */
function expect(bytes: Uint8Array, cursor: Cursor, text: string): boolean {
  const at = cursor.at;
  if (at + text.length > bytes.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  cursor.at = at + text.length;
  return true;
}

/** A JSON integer without sign ambiguity: `-?(0|[1-9][0-9]*)`, at most MAX_DIGITS digits, not -0; NaN otherwise. */
function integer(bytes: Uint8Array, cursor: Cursor): number {
  let at = cursor.at;
  const negative = bytes[at] === 0x2d;
  if (negative) at++;
  const first = at;
  let value = 0;
  while (at < bytes.length) {
    const d = (bytes[at] as number) - 0x30;
    if (d < 0 || d > 9) break;
    value = value * 10 + d;
    at++;
  }
  const digits = at - first;
  if (digits === 0 || digits > MAX_DIGITS) return NaN;
  if (bytes[first] === 0x30 && (digits > 1 || negative)) return NaN; // leading zero or -0: JSON.parse decides
  const next = bytes[at];
  if (next === 0x2e || next === 0x65 || next === 0x45) return NaN; // a fraction or exponent
  cursor.at = at;
  return negative ? -value : value;
}

/** A JSON string of printable ASCII without escapes, quotes included; null otherwise. */
function asciiString(bytes: Uint8Array, cursor: Cursor): string | null {
  let at = cursor.at;
  if (bytes[at] !== QUOTE) return null;
  at++;
  let text = '';
  while (at < bytes.length) {
    const b = bytes[at] as number;
    if (b === QUOTE) {
      cursor.at = at + 1;
      return text;
    }
    if (b < 0x20 || b > 0x7f || b === BACKSLASH) return null;
    text += String.fromCharCode(b);
    at++;
  }
  return null;
}

/** The six fields of the official plaintext, or null when the bytes are anything else. */
export function readOfficialPlaintext(bytes: Uint8Array): ZegoFields | null {
  const cursor: Cursor = { at: 0 };
  if (!expect(bytes, cursor, '{"app_id":')) return null;
  const appId = integer(bytes, cursor);
  if (Number.isNaN(appId) || !expect(bytes, cursor, ',"user_id":')) return null;
  const userId = asciiString(bytes, cursor);
  if (userId === null || !expect(bytes, cursor, ',"nonce":')) return null;
  const nonce = integer(bytes, cursor);
  if (Number.isNaN(nonce) || !expect(bytes, cursor, ',"ctime":')) return null;
  const ctime = integer(bytes, cursor);
  if (Number.isNaN(ctime) || !expect(bytes, cursor, ',"expire":')) return null;
  const expire = integer(bytes, cursor);
  if (Number.isNaN(expire) || !expect(bytes, cursor, ',"payload":')) return null;
  const payload = asciiString(bytes, cursor);
  if (payload === null || cursor.at !== bytes.length - 1 || bytes[cursor.at] !== 0x7d) return null;
  return { app_id: appId, user_id: userId, nonce, ctime, expire, payload };
}

/** `{"app_id":` — the bytes before the first value of the official plaintext. */
const APP_ID_AT = 10;

/**
 * What `jsonMembersInByteRange(bytes, 0, 16)` says of an official plaintext (one that
 * readOfficialPlaintext read), in the words the CBC first-block notes use: only app_id's value
 * starts inside the first block (user_id's starts at byte 22 at the earliest), whole when its
 * digits end by byte 16.
 */
export function officialFirstBlockFields(fields: ZegoFields, blockLength: number): string {
  return `app_id (${APP_ID_AT + String(fields.app_id).length <= blockLength ? 'in full' : 'partly'})`;
}
