/**
 * Base64 for a token's own bytes, with the small arrays carved from a shared slab.
 *
 * A `new Uint8Array(n)` above 64 bytes gets its own off-heap backing store, and that costs
 * about 300 ns to make and more to collect — as much as the base64 work itself for a token
 * of ~140 bytes. Views into a 16 KB slab cost ~50 ns, as Node's Buffer pool does it.
 *
 * Only public bytes go here: a token's decoded bytes and the envelope being encoded into a
 * token, never a key or a plaintext — a view's `.buffer` is the whole slab, which holds
 * other tokens' bytes. A region is handed out once and never reused: when a slab is used up
 * a new one is made, and the old one is freed when its last view is.
 *
 * Same bytes and same text as `decodeBase64Strict` / `encodeBase64` (test/shared/encoding/tokenBytes.test.ts).
 */

import { utf8Encode } from './bytes';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** 0–63 for alphabet characters, 255 for anything else, over the 128 ASCII codes. */
const VALUE = new Uint8Array(128).fill(255);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;
const ALPHABET_CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const asciiDecoder = new TextDecoder();

const SLAB_BYTES = 16 * 1024;
/** Arrays above this get their own backing store (their cost is then small beside their size). */
const MAX_FROM_SLAB = 1024;
let slab = new Uint8Array(SLAB_BYTES);
let used = 0;

/** A zero-filled array of `length` public bytes, from the slab when small. */
export function publicBytes(length: number): Uint8Array {
  if (length > MAX_FROM_SLAB) return new Uint8Array(length);
  if (used + length > SLAB_BYTES) {
    slab = new Uint8Array(SLAB_BYTES);
    used = 0;
  }
  const view = slab.subarray(used, used + length);
  used += (length + 7) & ~7;
  return view;
}

/**
 * Well-formed standard base64 (padded, length a multiple of 4) decoded; null for anything
 * else, where `decodeBase64Strict` says what is wrong and where.
 *
 * `start`: decode `text` from that index on, as `decodeTokenBase64(text.slice(start))` would —
 * without the slice, whose characters read about half again as slowly (a ZEGO token's "04").
 */
export function decodeTokenBase64(text: string, start = 0): Uint8Array | null {
  const end = text.length;
  const n = end - start;
  if (n <= 0 || n % 4 !== 0) return null;
  const pads = text.charCodeAt(end - 1) === 61 ? (text.charCodeAt(end - 2) === 61 ? 2 : 1) : 0;
  const full = end - (pads ? 4 : 0);
  // A refused text (rare: the caller then asks decodeBase64Strict why) leaves its region unused.
  const out = publicBytes((n / 4) * 3 - pads);
  let o = 0;
  for (let i = start; i < full; i += 4) {
    const c0 = text.charCodeAt(i);
    const c1 = text.charCodeAt(i + 1);
    const c2 = text.charCodeAt(i + 2);
    const c3 = text.charCodeAt(i + 3);
    if ((c0 | c1 | c2 | c3) > 127) return null;
    const a = VALUE[c0] as number;
    const b = VALUE[c1] as number;
    const c = VALUE[c2] as number;
    const d = VALUE[c3] as number;
    if ((a | b | c | d) > 63) return null;
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    out[o] = v >> 16;
    out[o + 1] = (v >> 8) & 0xff;
    out[o + 2] = v & 0xff;
    o += 3;
  }
  if (pads) {
    const c0 = text.charCodeAt(full);
    const c1 = text.charCodeAt(full + 1);
    const c2 = pads === 2 ? 65 /* A */ : text.charCodeAt(full + 2);
    if ((c0 | c1 | c2) > 127) return null;
    const a = VALUE[c0] as number;
    const b = VALUE[c1] as number;
    const c = VALUE[c2] as number;
    if ((a | b | c) > 63) return null;
    const v = (a << 18) | (b << 12) | (c << 6);
    out[o++] = v >> 16;
    if (pads === 1) out[o] = (v >> 8) & 0xff;
  }
  return out;
}

/** Standard padded base64 of `bytes`, the text written through a slab array. */
export function encodeTokenBase64(bytes: Uint8Array): string {
  const n = bytes.length;
  const out = publicBytes(Math.ceil(n / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out[o] = ALPHABET_CODES[v >> 18] as number;
    out[o + 1] = ALPHABET_CODES[(v >> 12) & 63] as number;
    out[o + 2] = ALPHABET_CODES[(v >> 6) & 63] as number;
    out[o + 3] = ALPHABET_CODES[v & 63] as number;
    o += 4;
  }
  if (i < n) {
    const v = ((bytes[i] as number) << 16) | (i + 1 < n ? (bytes[i + 1] as number) << 8 : 0);
    out[o] = ALPHABET_CODES[v >> 18] as number;
    out[o + 1] = ALPHABET_CODES[(v >> 12) & 63] as number;
    out[o + 2] = i + 1 < n ? (ALPHABET_CODES[(v >> 6) & 63] as number) : 61;
    out[o + 3] = 61;
  }
  return asciiDecoder.decode(out);
}

/**
 * Base64 of the UTF-8 bytes of `text`, as `encodeBase64(utf8Encode(text))` writes it: for ASCII
 * text straight from its character codes (a token's JSON is ASCII), without the byte array.
 */
export function encodeTextBase64(text: string): string {
  const n = text.length;
  for (let i = 0; i < n; i++) if (text.charCodeAt(i) > 0x7f) return encodeTokenBase64(utf8Encode(text));
  const out = publicBytes(Math.ceil(n / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = (text.charCodeAt(i) << 16) | (text.charCodeAt(i + 1) << 8) | text.charCodeAt(i + 2);
    out[o] = ALPHABET_CODES[v >> 18] as number;
    out[o + 1] = ALPHABET_CODES[(v >> 12) & 63] as number;
    out[o + 2] = ALPHABET_CODES[(v >> 6) & 63] as number;
    out[o + 3] = ALPHABET_CODES[v & 63] as number;
    o += 4;
  }
  if (i < n) {
    const v = (text.charCodeAt(i) << 16) | (i + 1 < n ? text.charCodeAt(i + 1) << 8 : 0);
    out[o] = ALPHABET_CODES[v >> 18] as number;
    out[o + 1] = ALPHABET_CODES[(v >> 12) & 63] as number;
    out[o + 2] = i + 1 < n ? (ALPHABET_CODES[(v >> 6) & 63] as number) : 61;
    out[o + 3] = 61;
  }
  return asciiDecoder.decode(out);
}
