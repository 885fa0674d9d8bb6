/**
 * A bounds-checked cursor over bytes, little- or big-endian, for the binary token layouts
 * (Agora LE, Tencent PrivateMapKey BE). A read past the end throws `ShortRead` with the offset,
 * which the parsers turn into a `malformed` verdict that says where parsing stopped.
 */

export class ShortRead extends Error {
  constructor(
    readonly offset: number,
    readonly what: string,
  ) {
    super(`${what} runs past the end (at byte ${offset})`);
  }
}

export class ByteReader {
  pos = 0;

  constructor(
    readonly bytes: Uint8Array,
    private readonly littleEndian: boolean,
  ) {}

  get remaining(): number {
    return this.bytes.length - this.pos;
  }

  private need(n: number, what: string): void {
    if (this.pos + n > this.bytes.length) throw new ShortRead(this.pos, what);
  }

  u8(what: string): number {
    this.need(1, what);
    return this.bytes[this.pos++] as number;
  }

  u16(what: string): number {
    this.need(2, what);
    const a = this.bytes[this.pos] as number;
    const b = this.bytes[this.pos + 1] as number;
    this.pos += 2;
    return this.littleEndian ? a | (b << 8) : (a << 8) | b;
  }

  i16(what: string): number {
    const v = this.u16(what);
    return v >= 0x8000 ? v - 0x10000 : v;
  }

  u32(what: string): number {
    this.need(4, what);
    const b = this.bytes;
    const p = this.pos;
    this.pos += 4;
    const v = this.littleEndian
      ? (b[p] as number) | ((b[p + 1] as number) << 8) | ((b[p + 2] as number) << 16) | ((b[p + 3] as number) << 24)
      : ((b[p] as number) << 24) | ((b[p + 1] as number) << 16) | ((b[p + 2] as number) << 8) | (b[p + 3] as number);
    return v >>> 0;
  }

  take(n: number, what: string): Uint8Array {
    this.need(n, what);
    const out = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
}

/** A growable little/big-endian writer, the packers' counterpart of ByteReader. */
export class ByteWriter {
  private buf: Uint8Array;
  private len = 0;

  /** `capacity`: the bytes expected (it grows past them); a packer that knows its size allocates once. */
  constructor(
    private readonly littleEndian: boolean,
    capacity = 256,
  ) {
    this.buf = new Uint8Array(capacity);
  }

  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.len + n));
    bigger.set(this.buf.subarray(0, this.len));
    this.buf = bigger;
  }

  u8(v: number): this {
    this.room(1);
    this.buf[this.len++] = v & 0xff;
    return this;
  }

  u16(v: number): this {
    this.room(2);
    if (this.littleEndian) {
      this.buf[this.len++] = v & 0xff;
      this.buf[this.len++] = (v >>> 8) & 0xff;
    } else {
      this.buf[this.len++] = (v >>> 8) & 0xff;
      this.buf[this.len++] = v & 0xff;
    }
    return this;
  }

  u32(v: number): this {
    this.room(4);
    const x = v >>> 0;
    const b = this.buf;
    let at = this.len;
    if (this.littleEndian) {
      b[at++] = x & 0xff;
      b[at++] = (x >>> 8) & 0xff;
      b[at++] = (x >>> 16) & 0xff;
      b[at++] = x >>> 24;
    } else {
      b[at++] = x >>> 24;
      b[at++] = (x >>> 16) & 0xff;
      b[at++] = (x >>> 8) & 0xff;
      b[at++] = x & 0xff;
    }
    this.len = at;
    return this;
  }

  bytes(b: Uint8Array): this {
    this.room(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
    return this;
  }

  /** The bytes written: a view of the writer's buffer (no copy); write no more after taking it. */
  result(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }
}
