/**
 * Strict standard base64 (RFC 4648 §4, with padding), as the vendors' servers produce it.
 *
 * Hand-written rather than atob/Buffer because the inspector must say *where* a token breaks
 * and whether it is base64url, and because src/shared runs in Node and in the renderer alike.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** 0–63 for alphabet characters, 64 for "=", 255 for anything else (all 65,536 code units). */
/**
 * A decoding table for a base64 alphabet: 0–63 for its characters, 64 for the padding
 * character, 255 for anything else, indexed by UTF-16 code unit (no range check on the hot path).
 */
export function base64DecodeTable(alphabet: string, pad: string): Uint8Array {
  const table = new Uint8Array(65_536).fill(255);
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  table[pad.charCodeAt(0)] = 64;
  return table;
}

const FAST = base64DecodeTable(ALPHABET, '=');

/** The common case in one pass: well-formed input in `table`'s alphabet decodes, anything else returns null. */
function decodeFast(text: string, table: Uint8Array, pad: number): Uint8Array | null {
  const n = text.length;
  if (n === 0 || n % 4 !== 0) return null;
  const pads = text.charCodeAt(n - 1) === pad ? (text.charCodeAt(n - 2) === pad ? 2 : 1) : 0;
  const out = new Uint8Array((n / 4) * 3 - pads);
  const full = n - (pads ? 4 : 0);
  let o = 0;
  for (let i = 0; i < full; i += 4) {
    const a = table[text.charCodeAt(i)] as number;
    const b = table[text.charCodeAt(i + 1)] as number;
    const c = table[text.charCodeAt(i + 2)] as number;
    const d = table[text.charCodeAt(i + 3)] as number;
    if ((a | b | c | d) > 63) return null;
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = v >> 16;
    out[o++] = (v >> 8) & 0xff;
    out[o++] = v & 0xff;
  }
  if (pads) {
    const a = table[text.charCodeAt(full)] as number;
    const b = table[text.charCodeAt(full + 1)] as number;
    const c = pads === 2 ? 0 : (table[text.charCodeAt(full + 2)] as number);
    if ((a | b | c) > 63) return null;
    const v = (a << 18) | (b << 12) | (c << 6);
    out[o++] = v >> 16;
    if (pads === 1) out[o++] = (v >> 8) & 0xff;
  }
  return out;
}

/**
 * Strict, canonical base64 in the alphabet of `table` (from base64DecodeTable) with `pad` as
 * the padding character's code: the bytes, or null for anything else (the last character's
 * unused bits must be zero). Tencent's UserSig text is one such alphabet.
 */
export function decodeBase64AlphabetCanonical(text: string, table: Uint8Array, pad: number): Uint8Array | null {
  const bytes = decodeFast(text, table, pad);
  if (bytes === null) return null;
  const n = text.length;
  if (text.charCodeAt(n - 1) !== pad) return bytes;
  // One pad: the third character's low 2 bits are unused; two: the second's low 4.
  const unused = text.charCodeAt(n - 2) === pad ? (table[text.charCodeAt(n - 3)] as number) & 15 : (table[text.charCodeAt(n - 2)] as number) & 3;
  return unused === 0 ? bytes : null;
}

/**
 * Strict standard base64 that is also canonical: what encodeBase64 of the bytes gives back
 * exactly (the last character's unused bits zero). null otherwise. Checks the bits instead of
 * encoding the bytes again.
 */
export function decodeBase64Canonical(text: string): Uint8Array | null {
  return decodeBase64AlphabetCanonical(text, FAST, 61);
}

export type Base64Problem = 'empty' | 'bad_character' | 'base64url_alphabet' | 'bad_length' | 'bad_padding';

export type Base64Result =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; problem: Base64Problem; /** index in the input text */ offset: number; message: string; /** What words the message in the catalogue (reason.detail.<detailCode>). */ detail?: Readonly<Record<string, string | number>> };

export function decodeBase64Strict(text: string): Base64Result {
  const fast = decodeFast(text, FAST, 61);
  if (fast !== null) return { ok: true, bytes: fast };
  return diagnoseBase64(text);
}

