/**
 * Per family: inspect never throws on random strings, on mutated vector tokens, or on mutated
 * inflated payloads that are compressed again (so the mutation reaches the binary parsers
 * instead of stopping at zlib). Each run ends in exactly one known verdict.
 * FUZZ_RUNS raises the count.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { decodeBase64Strict, encodeBase64 } from '../../../src/shared/encoding/base64';
import { inflateZlibStrict, deflateZlib } from '../../../src/shared/encoding/zlib';
import { agoraAccessToken } from '../../../src/shared/families/agora-accesstoken';
import { agoraAccessToken2 } from '../../../src/shared/families/agora-accesstoken2';
import type { TokenFamily } from '../../../src/shared/families/family';
import { asInspection, asWide, baseInspection } from '../../../src/shared/families/support/wideInspection';
import { jwtGeneric } from '../../../src/shared/families/jwt-generic';
import { liveKitJwt } from '../../../src/shared/families/livekit-jwt';
import { twilioJwt } from '../../../src/shared/families/twilio-jwt';
import { tencentUserSigV2 } from '../../../src/shared/families/tencent-usersig-v2';
import { decodeUserSigText, encodeUserSigText } from '../../../src/shared/families/tencent-usersig-v2/format';
import { decodeBase64UrlStrict, encodeBase64Url } from '../../../src/shared/families/support/jwt';
import { VERDICTS } from '../../../src/shared/tokens/types';
import { loadFamilyVectors, vectorSecret } from '../../support/familyVectors';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 600);
const ALL_VERDICTS = [...VERDICTS, 'user_id_mismatch'];

interface Case {
  family: TokenFamily<unknown, unknown>;
  file: string;
  /** Token text → inflated bytes and back, for payload-level mutation. */
  unwrap: (token: string) => Uint8Array | null;
  wrap: (bytes: Uint8Array, original: string) => string;
}

const b64Body = (token: string, skip: number) => {
  const d = decodeBase64Strict(token.slice(skip));
  return d.ok ? d.bytes : null;
};

const cases: Case[] = [
  {
    family: agoraAccessToken2 as TokenFamily<unknown, unknown>,
    file: 'agora-accesstoken2.json',
    unwrap: (t) => {
      const z = b64Body(t, 3);
      const i = z ? inflateZlibStrict(z) : null;
      return i?.ok ? i.bytes : null;
    },
    wrap: (b) => '007' + encodeBase64(deflateZlib(b)),
  },
  {
    family: agoraAccessToken as TokenFamily<unknown, unknown>,
    file: 'agora-accesstoken.json',
    unwrap: (t) => b64Body(t, 35),
    wrap: (b, original) => original.slice(0, 35) + encodeBase64(b),
  },
  {
    family: tencentUserSigV2 as TokenFamily<unknown, unknown>,
    file: 'tencent-usersig-v2.json',
    unwrap: (t) => {
      const d = decodeUserSigText(t);
      const i = d.ok ? inflateZlibStrict(d.bytes) : null;
      return i?.ok ? i.bytes : null;
    },
    wrap: (b) => encodeUserSigText(deflateZlib(b)),
  },
  ...([
    [jwtGeneric, 'jwt-generic.json'],
    [liveKitJwt, 'livekit-jwt.json'],
    [twilioJwt, 'twilio-jwt.json'],
  ] as const).map(([family, file]): Case => ({
    family: family as TokenFamily<unknown, unknown>,
    file,
    unwrap: (t) => (t.split('.').length === 3 ? decodeBase64UrlStrict(t.split('.')[1] as string) : null),
    wrap: (b, original) => {
      const [h, , s] = original.split('.');
      return `${h}.${encodeBase64Url(b)}.${s}`;
    },
  })),
];

for (const c of cases) {
  const vectors = loadFamilyVectors(c.file).filter((v) => v.token.trim() !== '');
  const seeds = vectors.map((v) => ({ token: v.token.trim(), secret: vectorSecret(v), now: v.expect.now }));
  const payloads = seeds.map((s) => ({ ...s, bytes: c.unwrap(s.token) })).filter((s): s is typeof s & { bytes: Uint8Array } => s.bytes !== null);

  const judge = (token: string, secret: string | undefined, now: number) => {
    const out = asWide(c.family.inspect(asInspection(baseInspection(token)), { now, secret, expect: { appId: 'x', userId: 'u', channel: 'c', uid: '1' } }, nodeCryptoPort));
    expect(ALL_VERDICTS).toContain(out.verdict);
    expect(typeof out.reason).toBe('string');
    if (out.verdict === 'malformed') expect(out.offset).not.toBeNull();
  };

  describe(`fuzzing ${c.family.id}`, () => {
    it('survives arbitrary strings, with and without the prefix', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.option(fc.string({ maxLength: 70 })), (s, secret) => {
          judge(s, secret ?? undefined, 1_700_000_000);
          judge('007' + s, secret ?? undefined, 1_700_000_000);
          judge('006' + '0'.repeat(32) + s, secret ?? undefined, 1_700_000_000);
        }),
        { numRuns: RUNS },
      );
    });

    it('survives character mutations of the vector tokens', () => {
      fc.assert(
        fc.property(fc.constantFrom(...seeds), fc.nat(), fc.string({ maxLength: 3 }), fc.nat({ max: 3 }), (seed, at, insert, cut) => {
          const i = at % (seed.token.length + 1);
          judge(seed.token.slice(0, i) + insert + seed.token.slice(i + cut), seed.secret, seed.now);
        }),
        { numRuns: RUNS },
      );
    });

    it('survives byte mutations of the inflated payloads, compressed again', () => {
      fc.assert(
        fc.property(fc.constantFrom(...payloads), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }), fc.nat({ max: 8 }), (seed, edits, cut) => {
          const bytes = seed.bytes.slice(0, Math.max(0, seed.bytes.length - cut));
          for (const [at, value] of edits) if (bytes.length > 0) bytes[at % bytes.length] = value;
          judge(c.wrap(bytes, seed.token), seed.secret, seed.now);
        }),
        { numRuns: RUNS },
      );
    });
  });
}
