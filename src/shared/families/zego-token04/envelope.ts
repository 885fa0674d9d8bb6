/**
 * The Token04 binary envelope: parse (with a byte map) and pack, for both layouts.
 *
 *   CBC: int64 expire | uint16 ivLen | iv(16)   | uint16 ctLen | ct                [| uint8 mode=0]
 *   GCM: int64 expire | uint16 ivLen | nonce(12)| uint16 ctLen | ct || tag(16)      | uint8 mode=1
 *
 * Parsing follows the decision rules of ../shared/vectors/README.md in order, and reports the
 * byte offset where it stopped so the inspector can point at the break.
 */
import { publicBytes } from '../../encoding/tokenBytes';
import type { ZegoLayout } from '../../tokens/types';

export const CBC_IV_LENGTH = 16;
export const GCM_NONCE_LENGTH = 12;
export const GCM_TAG_LENGTH = 16;

export interface ZegoEnvelope {
  layout: ZegoLayout;
  /** The unauthenticated outer expiry (epoch seconds). */
  expire: number;
  iv: Uint8Array;
  /** CBC: the ciphertext; GCM: ciphertext followed by the tag. */
  ciphertext: Uint8Array;
  /** The trailing mode byte, when present. */
  mode: number | null;
  /** Offsets of each field in the binary, for the byte map. */
  offsets: { ivLength: number; iv: number; ciphertextLength: number; ciphertext: number; mode: number | null };
}

export type EnvelopeResult =
  | { ok: true; envelope: ZegoEnvelope }
  | { ok: false; offset: number; reason: string; partial: Partial<Pick<ZegoEnvelope, 'expire'>>; /** What words `reason` in the catalogue (reason.detail.<detailCode>). */ detail: Readonly<Record<string, string | number>> };

function readUint16(bytes: Uint8Array, at: number): number {
  return ((bytes[at] as number) << 8) | (bytes[at + 1] as number);
}

function readUint32(bytes: Uint8Array, at: number): number {
  return (((bytes[at] as number) << 24) | ((bytes[at + 1] as number) << 16) | ((bytes[at + 2] as number) << 8) | (bytes[at + 3] as number)) >>> 0;
}

/** int64 big-endian; `null` when it does not fit a safe integer (no real expiry does). */
function readInt64(bytes: Uint8Array, at: number): number | null {
  const high = readUint32(bytes, at) | 0; // signed upper half
  const low = readUint32(bytes, at + 4);
  // |high| < 2^21 keeps high·2^32 + low within ±2^53.
  if (high >= 0x20_0000 || high < -0x20_0000) return null;
  return high * 0x1_0000_0000 + low;
}

function fail(offset: number, reason: string, detail: Readonly<Record<string, string | number>>, expire?: number): EnvelopeResult {
  return { ok: false, offset, reason, partial: expire === undefined ? {} : { expire }, detail };
}

