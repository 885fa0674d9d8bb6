/**
 * Strict, bounded zlib (RFC 1950) decoding, and zlib encoding through the host's zlib (the
 * CryptoPort's optional `deflate`) or, where the host offers none, fflate.
 *
 * Decoding is our own small inflater (after zlib's puff.c) rather than fflate's, because the
 * token rules need what fflate does not give: the Adler-32 checked, the exact byte where the
 * stream ends (bytes after it are `malformed`), the offset where a broken stream stops, and a
 * hard output cap that stops work at once (a zip bomb costs at most the cap, not 1 GB).
 */
import { zlibSync } from 'fflate';
import type { CryptoPort, ZlibLevel } from '../crypto/cryptoPort';

/** The token rules' cap on inflated output. */
export const MAX_INFLATED_BYTES = 1 << 20;

export type InflateResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; problem: 'header' | 'truncated' | 'corrupt' | 'adler32' | 'trailing' | 'too_large'; offset: number; message: string; /** What words the message in the catalogue (reason.detail.<detailCode>). */ detail?: Readonly<Record<string, string | number>> };

class InflateError extends Error {
  constructor(
    readonly problem: 'truncated' | 'corrupt' | 'too_large',
    readonly offset: number,
    message: string,
    /** What words the message in the catalogue (reason.detail.<detailCode>). */
    readonly detail: Readonly<Record<string, string | number>>,
  ) {
    super(message);
  }
}

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/**
 * A canonical Huffman code as puff keeps it (symbols per length, then symbols by code), plus
 * a lookup table for the common short codes: entry = symbol << 4 | length, 0 = longer. The
 * table is indexed by the low `mask` bits of the bit buffer: FAST_BITS of them, or fewer when
 * no code is that long (a small code fills a small table). A block's code lengths and its
 * three codes share one array (`data`: each table at `at`, its symbols from `symbolAt`), as
 * a typed-array allocation past a few dozen bytes costs more than building a token's tables.
 */
interface Huffman {
  count: Uint16Array;
  data: Uint16Array;
  /** Where the table starts in `data`. */
  at: number;
  symbolAt: number;
  mask: number;
}

const FAST_BITS = 9;

/** REVERSED[i]: the FAST_BITS-bit reversal of i (a code of `len` bits reverses to REVERSED[code] >> (FAST_BITS - len)). */
const REVERSED = new Uint16Array(1 << FAST_BITS);
for (let i = 0; i < 1 << FAST_BITS; i++) {
  let r = 0;
  for (let b = 0; b < FAST_BITS; b++) r |= ((i >> b) & 1) << (FAST_BITS - 1 - b);
  REVERSED[i] = r;
}

/** Room a code of n symbols takes in `data`: the largest table and its symbols. */
const room = (n: number) => (1 << FAST_BITS) + n;

/**
 * The code of `lengths[from, from + n)`, written into `data` from `at` (room(n) entries);
 * `left` < 0 over-subscribed, > 0 incomplete.
 */
function buildHuffman(lengths: Uint16Array, from: number, n: number, data: Uint16Array, at: number): { code: Huffman; left: number } {
  const count = new Uint16Array(16);
  let maxLen = 0;
  for (let s = from; s < from + n; s++) {
    const len = lengths[s] as number;
    count[len]!++;
    if (len > maxLen) maxLen = len;
  }
  const bits = maxLen === 0 ? 1 : Math.min(FAST_BITS, maxLen);
  const size = 1 << bits;
  const code: Huffman = { count, data, at, symbolAt: at + size, mask: size - 1 };
  let left = 1;
  for (let len = 1; len < 16; len++) {
    left = left * 2 - (count[len] as number);
    if (left < 0) return { code, left };
  }
  const offs = new Uint16Array(16);
  offs[1] = at + size;
  for (let len = 1; len < 15; len++) offs[len + 1] = (offs[len] as number) + (count[len] as number);
  for (let s = 0; s < n; s++) {
    const len = lengths[from + s] as number;
    if (len !== 0) data[offs[len]!++] = s;
  }
  // Canonical codes, bit-reversed (deflate sends them most significant bit first).
  let next = 0;
  let index = at + size;
  for (let len = 1; len <= bits; len++) {
    const step = 1 << len;
    for (let k = 0; k < (count[len] as number); k++, index++, next++) {
      const entry = ((data[index] as number) << 4) | len;
      for (let fill = (REVERSED[next] as number) >> (FAST_BITS - len); fill < size; fill += step) data[at + fill] = entry;
    }
    next <<= 1;
  }
  return { code, left };
}

