/**
 * The 006 content written in one array (packSignedContent, and through encodeAccessToken's
 * reused buffer) is the layout of README-agora.md byte for byte: checked against the same
 * layout built with node's Buffer and createHmac, for privileges in any order, values at the
 * u16 / u32 edges, non-ASCII channels and several tokens in a row.
 */
import { createHmac } from 'node:crypto';
import { crc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../../src/main/crypto/nodeCryptoPort';
import { PreparedKeys } from '../../../../src/shared/crypto/preparedKeys';
import { packSignedContent } from '../../../../src/shared/families/agora-accesstoken/format';
import { encodeAccessToken, packAccessTokenSpec, type AccessTokenSpec } from '../../../../src/shared/families/agora-accesstoken/generate';

const APP = '970CA35de60c44645bbae8a215061b33';
const CERT = '5CFd2fd1755d40ecb72977518be15d3b';

function reference(spec: AccessTokenSpec): Buffer {
  const privileges = [...spec.privileges].sort((a, b) => a[0] - b[0]);
  const message = Buffer.alloc(10 + 6 * privileges.length);
  message.writeUInt32LE(spec.salt >>> 0, 0);
  message.writeUInt32LE(spec.ts >>> 0, 4);
  message.writeUInt16LE(privileges.length, 8);
  privileges.forEach(([id, ts], i) => {
    message.writeUInt16LE(id, 10 + 6 * i);
    message.writeUInt32LE(ts >>> 0, 12 + 6 * i);
  });
  const signature = createHmac('sha256', CERT).update(Buffer.concat([Buffer.from(spec.appId + spec.channel + spec.uid), message])).digest();
  const head = Buffer.alloc(12);
  head.writeUInt32LE(crc32(spec.channel), 0);
  head.writeUInt32LE(crc32(spec.uid), 4);
  head.writeUInt16LE(message.length, 8);
  return Buffer.concat([Buffer.from([32, 0]), signature, head.subarray(0, 10), message]);
}

const specs = fc.record({
  appId: fc.constant(APP),
  salt: fc.integer({ min: 0, max: 0xffff_ffff }),
  ts: fc.integer({ min: 0, max: 0xffff_ffff }),
  channel: fc.oneof(fc.string({ maxLength: 64 }), fc.constantFrom('bench-channel', '频道', '😀 room')),
  uid: fc.oneof(fc.constant(''), fc.integer({ min: 1, max: 0xffff_ffff }).map(String), fc.string({ maxLength: 20 })),
  privileges: fc.array(fc.tuple(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0, max: 0xffff_ffff })), { maxLength: 20 }),
});

describe('packSignedContent', () => {
  it('writes the reference layout, with and without prepared keys, into a reused buffer or a new one', () => {
    const prepared = new PreparedKeys();
    const reused = new Uint8Array(1024);
    fc.assert(
      fc.property(specs, (spec) => {
        const want = reference(spec);
        const crcs = [crc32(spec.channel), crc32(spec.uid)] as const;
        expect(Buffer.from(packAccessTokenSpec(spec, CERT, nodeCryptoPort)).equals(want)).toBe(true);
        expect(Buffer.from(packSignedContent(spec, CERT, spec.appId, spec.channel, spec.uid, ...crcs, nodeCryptoPort, prepared, reused)).equals(want)).toBe(true);
        expect(encodeAccessToken(spec, CERT, nodeCryptoPort, prepared)).toBe('006' + APP + want.toString('base64'));
      }),
      { numRuns: 400 },
    );
  });

  it('leaves a too-small buffer alone and returns a new array', () => {
    const small = new Uint8Array(10);
    const spec: AccessTokenSpec = { appId: APP, salt: 1, ts: 2, channel: 'c', uid: '7', privileges: [[1, 5]] };
    const out = packSignedContent(spec, CERT, APP, 'c', '7', crc32('c'), crc32('7'), nodeCryptoPort, undefined, small);
    expect(out.buffer).not.toBe(small.buffer);
    expect(small.every((b) => b === 0)).toBe(true);
    expect(Buffer.from(out).equals(reference(spec))).toBe(true);
  });
});
