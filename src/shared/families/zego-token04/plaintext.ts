/**
 * The decrypted Token04 plaintext as every official generator writes it, read straight from
 * its bytes: `{"app_id":N,"user_id":"…","nonce":N,"ctime":N,"expire":N,"payload":"…"}`, in
 * that order, no whitespace, ASCII strings without escapes, integers of at most 15 digits.
 *
 * That is what JSON.parse and the field checks would make of those bytes, without the UTF-8
 * decoder, the parser and the intermediate object (about a sixth of a verification). Any
 * other text — escapes, non-ASCII, another key order, spaces, `null`, `1.0`, `-0`, a leading
 * zero, a longer number — returns null, and the caller takes the general path, which decides
 * it as before. test/shared/families/zego-token04/plaintext.test.ts checks both paths agree.
 */
import type { ZegoFields } from '../../tokens/types';
import { fixedJsonShape, readFixedJson } from '../support/fixedJson';

const OFFICIAL = fixedJsonShape([
  ['app_id', 'integer'],
  ['user_id', 'string'],
  ['nonce', 'integer'],
  ['ctime', 'integer'],
  ['expire', 'integer'],
  ['payload', 'string'],
]);

/** The six fields of the official plaintext, or null when the bytes are anything else. */
export function readOfficialPlaintext(bytes: Uint8Array): ZegoFields | null {
  const v = readFixedJson(bytes, OFFICIAL);
  if (v === null) return null;
  return {
    app_id: v[0] as number,
    user_id: v[1] as string,
    nonce: v[2] as number,
    ctime: v[3] as number,
    expire: v[4] as number,
    payload: v[5] as string,
  };
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