const FIXED = (() => {
  const l = new Uint16Array(288);
  l.fill(8, 0, 144);
  l.fill(9, 144, 256);
  l.fill(7, 256, 280);
  l.fill(8, 280, 288);
  const d = new Uint16Array(30).fill(5);
  return { lit: buildHuffman(l, 0, 288, new Uint16Array(room(288)), 0).code, dist: buildHuffman(d, 0, 30, new Uint16Array(room(30)), 0).code };
})();

class Inflater {
  private pos: number;
  private bitBuf = 0;
  private bitCnt = 0;
  private out: Uint8Array;
  private outLen = 0;

  constructor(
    private readonly input: Uint8Array,
    start: number,
    private readonly limit: number,
  ) {
    this.pos = start;
    this.out = new Uint8Array(Math.min(limit, Math.max(256, input.length * 4)));
  }

  /** Byte offset just after the last byte of the stream consumed so far (its end once `run` returns). */
  get end(): number {
    // Whole bytes prefetched into the bit buffer were not part of the stream.
    return this.pos - (this.bitCnt >> 3);
  }

  private bits(need: number): number {
    let val = this.bitBuf;
    while (this.bitCnt < need) {
      if (this.pos >= this.input.length) throw new InflateError('truncated', this.pos, 'the deflate stream ends before its final block', { detailCode: 'inflate_no_final_block' });
      val |= (this.input[this.pos++] as number) << this.bitCnt;
      this.bitCnt += 8;
    }
    this.bitBuf = val >>> need;
    this.bitCnt -= need;
    return val & ((1 << need) - 1);
  }

  private emit(byte: number): void {
    if (this.outLen >= this.out.length) {
      if (this.outLen >= this.limit) throw new InflateError('too_large', this.pos, `the inflated data exceeds ${this.limit} bytes`, { detailCode: 'inflate_too_large', limit: this.limit });
      const bigger = new Uint8Array(Math.min(this.limit, this.out.length * 2));
      bigger.set(this.out);
      this.out = bigger;
    }
    this.out[this.outLen++] = byte;
  }

  private decode(h: Huffman): number {
    // Fast path: peek 9 bits when the input has them and the code is that short.
    while (this.bitCnt < FAST_BITS && this.pos < this.input.length) {
      this.bitBuf |= (this.input[this.pos++] as number) << this.bitCnt;
      this.bitCnt += 8;
    }
    if (this.bitCnt >= FAST_BITS) {
      const entry = h.data[h.at + (this.bitBuf & h.mask)] as number;
      if (entry !== 0) {
        const len = entry & 15;
        this.bitBuf >>>= len;
        this.bitCnt -= len;
        return entry >> 4;
      }
    }
    return this.decodeSlow(h);
  }

  private decodeSlow(h: Huffman): number {
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len < 16; len++) {
      code |= this.bits(1);
      const count = h.count[len] as number;
      if (code - count < first) return h.data[h.symbolAt + index + (code - first)] as number;
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    throw new InflateError('corrupt', this.pos, 'an invalid Huffman code', { detailCode: 'inflate_bad_code' });
  }

