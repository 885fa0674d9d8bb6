/**
 * Every vector of jwt-generic.json through the family: verdict, claims as `fields`, the header
 * (in the byte map), warnings; jose-made positives re-signed byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../../src/main/crypto/nodeCryptoPort';
import { jwtGeneric } from '../../../../src/shared/families/jwt-generic';
import { jwtKey, signCompact, type JwsAlg } from '../../../../src/shared/families/support/jwt';
import { asInspection, asWide, baseInspection } from '../../../../src/shared/families/support/wideInspection';
import { loadFamilyVectors, type FamilyVector } from '../../../support/familyVectors';

const vectors = loadFamilyVectors('jwt-generic.json');
const WARNING_CODES = new Set(['weak_key', 'twilio_alg_not_hs256', 'twilio_ttl_over_24h']);

/** The key as the family takes it: text, or "base64url:" + raw bytes. */
function secretOf(v: FamilyVector): string | undefined {
  const b = v.inputs['secretBase64url'];
  if (typeof b === 'string') return `base64url:${b}`;
  const s = v.inputs['secret'];
  return typeof s === 'string' ? s : undefined;
}

function judge(v: FamilyVector) {
  return asWide(
    jwtGeneric.inspect(
      asInspection(baseInspection(v.token)),
      { now: v.expect.now, skewSeconds: v.expect.clockSkewSeconds, secret: secretOf(v), expect: { appId: v.expect.expectedAppId as string | undefined, userId: v.expect.expectedUserId } },
      nodeCryptoPort,
    ),
  );
}

describe('jwt-generic vectors', () => {
  it('loads the public file', () => expect(vectors.length).toBe(51));

  for (const v of vectors) {
    it(`${v.id}: ${v.expect.verdict}`, () => {
      const out = judge(v);
      expect(out.format).toBe('jwt-generic');
      expect(out.verdict, out.reason).toBe(v.expect.verdict);
      expect(out.fields).toEqual(v.expect.fields ?? null);
      expect(out.trimmed).toBe(v.expect.trimmed ?? false);
      expect(out.diagnoses.filter((d) => d.severity === 'warning' && WARNING_CODES.has(d.code)).map((d) => d.code)).toEqual(v.expect.warnings ?? []);
      const header = (v.expect as { header?: unknown }).header;
      if (header !== undefined) expect(JSON.parse(out.segments.find((s) => s.name === 'header')!.value)).toEqual(header);
    });
  }
});

describe('jwt-generic signing is byte-identical to jose for the same header and claims', () => {
  for (const v of vectors.filter((x) => x.producer === 'official-npm-jose@6.2.18' && x.inputs['joseTime'] === undefined)) {
    it(v.id, () => {
      const key = jwtKey(secretOf(v)!)!;
      const header = JSON.stringify({ alg: v.inputs['alg'], ...(v.inputs['header'] as object) });
      expect(signCompact(v.inputs['alg'] as JwsAlg, key, header, JSON.stringify(v.inputs['claims']), nodeCryptoPort)).toBe(v.token);
    });
  }

  it('a minted token verifies against expectFor', () => {
    const request = jwtGeneric.generator.requestSchema.parse({ alg: 'HS384', sub: 'user-7', ttl: 600 });
    const secret = 'a-long-enough-secret-for-hs384-hmac-keys-0123456789';
    const token = jwtGeneric.generator.mint(request, { credentials: { issuer: 'https://rtc.example' }, secret, nowMs: 1_750_000_000_000, randomBytes: () => new Uint8Array(0), crypto: nodeCryptoPort });
    const out = asWide(jwtGeneric.inspect(asInspection(baseInspection(token)), { now: 1_750_000_010, secret, expect: jwtGeneric.generator.expectFor(request, { issuer: 'https://rtc.example' }) }, nodeCryptoPort));
    expect(out.verdict, out.reason).toBe('valid');
    expect(out.fields).toEqual({ iss: 'https://rtc.example', sub: 'user-7', iat: 1_750_000_000, exp: 1_750_000_600 });
  });
});
