/**
 * Every vector of tencent-usersig-v2.json through the family: verdict (or an acceptable one),
 * fields, PrivateMapKey expiry, trimming; positives regenerated: Node's JSON text byte for
 * byte, the others' signature and userbuf.
 */
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../../src/main/crypto/nodeCryptoPort';
import { fromHex } from '../../../../src/shared/encoding/bytes';
import { baseInspection } from '../../../../src/shared/families/support/wideInspection';
import { tencentUserSigV2 } from '../../../../src/shared/families/tencent-usersig-v2';
import { packPrivateMapKey } from '../../../../src/shared/families/tencent-usersig-v2/format';
import { encodeUserSig, userSigJson, type UserSigSpec } from '../../../../src/shared/families/tencent-usersig-v2/generate';
import { loadFamilyVectors, vectorSecret, type FamilyVector } from '../../../support/familyVectors';

const vectors = loadFamilyVectors('tencent-usersig-v2.json');

function judge(v: FamilyVector) {
  return tencentUserSigV2.inspect(
    baseInspection(v.token),
      {
        now: v.expect.now,
        skewSeconds: v.expect.clockSkewSeconds,
        secret: vectorSecret(v),
        expect: { appId: v.expect.expectedAppId === undefined ? undefined : String(v.expect.expectedAppId), userId: v.expect.expectedUserId },
      },
      nodeCryptoPort,
  );
}

describe('tencent-usersig-v2 vectors', () => {
  it('loads the public file', () => expect(vectors.length).toBe(59));

  for (const v of vectors) {
    it(`${v.id}: ${v.expect.verdict}`, () => {
      const out = judge(v);
      expect(out.format).toBe('tencent-usersig-v2');
      // The primary verdict; `acceptableVerdicts` only documents what lenient official decoders say.
      expect(out.verdict, out.reason).toBe(v.expect.verdict);
      expect(out.fields).toEqual(v.expect.fields ?? null);
      expect(out.trimmed).toBe(v.expect.trimmed ?? false);
      if (v.expect.privateMapKeyExpired !== undefined && v.expect.privateMapKeyExpired !== null) {
        expect(out.diagnoses.some((d) => d.code === 'private_map_key_expired')).toBe(v.expect.privateMapKeyExpired);
      }
      if (v.expect.privateMapKeyExpired === true) expect(out.reason.startsWith('privateMapKey expired')).toBe(true);
    });
  }

  it('names the changed base64 alphabet when a UserSig was re-encoded as standard base64', () => {
    const out = judge(vectors.find((v) => v.id.includes('standard-base64-alphabet'))!);
    expect(out.diagnoses.map((d) => d.code)).toContain('usersig_standard_alphabet');
  });
});

interface ClockRead {
  unix: number;
}

function specFromInputs(v: FamilyVector): UserSigSpec {
  const i = v.inputs;
  const reads = i['clockReads'] as ClockRead[];
  const time = (reads[reads.length - 1] as ClockRead).unix;
  let userbuf: Uint8Array | null = null;
  if (typeof i['userbufHex'] === 'string') userbuf = fromHex(i['userbufHex']);
  else if (i['privilegeMap'] !== undefined) {
    const strRoomId = typeof i['strRoomId'] === 'string' ? (i['strRoomId'] as string) : null;
    userbuf = packPrivateMapKey({
      account: i['userId'] as string,
      sdkappid: i['sdkappid'] as number,
      roomId: (i['roomId'] as number | undefined) ?? 0,
      strRoomId: strRoomId === '' ? null : strRoomId,
      expireAt: ((reads[0] as ClockRead).unix + (i['expire'] as number)) % 2 ** 32,
      privilegeMap: i['privilegeMap'] as number,
    });
  }
  return { sdkappid: i['sdkappid'] as number, identifier: i['userId'] as string, time, expire: i['expire'] as number, userbuf };
}

/** README-tencent.md: the Node producer ran on node v20.20.2, bundled zlib 1.3.1 (other zlibs give other, equally valid bytes). */
const SAME_ZLIB_AS_NODE_PRODUCER = process.versions.zlib.startsWith('1.3.1');
const asciiOnly = (s: string) => /^[\x20-\x7e]*$/.test(s);
const positives = vectors.filter((v) => v.mutation === undefined && v.expect.verdict === 'valid' && !v.variant?.startsWith('negative'));

describe('tencent-usersig-v2 generation matches the official code before compression', () => {
  for (const v of positives) {
    const pmkAscii = v.inputs['privilegeMap'] === undefined || asciiOnly(v.inputs['userId'] as string) || v.producer?.startsWith('official-go');
    const emptyStrRoom = v.inputs['strRoomId'] === '';
    if (!pmkAscii || (emptyStrRoom && v.producer?.startsWith('official-node'))) continue; // documented disagreements
    it(`${v.id}: same TLS.sig and TLS.userbuf${v.producer?.startsWith('official-node') ? ', same JSON text' : ''}`, () => {
      const json = userSigJson(specFromInputs(v), v.inputs['secret'] as string, nodeCryptoPort);
      const ours = JSON.parse(json) as Record<string, unknown>;
      const theirs = JSON.parse(v.plaintext as string) as Record<string, unknown>;
      expect(ours['TLS.sig']).toBe(theirs['TLS.sig']);
      expect(ours['TLS.userbuf']).toBe(theirs['TLS.userbuf']);
      if (v.producer?.startsWith('official-node')) expect(json).toBe(v.plaintext);
    });
    // Node's producer compresses with node:zlib 1.3.1 at level 6, as the node port does: the whole token matches.
    if (v.producer?.startsWith('official-node')) {
      it.runIf(SAME_ZLIB_AS_NODE_PRODUCER)(`${v.id}: generated through the node port, the whole token is the official Node one`, () => {
        expect(encodeUserSig(specFromInputs(v), v.inputs['secret'] as string, nodeCryptoPort)).toBe(v.token.trim());
      });
    }
  }

  it('a minted PrivateMapKey UserSig verifies and reads back its room and privileges', () => {
    const request = tencentUserSigV2.generator.requestSchema.parse({ userId: 'anchor_01', ttl: 300, roomId: 1234, privilegeMap: 42 });
    const credentials = { sdkAppId: 1_400_600_001 };
    const secret = 'c21593727d34eafdc90794e8af7534b2bc52aad9ef93b777966f5a1ec432cc7e';
    const token = tencentUserSigV2.generator.mint(request, { credentials, secret, nowMs: 1_747_960_266_500, randomBytes: () => new Uint8Array(0), crypto: nodeCryptoPort });
    const out = (tencentUserSigV2.inspect(baseInspection(token), { now: 1_747_960_300, secret, expect: tencentUserSigV2.generator.expectFor(request, credentials) }, nodeCryptoPort));
    expect(out.verdict, out.reason).toBe('valid');
    expect(out.fields?.['privateMapKey']).toMatchObject({ roomId: 1234, privilegeMap: 42, expireAt: 1_747_960_566, accountMatchesIdentifier: true });
  });
});