  private stored(): void {
    this.pos -= this.bitCnt >> 3; // give back prefetched whole bytes; drop the partial one
    this.bitBuf = 0;
    this.bitCnt = 0;
    if (this.pos + 4 > this.input.length) throw new InflateError('truncated', this.pos, 'a stored block header runs past the end', { detailCode: 'inflate_stored_header_short' });
    const i = this.input;
    const len = (i[this.pos] as number) | ((i[this.pos + 1] as number) << 8);
    const nlen = (i[this.pos + 2] as number) | ((i[this.pos + 3] as number) << 8);
    if (len !== (~nlen & 0xffff)) throw new InflateError('corrupt', this.pos, 'a stored block length does not match its complement', { detailCode: 'inflate_stored_length' });
    this.pos += 4;
    if (this.pos + len > i.length) throw new InflateError('truncated', this.pos, 'a stored block runs past the end', { detailCode: 'inflate_stored_short' });
    for (let k = 0; k < len; k++) this.emit(i[this.pos + k] as number);
    this.pos += len;
  }

  private codes(lit: Huffman, dist: Huffman): void {
    for (;;) {
      let sym = this.decode(lit);
      if (sym < 256) this.emit(sym);
      else if (sym === 256) return;
      else {
        sym -= 257;
        if (sym >= 29) throw new InflateError('corrupt', this.pos, 'an invalid length code', { detailCode: 'inflate_bad_length_code' });
        const len = (LENGTH_BASE[sym] as number) + this.bits(LENGTH_EXTRA[sym] as number);
        const dsym = this.decode(dist);
        if (dsym >= 30) throw new InflateError('corrupt', this.pos, 'an invalid distance code', { detailCode: 'inflate_bad_distance_code' });
        const d = (DIST_BASE[dsym] as number) + this.bits(DIST_EXTRA[dsym] as number);
        if (d > this.outLen) throw new InflateError('corrupt', this.pos, 'a distance reaches before the start of the data', { detailCode: 'inflate_distance_too_far' });
        for (let k = 0; k < len; k++) this.emit(this.out[this.outLen - d] as number);
      }
    }
  }

  private dynamic(): void {
    const nlen = this.bits(5) + 257;
    const ndist = this.bits(5) + 1;
    const ncode = this.bits(4) + 4;
    if (nlen > 286 || ndist > 30) throw new InflateError('corrupt', this.pos, 'too many length or distance codes', { detailCode: 'inflate_too_many_codes' });
    // One allocation for the block: its 320 code lengths, then the three codes.
    const data = new Uint16Array(320 + room(19) + room(286) + room(30));
    const lengths = data;
    for (let k = 0; k < ncode; k++) lengths[CODE_LENGTH_ORDER[k] as number] = this.bits(3);
    const lencode = buildHuffman(lengths, 0, 19, data, 320);
    if (lencode.left !== 0) throw new InflateError('corrupt', this.pos, 'an incomplete code-length code', { detailCode: 'inflate_incomplete_code_lengths' });
    lengths.fill(0, 0, 320);
    let index = 0;
    while (index < nlen + ndist) {
      let sym = this.decode(lencode.code);
      if (sym < 16) lengths[index++] = sym;
      else {
        let len = 0;
        if (sym === 16) {
          if (index === 0) throw new InflateError('corrupt', this.pos, 'a repeat with no previous length', { detailCode: 'inflate_repeat_without_length' });
          len = lengths[index - 1] as number;
          sym = 3 + this.bits(2);
        } else if (sym === 17) sym = 3 + this.bits(3);
        else sym = 11 + this.bits(7);
        if (index + sym > nlen + ndist) throw new InflateError('corrupt', this.pos, 'too many code lengths', { detailCode: 'inflate_too_many_lengths' });
        while (sym--) lengths[index++] = len;
      }
    }
    if (lengths[256] === 0) throw new InflateError('corrupt', this.pos, 'no end-of-block code', { detailCode: 'inflate_no_end_of_block' });
    const lit = buildHuffman(lengths, 0, nlen, data, 320 + room(19));
    if (lit.left < 0 || (lit.left > 0 && nlen - (lit.code.count[0] as number) !== 1)) throw new InflateError('corrupt', this.pos, 'an over-subscribed or incomplete literal code', { detailCode: 'inflate_bad_literal_code' });
    const dist = buildHuffman(lengths, nlen, ndist, data, 320 + room(19) + room(286));
    if (dist.left < 0 || (dist.left > 0 && ndist - (dist.code.count[0] as number) !== 1)) throw new InflateError('corrupt', this.pos, 'an over-subscribed or incomplete distance code', { detailCode: 'inflate_bad_distance_tree' });
    this.codes(lit.code, dist.code);
  }

