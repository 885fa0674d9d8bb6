/**
 * Tencent UserSig (TLSSigAPIv2) pieces: the changed base64 alphabet, the signed text, and the
 * PrivateMapKey userbuf (big-endian). Spec: README-tencent.md "Format spec".
 */
import type { CryptoPort } from '../../crypto/cryptoPort';
import { hmacWith, type PreparedKeys } from '../../crypto/preparedKeys';
import { base64DecodeTable, decodeBase64AlphabetCanonical, decodeBase64Canonical, decodeBase64Strict, encodeBase64, encodeBase64Alphabet } from '../../encoding/base64';
import { ByteWriter } from '../../encoding/byteReader';
import { toHex, utf8DecodeStrict, utf8Encode } from '../../encoding/bytes';

export type UserSigText =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; offset: number; problem: 'standard_alphabet' | 'base64url' | 'bad_character' | 'bad_length' | 'bad_padding' | 'not_canonical'; message: string; /** What words the message in the catalogue (reason.detail.<detailCode>); none for bad_padding, whose message varies. */ detail?: Readonly<Record<string, string | number>> };

const USERSIG_CHAR = /[A-Za-z0-9*\-_]/;
const USERSIG_TEXT = /^[A-Za-z0-9*\-_]*$/;

const USERSIG_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-';
/** 0–63 for UserSig characters, 64 for the "_" padding, 255 for anything else. */
const USERSIG_VALUE = base64DecodeTable(USERSIG_ALPHABET, '_');
const USERSIG_CODES = Uint8Array.from(USERSIG_ALPHABET, (c) => c.charCodeAt(0));

/**
 * The common case in one pass: text the rules below accept (alphabet, "_" padding only at the
 * end, length, canonical last character) decodes here; anything else returns null and goes
 * through the rules, which say what is wrong.
 */
function decodeUserSigFast(text: string): Uint8Array | null {
  return decodeBase64AlphabetCanonical(text, USERSIG_VALUE, 95);
}

/** usersig_b64 → bytes: strict alphabet `A–Z a–z 0–9 * -`, `_` padding, canonical. */
export function decodeUserSigText(text: string): UserSigText {
  const fast = decodeUserSigFast(text);
  if (fast !== null) return { ok: true, bytes: fast };
  const std = /[+/=]/.exec(text);
  if (std) return { ok: false, offset: std.index, problem: 'standard_alphabet', message: `"${std[0]}" at ${std.index} is standard base64, not the UserSig alphabet (* - _)`, detail: { detailCode: 'usersig_standard_alphabet', char: std[0], at: std.index } };
  const clean = USERSIG_TEXT.test(text); // one regex pass; the per-character loop only to say where
  for (let i = 0; !clean && i < text.length; i++) {
    if (!USERSIG_CHAR.test(text[i] as string)) return { ok: false, offset: i, problem: 'bad_character', message: `character ${JSON.stringify(text[i])} at ${i} is not in the UserSig alphabet`, detail: { detailCode: 'usersig_bad_character', char: JSON.stringify(text[i]), at: i } };
  }
  const firstPad = text.indexOf('_');
  if (firstPad !== -1 && (text.length - firstPad > 2 || /[^_]/.test(text.slice(firstPad)))) {
    return { ok: false, offset: firstPad, problem: 'base64url', message: `"_" at ${firstPad} is not at the end: in a UserSig "_" is only padding (in base64url it would be "/")`, detail: { detailCode: 'usersig_misplaced_padding', at: firstPad } };
  }
  if (text.length === 0 || text.length % 4 !== 0) return { ok: false, offset: text.length, problem: 'bad_length', message: `length ${text.length} is not a multiple of 4 (missing "_" padding or a truncated copy)`, detail: { detailCode: 'usersig_bad_length', length: text.length } };
  const std64 = text.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '=');
  const decoded = decodeBase64Strict(std64);
  if (!decoded.ok) return { ok: false, offset: decoded.offset, problem: 'bad_padding', message: decoded.message };
  if (encodeBase64(decoded.bytes) !== std64) return { ok: false, offset: text.length - 1, problem: 'not_canonical', message: 'the last character carries non-zero padding bits (not canonical base64)', detail: { detailCode: 'usersig_not_canonical' } };
  return { ok: true, bytes: decoded.bytes };
}

/** bytes → usersig_b64 (base64 with "*", "-" and "_" for "+", "/" and "="), in one pass. */
export function encodeUserSigText(bytes: Uint8Array): string {
  return encodeBase64Alphabet(bytes, USERSIG_CODES, 95);
}

/** Strict, canonical standard base64 ('' is the empty byte string). */
export function decodeCanonicalBase64(text: string): Uint8Array | null {
  if (text === '') return new Uint8Array(0);
  return decodeBase64Canonical(text);
}

export interface SignedFields {
  identifier: string;
  sdkappid: number;
  time: number;
  expire: number;
  /** The base64 text of the userbuf; null = no TLS.userbuf line. */
  userbuf: string | null;
}

export function signedContent(f: SignedFields): string {
  let s = `TLS.identifier:${f.identifier}\nTLS.sdkappid:${f.sdkappid}\nTLS.time:${f.time}\nTLS.expire:${f.expire}\n`;
  if (f.userbuf !== null) s += `TLS.userbuf:${f.userbuf}\n`;
  return s;
}

/** HMAC-SHA256 under the UTF-8 bytes of the secret as given (not hex-decoded). */
export function userSigHmac(secret: string, f: SignedFields, crypto: CryptoPort, prepared?: PreparedKeys): Uint8Array {
  return hmacWith(prepared, crypto, 'sha256', secret, signedContent(f)); // text: CryptoPort.hmac takes its UTF-8
}