/** The slow path, for input the fast decoder refused: find the first problem and say where it is. */
function diagnoseBase64(text: string): Base64Result {
  const n = text.length;
  if (n === 0) return { ok: false, problem: 'empty', offset: 0, message: 'nothing to decode', detail: { detailCode: 'base64_empty' } };
  let urlAlphabetAt = -1;
  let firstPad = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 61 /* = */) {
      if (firstPad === -1) firstPad = i;
      continue;
    }
    if (firstPad !== -1) {
      return { ok: false, problem: 'bad_padding', offset: i, message: `data after "=" padding at character ${i}`, detail: { detailCode: 'base64_data_after_padding', at: i } };
    }
    if ((FAST[c] as number) > 63) {
      if ((c === 45 /* - */ || c === 95) /* _ */ && urlAlphabetAt === -1) {
        urlAlphabetAt = i;
        continue;
      }
      if (urlAlphabetAt !== -1 && (c === 45 || c === 95)) continue;
      return {
        ok: false,
        problem: 'bad_character',
        offset: i,
        message: `character ${JSON.stringify(text[i])} at ${i} is not standard base64`,
        detail: { detailCode: 'base64_bad_character', char: JSON.stringify(text[i]), at: i },
      };
    }
  }
  if (urlAlphabetAt !== -1) {
    return {
      ok: false,
      problem: 'base64url_alphabet',
      offset: urlAlphabetAt,
      message: `"${text[urlAlphabetAt]}" at ${urlAlphabetAt}: this is base64url; tokens use standard base64 ("+", "/" and "=" padding)`,
      detail: { detailCode: 'base64_url_alphabet', char: text[urlAlphabetAt] as string, at: urlAlphabetAt },
    };
  }
  if (n % 4 !== 0) {
    return {
      ok: false,
      problem: 'bad_length',
      offset: n,
      message: `length ${n} is not a multiple of 4 (missing "=" padding or a truncated copy)`,
      detail: { detailCode: 'base64_bad_length', length: n },
    };
  }
  const pads = firstPad === -1 ? 0 : n - firstPad;
  if (pads > 2) return { ok: false, problem: 'bad_padding', offset: firstPad, message: 'more than two "=" padding characters', detail: { detailCode: 'base64_too_much_padding' } };
  // Nothing above objected, so the fast decoder's refusal can only be a misplaced "=".
  return { ok: false, problem: 'bad_padding', offset: firstPad === -1 ? n : firstPad, message: 'misplaced "=" padding', detail: { detailCode: 'base64_misplaced_padding' } };
}

const ALPHABET_CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
// Base64 output is ASCII, which UTF-8 decodes as is (and faster than the latin1 decoder).
const asciiDecoder = new TextDecoder();
/**
 * The characters being written, before they become the string: reused, because past 64 bytes a
 * fresh typed array costs more to allocate than a token's encoding. Cleared after each call.
 */
const encodeScratch = new Uint8Array(4096);

/** Encodes into a byte buffer of ASCII codes, then one native decode: no per-character strings. */
export function encodeBase64(bytes: Uint8Array): string {
  return encodeBase64Alphabet(bytes, ALPHABET_CODES, 61);
}

/**
 * Base64 in another 64-character alphabet (`codes`: the ASCII code of each value) with `pad`
 * as the padding character's code: Tencent's UserSig text is one ("*", "-", and "_" for "=").
 */
export function encodeBase64Alphabet(bytes: Uint8Array, codes: Uint8Array, pad: number): string {
  const n = bytes.length;
  const length = Math.ceil(n / 3) * 4;
  const out = length <= encodeScratch.length ? encodeScratch : new Uint8Array(length);
  let o = 0;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out[o++] = codes[v >> 18] as number;
    out[o++] = codes[(v >> 12) & 63] as number;
    out[o++] = codes[(v >> 6) & 63] as number;
    out[o++] = codes[v & 63] as number;
  }
  if (i < n) {
    const v = ((bytes[i] as number) << 16) | (i + 1 < n ? (bytes[i + 1] as number) << 8 : 0);
    out[o++] = codes[v >> 18] as number;
    out[o++] = codes[(v >> 12) & 63] as number;
    out[o++] = i + 1 < n ? (codes[(v >> 6) & 63] as number) : pad;
    out[o++] = pad;
  }
  const text = asciiDecoder.decode(out.subarray(0, length));
  if (out === encodeScratch) out.fill(0, 0, length); // nothing of the input stays behind (a caller may encode a secret)
  return text;
}

/** The half-open character range of a base64 text that encodes bytes [offset, offset+length). */
export function base64CharRange(offset: number, length: number): { start: number; end: number } {
  const start = Math.floor((offset * 4) / 3);
  const end = Math.ceil(((offset + length) * 4) / 3);
  return { start, end };
}
