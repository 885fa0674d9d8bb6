/** Runs one JWT-family vector file through its family: the checks every JWT vector test shares. */
import { expect, it } from 'vitest';
import { nodeCryptoPort } from '../../src/main/crypto/nodeCryptoPort';
import type { TokenFamily } from '../../src/shared/families/family';
import { asInspection, asWide, baseInspection } from '../../src/shared/families/support/wideInspection';
import type { FamilyVector } from './familyVectors';

const WARNING_CODES = new Set(['weak_key', 'twilio_alg_not_hs256', 'twilio_ttl_over_24h']);

/** The key as the JWT families take it: text, or "base64url:" + raw bytes. */
export function jwtSecretOf(v: FamilyVector): string | undefined {
  const b = v.inputs['secretBase64url'];
  if (typeof b === 'string') return `base64url:${b}`;
  const s = v.inputs['secret'];
  return typeof s === 'string' ? s : undefined;
}

export function judgeJwt(family: TokenFamily<unknown, unknown>, v: FamilyVector) {
  const e = v.expect as FamilyVector['expect'] & { expectedAccountSid?: string };
  return asWide(
    family.inspect(
      asInspection(baseInspection(v.token)),
      { now: e.now, skewSeconds: e.clockSkewSeconds, secret: jwtSecretOf(v), expect: { appId: e.expectedAppId as string | undefined, userId: e.expectedUserId, accountSid: e.expectedAccountSid } },
      nodeCryptoPort,
    ),
  );
}

export function itJudgesEveryVector(family: TokenFamily<unknown, unknown>, vectors: FamilyVector[]): void {
  for (const v of vectors) {
    it(`${v.id}: ${v.expect.verdict}`, () => {
      const out = judgeJwt(family, v);
      expect(out.format).toBe(family.id);
      expect(out.verdict, out.reason).toBe(v.expect.verdict);
      expect(out.fields).toEqual(v.expect.fields ?? null);
      expect(out.trimmed).toBe(v.expect.trimmed ?? false);
      expect(out.diagnoses.filter((d) => d.severity === 'warning' && WARNING_CODES.has(d.code)).map((d) => d.code)).toEqual(v.expect.warnings ?? []);
      const header = (v.expect as { header?: unknown }).header;
      if (header !== undefined) expect(JSON.parse(out.segments.find((s) => s.name === 'header')!.value)).toEqual(header);
    });
  }
}
