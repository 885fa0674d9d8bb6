/**
 * Every vector of agora-accesstoken2.json through the family: verdict, fields and trimming as
 * README-agora.md's ordered rules give them; for positives, the inflated payload packed again
 * from the inputs (and from the parsed fields) byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../../src/main/crypto/nodeCryptoPort';
import { agoraAccessToken2 } from '../../../../src/shared/families/agora-accesstoken2';
import { packAccessToken2Payload, parseAccessToken2, type AccessToken2Content } from '../../../../src/shared/families/agora-accesstoken2/format';
import { contentFromBuilder, encodeAccessToken2 } from '../../../../src/shared/families/agora-accesstoken2/generate';
import { baseInspection } from '../../../../src/shared/families/support/wideInspection';
import { decodeBase64Strict } from '../../../../src/shared/encoding/base64';
import { fromHex, toHex } from '../../../../src/shared/encoding/bytes';
import { inflateZlibStrict } from '../../../../src/shared/encoding/zlib';
import { loadFamilyVectors, vectorSecret, type FamilyVector } from '../../../support/familyVectors';

const vectors = loadFamilyVectors('agora-accesstoken2.json');

function judge(v: FamilyVector) {
  const expect_ = v.expect;
  return agoraAccessToken2.inspect(
    baseInspection(v.token),
      {
        now: expect_.now,
        skewSeconds: expect_.clockSkewSeconds,
        secret: vectorSecret(v),
        expect: {
          appId: expect_.expectedAppId === undefined ? undefined : String(expect_.expectedAppId),
          userId: expect_.expectedUserId,
        },
      },
      nodeCryptoPort,
  );
}

describe('agora-accesstoken2 vectors', () => {
  it('loads the public file', () => expect(vectors.length).toBe(59));

  for (const v of vectors) {
    it(`${v.id}: ${v.expect.verdict}`, () => {
      const out = judge(v);
      expect(out.format).toBe('agora-accesstoken2');
      expect(out.verdict, out.reason).toBe(v.expect.verdict);
      expect(out.fields).toEqual(v.expect.fields ?? null);
      expect(out.trimmed).toBe(v.expect.trimmed ?? false);
      for (const warning of v.expect.warnings ?? []) expect(out.diagnoses.map((d) => d.message).join('\n')).toContain(warning);
    });
  }
});

const positives = vectors.filter((v) => v.mutation === undefined && v.expect.verdict === 'valid');
/** README-agora.md: the Node producers ran on node v20.20.2, bundled zlib 1.3.1 (other zlibs give other, equally valid bytes). */
const SAME_ZLIB_AS_NODE_PRODUCERS = process.versions.zlib.startsWith('1.3.1');

describe('agora-accesstoken2 packing is byte-identical to the official builders before compression', () => {
  for (const v of positives) {
    const inflatedHex = (v.decoded as { uncompressedHex: string }).uncompressedHex;
    const certificate = v.inputs['appCertificate'] as string;

    it(`${v.id}: parse → pack gives the same inflated bytes`, () => {
      const parsed = parseAccessToken2(fromHex(inflatedHex));
      if (!parsed.ok) throw new Error(parsed.reason);
      if (parsed.token.unknownServiceType !== null) return; // services after an unknown type are not parsed
      expect(toHex(packAccessToken2Payload(parsed.token, certificate, nodeCryptoPort))).toBe(inflatedHex);
    });

    const content: AccessToken2Content | null = contentFromBuilder(
      v.inputs['builder'] as string,
      v.inputs['args'] as Record<string, unknown>,
      { appId: v.inputs['appId'] as string, issueTs: v.inputs['issueTs'] as number, salt: v.inputs['salt'] as number },
    );
    if (content === null) continue;
    it(`${v.id}: the ${String(v.inputs['builder'])} builder model packs the official bytes`, () => {
      expect(toHex(packAccessToken2Payload(content, certificate, nodeCryptoPort))).toBe(inflatedHex);
    });
    // The Node producers compress with node:zlib 1.3.1 at level 6, as the node port does: the whole token matches.
    const nodeProducer = v.producer?.startsWith('official-nodejs') === true || v.producer?.startsWith('npm:agora-token') === true;
    if (nodeProducer) {
      it.runIf(SAME_ZLIB_AS_NODE_PRODUCERS)(`${v.id}: generated through the node port, the whole token is the official Node one`, () => {
        expect(encodeAccessToken2(content, certificate, nodeCryptoPort)).toBe(v.token.trim());
      });
    }
  }

  it('a token minted by the family inflates to what the builder packs, and verifies', () => {
    const v = positives.find((x) => x.inputs['builder'] === 'rtc.withUid')!;
    const token = agoraAccessToken2.generator.mint(
      { service: 'rtc', channel: 'lobby-42', uid: 1234567, role: 'subscriber', ttl: 3600, privilegeTtl: 3600, version: '007' },
      { credentials: { appId: v.inputs['appId'] as string }, secret: v.inputs['appCertificate'] as string, nowMs: (v.inputs['issueTs'] as number) * 1000 + 999, randomBytes: () => new Uint8Array([0x01, 0x0f, 0x42, 0x3f]), crypto: nodeCryptoPort },
    );
    const decoded = decodeBase64Strict(token.slice(3));
    if (!decoded.ok) throw new Error('bad base64');
    const inflated = inflateZlibStrict(decoded.bytes);
    if (!inflated.ok) throw new Error(inflated.message);
    const parsed = parseAccessToken2(inflated.bytes);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.token.issueTs).toBe(v.inputs['issueTs']);
    expect(parsed.token.services[0]).toMatchObject({ type: 1, channel: 'lobby-42', uid: '1234567', privileges: [[1, 3600]] });
    const out = (agoraAccessToken2.inspect(baseInspection(token), { now: parsed.token.issueTs + 10, secret: v.inputs['appCertificate'] as string, expect: { appId: v.inputs['appId'] as string, userId: '1234567' } }, nodeCryptoPort));
    expect(out.verdict).toBe('valid');
  });
});