  run(): Uint8Array {
    let last: number;
    do {
      last = this.bits(1);
      const type = this.bits(2);
      if (type === 0) this.stored();
      else if (type === 1) this.codes(FIXED.lit, FIXED.dist);
      else if (type === 2) this.dynamic();
      else throw new InflateError('corrupt', this.pos, 'an invalid block type', { detailCode: 'inflate_bad_block_type' });
    } while (!last);
    return this.out.subarray(0, this.outLen);
  }
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length; ) {
    const end = Math.min(i + 5552, bytes.length);
    for (; i < end; i++) {
      a += bytes[i] as number;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/**
 * One complete zlib stream and nothing after it: header, deflate data, big-endian Adler-32.
 * Offsets in failures count bytes of `data`.
 */
export function inflateZlibStrict(data: Uint8Array, limit = MAX_INFLATED_BYTES): InflateResult {
  if (data.length < 2) return { ok: false, problem: 'header', offset: 0, message: 'too short for a zlib header', detail: { detailCode: 'zlib_too_short' } };
  const cmf = data[0] as number;
  const flg = data[1] as number;
  if ((cmf & 0x0f) !== 8 || cmf >> 4 > 7 || ((cmf << 8) | flg) % 31 !== 0) {
    return { ok: false, problem: 'header', offset: 0, message: 'not a zlib header (raw deflate or other data)', detail: { detailCode: 'zlib_not_header' } };
  }
  if (flg & 0x20) return { ok: false, problem: 'header', offset: 1, message: 'the zlib stream asks for a preset dictionary', detail: { detailCode: 'zlib_preset_dictionary' } };
  const inflater = new Inflater(data, 2, limit);
  let bytes: Uint8Array;
  try {
    bytes = inflater.run();
  } catch (error) {
    if (error instanceof InflateError) return { ok: false, problem: error.problem, offset: error.offset, message: error.message, detail: error.detail };
    throw error;
  }
  const end = inflater.end;
  if (end + 4 > data.length) return { ok: false, problem: 'truncated', offset: end, message: 'the Adler-32 checksum is missing (truncated)', detail: { detailCode: 'zlib_adler_missing' } };
  const stored = (((data[end] as number) << 24) | ((data[end + 1] as number) << 16) | ((data[end + 2] as number) << 8) | (data[end + 3] as number)) >>> 0;
  if (stored !== adler32(bytes)) return { ok: false, problem: 'adler32', offset: end, message: 'the Adler-32 checksum does not match the data', detail: { detailCode: 'zlib_adler_mismatch' } };
  if (end + 4 !== data.length) {
    return { ok: false, problem: 'trailing', offset: end + 4, message: `${data.length - end - 4} bytes after the end of the zlib stream`, detail: { detailCode: 'zlib_trailing', bytes: data.length - end - 4 } };
  }
  return { ok: true, bytes };
}

/**
 * zlib-compress at the official code's level (6, zlib's default in the Python, Node and C++
 * SDKs) through the host's zlib when `host` has one, else fflate. Both are deterministic; their
 * bytes differ from each other (as zlib versions differ among themselves), the content does not.
 */
export function deflateZlib(data: Uint8Array, level: ZlibLevel = 6, host?: Pick<CryptoPort, 'deflate'>): Uint8Array {
  return host?.deflate ? host.deflate(data, level) : zlibSync(data, { level });
}
