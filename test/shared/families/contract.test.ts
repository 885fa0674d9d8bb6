/**
 * Each new family keeps the TokenFamily contract: every preset mints a token that the family
 * detects and verifies as `valid` against `expectFor`; request errors point at a form field;
 * profiles check their secret without echoing it; detect never throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { agoraAccessToken } from '../../../src/shared/families/agora-accesstoken';
import { agoraAccessToken2 } from '../../../src/shared/families/agora-accesstoken2';
import type { TokenFamily } from '../../../src/shared/families/family';
import { asInspection, asWide, baseInspection } from '../../../src/shared/families/support/wideInspection';
import { jwtGeneric } from '../../../src/shared/families/jwt-generic';
import { liveKitJwt } from '../../../src/shared/families/livekit-jwt';
import { twilioJwt } from '../../../src/shared/families/twilio-jwt';
import { tencentUserSigV2 } from '../../../src/shared/families/tencent-usersig-v2';

const NOW_MS = 1_750_000_000_123;
const setups = [
  { family: agoraAccessToken2, credentials: { appId: '970CA35de60c44645bbae8a215061b33' }, secret: '5CFd2fd1755d40ecb72977518be15d3b' },
  { family: agoraAccessToken, credentials: { appId: '970CA35de60c44645bbae8a215061b33' }, secret: '5CFd2fd1755d40ecb72977518be15d3b' },
  { family: tencentUserSigV2, credentials: { sdkAppId: 1_400_000_001 }, secret: 'c21593727d34eafdc90794e8af7534b2bc52aad9ef93b777966f5a1ec432cc7e' },
  { family: jwtGeneric, credentials: { issuer: 'https://rtc.example' }, secret: '1Nn35aplrwlW9RJC2Y7upqf7npXA0t41Q0odKrPiX' },
  { family: liveKitJwt, credentials: { apiKey: 'APIo5sQyYNWrvKt' }, secret: '33FWyW2am0f6YCvPcD7VxzdlrUUEdo6w72vOJawYwT4' },
  { family: twilioJwt, credentials: { accountSid: 'ACc04c1682070ac1b5daf4eeb39e66ee5b', apiKeySid: 'SK3a9a50a9722a84c9716537ba1b7228f1' }, secret: 'CQj2ywbN4MNeGyK84GLIC5GnhxhnG3qH' },
] as unknown as { family: TokenFamily<unknown, unknown>; credentials: unknown; secret: string }[];

let counter = 0;
const randomBytes = (n: number) => Uint8Array.from({ length: n }, () => (counter = (counter * 31 + 7) & 0xff));

describe.each(setups)('$family.id', ({ family, credentials, secret }) => {
  it('has presets, lifecycle platforms, verify inputs and CLI flags', () => {
    expect(family.presets.length).toBeGreaterThan(0);
    expect(family.lifecycle.platforms.length).toBeGreaterThan(0);
    for (const f of family.generator.fields) expect(f.cliFlag).toMatch(/^--[a-z-]+$/);
    for (const v of family.verifyInputs) expect(v.cliFlag).toMatch(/^--[a-z-]+$/);
  });

  for (const preset of family.presets) {
    it(`preset ${preset.id} mints a token it detects and verifies as valid`, () => {
      const request = family.generator.requestSchema.parse(preset.request);
      const token = family.generator.mint(request, { credentials, secret, nowMs: NOW_MS, randomBytes, crypto: nodeCryptoPort });
      // jwt-generic leaves room above it for the vendor JWT families on the same text.
      expect(family.detect(token)).toBe({ 'jwt-generic': 0.5, 'livekit-jwt': 0.9 }[family.id] ?? 1);
      const out = asWide(family.inspect(asInspection(baseInspection(token)), { now: Math.floor(NOW_MS / 1000) + 5, secret, expect: family.generator.expectFor(request, credentials) }, nodeCryptoPort));
      expect(out.verdict, out.reason).toBe('valid');
      expect(out.format).toBe(family.id);
      const wrong = asWide(family.inspect(asInspection(baseInspection(token)), { now: Math.floor(NOW_MS / 1000) + 5, secret: secret.replace(/^./, (c) => (c === '0' ? '1' : '0')), expect: family.generator.expectFor(request, credentials) }, nodeCryptoPort));
      expect(wrong.verdict).toBe('wrong_secret_or_tampered');
    });
  }

  it('request errors name a form field', () => {
    const keys = new Set(family.generator.fields.map((f) => f.key));
    const result = family.generator.requestSchema.safeParse({ ttl: -1 });
    expect(result.success).toBe(false);
    if (!result.success) for (const issue of result.error.issues) expect(keys).toContain(String(issue.path[0]));
  });

  it('checks a secret without echoing it', () => {
    const bad = 'not-a-secret-value-xyz';
    const check = family.profile.checkSecret(bad);
    if (!check.ok) expect(check.message).not.toContain(bad);
    else expect(check.warning ?? '').not.toContain(bad);
    expect(family.profile.checkSecret(`  ${secret}\n`)).toMatchObject({ ok: true, secret });
  });

  it('detect never throws and stays within [0, 1]', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        const score = family.detect(s);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the Agora generator follows the CLI contract', () => {
  it('--version 006 from the 007 family mints a 006 token; chat tokens refuse 006', () => {
    const request = agoraAccessToken2.generator.requestSchema.parse({ service: 'rtc', channel: 'c1', uid: 42, ttl: 600, version: '006' });
    const token = agoraAccessToken2.generator.mint(request, { credentials: setups[0]!.credentials as { appId: string }, secret: setups[0]!.secret, nowMs: NOW_MS, randomBytes, crypto: nodeCryptoPort });
    expect(token.startsWith('006970CA35')).toBe(true);
    expect(agoraAccessToken2.generator.expectFor(request, { appId: 'x' })).toEqual({ appId: 'x', userId: '42', channel: 'c1', uid: '42' });
    expect(agoraAccessToken2.generator.requestSchema.safeParse({ service: 'chat-user', account: 'u', ttl: 60, version: '006' }).success).toBe(false);
  });

  it('needs a channel for RTC and refuses a uid together with an account', () => {
    const r1 = agoraAccessToken2.generator.requestSchema.safeParse({ service: 'rtc', uid: 1, ttl: 60 });
    expect(r1.success || r1.error.issues.map((i) => i.path[0])).toEqual(['channel']);
    const r2 = agoraAccessToken2.generator.requestSchema.safeParse({ service: 'rtc', channel: 'c', uid: 1, account: 'a', ttl: 60 });
    expect(r2.success || r2.error.issues.map((i) => i.path[0])).toEqual(['account']);
  });
});