export function parseZegoEnvelope(bytes: Uint8Array): EnvelopeResult {
  if (bytes.length === 0) return fail(0, 'no data after the version prefix "04"', { detailCode: 'zego_no_data' });
  if (bytes.length < 8) return fail(bytes.length, `the 8-byte expiry is cut short: only ${bytes.length} bytes`, { detailCode: 'zego_expiry_short', bytes: bytes.length });
  const expire = readInt64(bytes, 0);
  if (expire === null) return fail(0, 'the expiry field is outside any plausible time', { detailCode: 'zego_expiry_implausible' });
  if (bytes.length < 10) return fail(bytes.length, 'the IV length field is missing', { detailCode: 'zego_iv_length_missing' }, expire);
  const ivLength = readUint16(bytes, 8);
  const ivAt = 10;
  if (ivAt + ivLength > bytes.length) {
    return fail(8, `the IV length field says ${ivLength} but only ${bytes.length - ivAt} bytes follow`, { detailCode: 'zego_iv_length_over', length: ivLength, bytes: bytes.length - ivAt }, expire);
  }
  const ctLenAt = ivAt + ivLength;
  if (ctLenAt + 2 > bytes.length) return fail(bytes.length, 'the ciphertext length field is missing', { detailCode: 'zego_ct_length_missing' }, expire);
  const ctLength = readUint16(bytes, ctLenAt);
  const ctAt = ctLenAt + 2;
  if (ctAt + ctLength > bytes.length) {
    return fail(
      ctLenAt,
      `the ciphertext length field says ${ctLength} but only ${bytes.length - ctAt} bytes follow (token truncated?)`,
      { detailCode: 'zego_ct_length_over', length: ctLength, bytes: bytes.length - ctAt },
      expire,
    );
  }
  const after = bytes.length - (ctAt + ctLength);
  let layout: ZegoLayout;
  let mode: number | null = null;
  const modeAt = ctAt + ctLength;
  if (after === 0) layout = 'cbc';
  else if (after === 1) {
    mode = bytes[modeAt] as number;
    if (mode === 1) layout = 'gcm';
    else if (mode === 0) layout = 'cbc';
    else return fail(modeAt, `unknown encryption mode byte ${mode} (1 = GCM, 0 = CBC)`, { detailCode: 'zego_unknown_mode', mode }, expire);
  } else {
    return fail(modeAt, `${after} trailing bytes after the ciphertext`, { detailCode: 'zego_trailing_bytes', bytes: after }, expire);
  }
  const expectedIv = layout === 'gcm' ? GCM_NONCE_LENGTH : CBC_IV_LENGTH;
  if (ivLength !== expectedIv) {
    if (layout === 'cbc' && ivLength === GCM_NONCE_LENGTH) return fail(8, '12-byte nonce (GCM) but no mode byte', { detailCode: 'zego_gcm_nonce_no_mode' }, expire);
    return fail(8, `${layout.toUpperCase()} needs a ${expectedIv}-byte IV, this one is ${ivLength}`, { detailCode: 'zego_iv_length_wrong', layout: layout.toUpperCase(), expected: expectedIv, length: ivLength }, expire);
  }
  if (layout === 'cbc' && (ctLength === 0 || ctLength % 16 !== 0)) {
    return fail(ctLenAt, `CBC ciphertext length ${ctLength} is not a positive multiple of 16`, { detailCode: 'zego_cbc_length', length: ctLength }, expire);
  }
  if (layout === 'gcm' && ctLength < GCM_TAG_LENGTH) {
    return fail(ctLenAt, `GCM ciphertext and tag are ${ctLength} bytes, shorter than the 16-byte tag`, { detailCode: 'zego_gcm_short', length: ctLength }, expire);
  }
  return {
    ok: true,
    envelope: {
      layout,
      expire,
      iv: bytes.subarray(ivAt, ivAt + ivLength),
      ciphertext: bytes.subarray(ctAt, ctAt + ctLength),
      mode,
      offsets: { ivLength: 8, iv: ivAt, ciphertextLength: ctLenAt, ciphertext: ctAt, mode: mode === null ? null : modeAt },
    },
  };
}

export function packZegoEnvelope(layout: ZegoLayout, expire: number, iv: Uint8Array, ciphertext: Uint8Array): Uint8Array {
  const size = 8 + 2 + iv.length + 2 + ciphertext.length + (layout === 'gcm' ? 1 : 0);
  const out = publicBytes(size); // a token's bytes: public
  // Two 32-bit halves instead of a BigInt: exact for every safe integer, and much faster;
  // written byte by byte, which for one token is cheaper than making a DataView.
  const high = Math.floor(expire / 0x1_0000_0000) | 0;
  const low = expire >>> 0;
  out[0] = high >>> 24;
  out[1] = high >>> 16;
  out[2] = high >>> 8;
  out[3] = high;
  out[4] = low >>> 24;
  out[5] = low >>> 16;
  out[6] = low >>> 8;
  out[7] = low;
  out[8] = iv.length >>> 8;
  out[9] = iv.length;
  out.set(iv, 10);
  const ctLenAt = 10 + iv.length;
  out[ctLenAt] = ciphertext.length >>> 8;
  out[ctLenAt + 1] = ciphertext.length;
  out.set(ciphertext, ctLenAt + 2);
  if (layout === 'gcm') out[size - 1] = 1;
  return out;
}
