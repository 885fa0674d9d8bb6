/**
 * HMAC-SHA256 with a prepared key (RFC 2104, FIPS 180-4), in plain TypeScript.
 *
 * A token's HMAC covers 100–400 bytes. For that size node:crypto's `createHmac` spends most of
 * its time on per-call setup (a KeyObject, a native Hmac, three crossings into C++) and hashes
 * the key's ipad and opad blocks again on every call. Here the key is absorbed once: the
 * prepared object keeps the SHA-256 states after the ipad and after the opad block (the
 * "midstates"), so one MAC costs the message's blocks plus one outer block, with no allocation
 * but the 32-byte result. `bench/families.bench.ts` measures it against `createHmac` in the
 * same run; `nodeCryptoPort.prepareHmac` uses it for SHA-256 only where it won there.
 *
 * The prepared object is the caller's, like Go's `hmac.New(sha256.New, key)`: nothing here is
 * kept between calls at module level. Its state holds key material, so it lives as long as the
 * caller keeps the object and no longer. The arithmetic is the same for every input of one
 * length (no branch or table index depends on the key or the data), and comparing a MAC
 * stays the caller's constant-time compare.
 */
import type { PreparedHmac } from './preparedKeys';

const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const IV = Int32Array.from([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);

/** One SHA-256 compression of the 16 words in w[0..15] into `state` (w[16..63] are overwritten). */
function compress(state: Int32Array, w: Int32Array): void {
  for (let t = 16; t < 64; t++) {
    const x = w[t - 15] as number;
    const y = w[t - 2] as number;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[t] = ((w[t - 16] as number) + s0 + (w[t - 7] as number) + s1) | 0;
  }
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  let e = state[4] as number;
  let f = state[5] as number;
  let g = state[6] as number;
  let h = state[7] as number;
  for (let t = 0; t < 64; t++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + S1 + ((e & f) ^ (~e & g)) + (K[t] as number) + (w[t] as number)) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = ((state[0] as number) + a) | 0;
  state[1] = ((state[1] as number) + b) | 0;
  state[2] = ((state[2] as number) + c) | 0;
  state[3] = ((state[3] as number) + d) | 0;
  state[4] = ((state[4] as number) + e) | 0;
  state[5] = ((state[5] as number) + f) | 0;
  state[6] = ((state[6] as number) + g) | 0;
  state[7] = ((state[7] as number) + h) | 0;
}

const encoder = new TextEncoder();
/** A prepared key's buffer for a string message's UTF-8: strings up to a third of this go through it. */
const TEXT_SCRATCH_BYTES = 1536;

/** SHA-256 of a 64-byte key block XOR `pad`, from the IV: a midstate. */
function padState(block: Uint8Array, pad: number, w: Int32Array): Int32Array {
  const state = Int32Array.from(IV);
  for (let i = 0; i < 16; i++) {
    const o = i * 4;
    w[i] = (((block[o] as number) ^ pad) << 24) | (((block[o + 1] as number) ^ pad) << 16) | (((block[o + 2] as number) ^ pad) << 8) | ((block[o + 3] as number) ^ pad);
  }
  compress(state, w);
  return state;
}

/**
 * A prepared HMAC-SHA256 key. `key` as in RFC 2104: longer than the 64-byte block → its
 * SHA-256 (passed in as `hashLongKey`, so this module needs no second SHA-256 entry point).
 */
export function prepareHmacSha256(key: Uint8Array, hashLongKey: (key: Uint8Array) => Uint8Array = sha256Bytes): PreparedHmac {
  const block = new Uint8Array(64);
  block.set(key.length > 64 ? hashLongKey(key) : key);
  const w = new Int32Array(64);
  const inner = padState(block, 0x36, w);
  const outer = padState(block, 0x5c, w);
  block.fill(0);
  w.fill(0);
  const state = new Int32Array(8);

  /** The inner digest (in `state`) through the outer midstate: the MAC. */
  function finish(): Uint8Array {
    // Inner digest → the outer block: 32 bytes, 0x80, zeros, the bit length of opad block + digest (768).
    for (let i = 0; i < 8; i++) w[i] = state[i] as number;
    w[8] = 0x80000000;
    for (let i = 9; i < 15; i++) w[i] = 0;
    w[15] = 768;
    state.set(outer);
    compress(state, w);
    const out = new Uint8Array(32);
    for (let i = 0; i < 8; i++) {
      const v = state[i] as number;
      out[i * 4] = v >>> 24;
      out[i * 4 + 1] = (v >>> 16) & 0xff;
      out[i * 4 + 2] = (v >>> 8) & 0xff;
      out[i * 4 + 3] = v & 0xff;
    }
    return out;
  }

  /** The inner hash's last block(s): the 0x80 already after the `rest` bytes in w, then the bit length of ipad block + `n` bytes. */
  function innerTail(n: number, rest: number): void {
    if (rest >= 56) {
      compress(state, w);
      for (let i = 0; i < 14; i++) w[i] = 0;
    }
    // The length in bits as a 64-bit big-endian number.
    const bits = (n + 64) * 8;
    w[14] = Math.floor(bits / 0x1_0000_0000);
    w[15] = bits | 0;
    compress(state, w);
  }

  /** The MAC of the first `n` bytes of `data`. */
  function macBytes(data: Uint8Array, n: number): Uint8Array {
    state.set(inner);
    const full = n - (n % 64);
    for (let at = 0; at < full; at += 64) {
      for (let i = 0; i < 16; i++) {
        const o = at + i * 4;
        w[i] = ((data[o] as number) << 24) | ((data[o + 1] as number) << 16) | ((data[o + 2] as number) << 8) | (data[o + 3] as number);
      }
      compress(state, w);
    }
    for (let i = 0; i < 16; i++) w[i] = 0;
    const rest = n - full;
    for (let i = 0; i < rest; i++) w[i >> 2] = (w[i >> 2] as number) | ((data[full + i] as number) << (24 - (i & 3) * 8));
    w[rest >> 2] = (w[rest >> 2] as number) | (0x80 << (24 - (rest & 3) * 8));
    innerTail(n, rest);
    return finish();
  }

  // A string's UTF-8 is written here by the host's encoder (one native call, faster than reading
  // it a code unit at a time), then hashed as bytes. It holds the message, never the key.
  const text = new Uint8Array(TEXT_SCRATCH_BYTES);

  return {
    algorithm: 'sha256',
    mac(data) {
      if (typeof data !== 'string') return macBytes(data, data.length);
      // Room for any string of this length (at most 3 bytes per UTF-16 code unit).
      if (data.length * 3 <= text.length) return macBytes(text, encoder.encodeInto(data, text).written);
      const bytes = encoder.encode(data);
      return macBytes(bytes, bytes.length);
    },
  };
}

/** Plain SHA-256 of a key longer than a block, from the same compression. */
function sha256Bytes(data: Uint8Array): Uint8Array {
  const w = new Int32Array(64);
  const state = Int32Array.from(IV);
  const n = data.length;
  const padded = new Uint8Array(Math.ceil((n + 9) / 64) * 64);
  padded.set(data);
  padded[n] = 0x80;
  const bits = n * 8;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bits / 0x1_0000_0000));
  view.setUint32(padded.length - 4, bits >>> 0);
  for (let at = 0; at < padded.length; at += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getInt32(at + i * 4);
    compress(state, w);
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) outView.setInt32(i * 4, state[i] as number);
  return out;
}
