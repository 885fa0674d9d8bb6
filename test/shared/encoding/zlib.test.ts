/** The strict, bounded zlib decoder: agrees with zlib on real streams, refuses what the token rules refuse. */
import { deflateSync, inflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { crc32 } from '../../../src/shared/encoding/crc32';
import { deflateZlib, inflateZlibStrict, MAX_INFLATED_BYTES } from '../../../src/shared/encoding/zlib';

describe('inflateZlibStrict', () => {
  it('inflates what zlib and fflate compress, at every level', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.integer({ min: 0, max: 9 }), fc.boolean(), (data, level, repetitive) => {
        const input = repetitive ? new Uint8Array(data.length * 3).map((_, i) => data[i % Math.max(1, data.length)] ?? 0) : data;
        for (const z of [deflateSync(input, { level }), deflateZlib(input, level as 6)]) {
          const r = inflateZlibStrict(new Uint8Array(z));
          expect(r.ok).toBe(true);
          if (r.ok) expect(Buffer.from(r.bytes).equals(Buffer.from(inflateSync(z)))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('stops a zip bomb at the cap instead of inflating it', () => {
    const bomb = deflateSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 }); // 64 MiB of zeros in ~64 KB
    const r = inflateZlibStrict(new Uint8Array(bomb));
    expect(r).toMatchObject({ ok: false, problem: 'too_large' });
    expect(MAX_INFLATED_BYTES).toBe(1 << 20);
  });

  it('refuses bytes after the stream, a truncated stream, a bad Adler-32 and raw deflate', () => {
    const z = new Uint8Array(deflateSync(Buffer.from('{"TLS.ver":"2.0"}')));
    expect(inflateZlibStrict(new Uint8Array([...z, 0]))).toMatchObject({ ok: false, problem: 'trailing', offset: z.length });
    expect(inflateZlibStrict(z.subarray(0, z.length - 6))).toMatchObject({ ok: false });
    const bad = z.slice();
    bad[bad.length - 1] = (bad[bad.length - 1] as number) ^ 1;
    expect(inflateZlibStrict(bad)).toMatchObject({ ok: false, problem: 'adler32' });
    expect(inflateZlibStrict(z.subarray(2, z.length - 4))).toMatchObject({ ok: false, problem: 'header' });
  });
});

describe('deflateZlib', () => {
  const json = new TextEncoder().encode('{"TLS.ver":"2.0","TLS.identifier":"bench_user","TLS.sdkappid":1400000000,"TLS.time":1750000000,"TLS.expire":86400}');

  it('compresses through the host port when it has one, at the level asked (node:zlib in the node port)', () => {
    for (const level of [0, 1, 6, 9] as const) {
      expect(Buffer.from(deflateZlib(json, level, nodeCryptoPort)).equals(deflateSync(json, { level }))).toBe(true);
    }
    // zlib's header names the level class: 78 01 stored/fastest, 78 9c default (the official code's 6).
    expect([...deflateZlib(json, 6, nodeCryptoPort).subarray(0, 2)]).toEqual([0x78, 0x9c]);
  });

  it('falls back to fflate without a host deflate, and both inflate strictly to the input, the same bytes every time', () => {
    for (const host of [undefined, {}, nodeCryptoPort]) {
      const z = deflateZlib(json, 6, host);
      expect(Buffer.from(deflateZlib(json, 6, host)).equals(Buffer.from(z))).toBe(true);
      const r = inflateZlibStrict(z);
      expect(r.ok && Buffer.from(r.bytes).equals(Buffer.from(json))).toBe(true);
    }
  });
});

describe('crc32', () => {
  it('is zlib\'s CRC-32 (the check value, the empty string, and the 006 fixture channel)', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    expect(crc32(new TextEncoder().encode('7d72365eb983485397e3e3f9d460bdda'))).toBe(276646071);
  });
});