export const PRIVILEGE_BITS = ['create', 'enter', 'sendAudio', 'recvAudio', 'sendVideo', 'recvVideo', 'sendSubVideo', 'recvSubVideo'] as const;

export interface PrivateMapKey {
  version: number;
  accountLength: number;
  account: string | null;
  accountHex: string;
  accountMatchesIdentifier: boolean;
  sdkappid: number;
  roomId: number;
  strRoomId: string | null;
  strRoomIdHex: string | null;
  expireAt: number;
  privilegeMap: number;
  privileges: Record<(typeof PRIVILEGE_BITS)[number], boolean>;
  unknownPrivilegeBits: number;
  accountType: number;
}

/** Why a userbuf is not a PrivateMapKey: the README's English and what words it in the catalogue (reason.detail.<detailCode>). */
class PmkError extends Error {
  constructor(
    message: string,
    readonly detail: Readonly<Record<string, string | number>>,
  ) {
    super(message);
  }
}

/** Big-endian reads of a userbuf; a read past the end is a PmkError in the README's words. */
class PmkReader {
  pos = 0;
  constructor(private readonly buf: Uint8Array) {}

  private need(n: number, what: string): void {
    if (this.pos + n > this.buf.length) {
      const have = this.buf.length - this.pos;
      throw new PmkError(`${what} runs past the end of userbuf (offset ${this.pos}, need ${n}, have ${have})`, { detailCode: 'pmk_past_end', field: what, offset: this.pos, need: n, have });
    }
  }

  u8(what: string): number {
    this.need(1, what);
    return this.buf[this.pos++] as number;
  }

  u16(what: string): number {
    this.need(2, what);
    const b = this.buf;
    const v = ((b[this.pos] as number) << 8) | (b[this.pos + 1] as number);
    this.pos += 2;
    return v;
  }

  u32(what: string): number {
    this.need(4, what);
    const b = this.buf;
    const p = this.pos;
    const v = (((b[p] as number) << 24) | ((b[p + 1] as number) << 16) | ((b[p + 2] as number) << 8) | (b[p + 3] as number)) >>> 0;
    this.pos += 4;
    return v;
  }

  take(n: number, what: string): Uint8Array {
    this.need(n, what);
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
}

/** Whether `bytes` are exactly the UTF-8 of `text`. */
function isUtf8Of(bytes: Uint8Array, text: string): boolean {
  const other = utf8Encode(text);
  if (other.length !== bytes.length) return false;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] !== other[i]) return false;
  return true;
}

/** Parses a userbuf as a PrivateMapKey, or says why it is not one (README wording). */
export function parsePrivateMapKey(buf: Uint8Array, identifier: string): { ok: true; pmk: PrivateMapKey } | { ok: false; error: string; detail: Readonly<Record<string, string | number>> } {
  const r = new PmkReader(buf);
  try {
    const version = r.u8('ver');
    if (version !== 0 && version !== 1) throw new PmkError(`unknown PrivateMapKey version ${version}`, { detailCode: 'pmk_unknown_version', version });
    const accountLength = r.u16('accountLen');
    const account = r.take(accountLength, 'account');
    const sdkappid = r.u32('sdkappid');
    const roomId = r.u32('roomId');
    const expireAt = r.u32('expireAt');
    const privilegeMap = r.u32('privilegeMap');
    const accountType = r.u32('accountType');
    let strRoom: Uint8Array | null = null;
    if (version === 1) strRoom = r.take(r.u16('strRoomIdLen'), 'strRoomId');
    if (r.pos !== buf.length) throw new PmkError(`trailing bytes after the PrivateMapKey (${buf.length - r.pos})`, { detailCode: 'pmk_trailing_bytes', bytes: buf.length - r.pos });
    const accountText = utf8DecodeStrict(account);
    const privileges = {} as PrivateMapKey['privileges'];
    for (let bit = 0; bit < PRIVILEGE_BITS.length; bit++) privileges[PRIVILEGE_BITS[bit] as (typeof PRIVILEGE_BITS)[number]] = (privilegeMap & (1 << bit)) !== 0;
    return {
      ok: true,
      pmk: {
        version,
        accountLength,
        account: accountText,
        accountHex: toHex(account),
        accountMatchesIdentifier: isUtf8Of(account, identifier),
        sdkappid,
        roomId,
        strRoomId: strRoom === null ? null : utf8DecodeStrict(strRoom),
        strRoomIdHex: strRoom === null ? null : toHex(strRoom),
        expireAt,
        privilegeMap,
        privileges,
        unknownPrivilegeBits: (privilegeMap & ~0xff) >>> 0,
        accountType,
      },
    };
  } catch (error) {
    if (error instanceof PmkError) return { ok: false, error: error.message, detail: error.detail };
    throw error;
  }
}

/** A PrivateMapKey as the official Go code packs it (account and string room as UTF-8). */
export function packPrivateMapKey(p: { account: string; sdkappid: number; roomId: number; strRoomId: string | null; expireAt: number; privilegeMap: number }): Uint8Array {
  const account = utf8Encode(p.account);
  const w = new ByteWriter(false, 23 + account.length).u8(p.strRoomId === null ? 0 : 1).u16(account.length).bytes(account);
  w.u32(p.sdkappid).u32(p.strRoomId === null ? p.roomId : 0).u32(p.expireAt).u32(p.privilegeMap).u32(0);
  if (p.strRoomId !== null) {
    const room = utf8Encode(p.strRoomId);
    w.u16(room.length).bytes(room);
  }
  return w.result();
}
