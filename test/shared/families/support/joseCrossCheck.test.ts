/**
 * The JWT families' minting and verifying, checked against jose (the library the vectors'
 * Node producers sign with): each token our generators mint is accepted by jose's jwtVerify
 * with the same key, and jose's CompactSign over the same header and claims bytes gives the
 * same compact token, byte for byte. Our engine keeps its own synchronous HMAC (jose signs and
 * verifies asynchronously through WebCrypto), so this is what ties the two together.
 */
import { CompactSign, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../../src/main/crypto/nodeCryptoPort';
import { utf8Encode } from '../../../../src/shared/encoding/bytes';
import type { TokenFamily } from '../../../../src/shared/families/family';
import { jwtGeneric } from '../../../../src/shared/families/jwt-generic';
import { liveKitJwt } from '../../../../src/shared/families/livekit-jwt';
import { decodeBase64UrlStrict } from '../../../../src/shared/families/support/jwt';
import { twilioJwt } from '../../../../src/shared/families/twilio-jwt';

const NOW_MS = 1_760_000_000_000;
const SECRET = 'jose-cross-check-secret-0123456789abcdef';

const CASES: Array<{ name: string; family: TokenFamily<unknown, unknown>; credentials: unknown; request: Record<string, unknown> }> = [
  { name: 'LiveKit join', family: liveKitJwt as TokenFamily<unknown, unknown>, credentials: { apiKey: 'APIjose' }, request: { identity: 'alice', room: 'standup', name: 'Alice', metadata: '{"a":1}', ttl: 600 } },
  { name: 'LiveKit admin + grant JSON', family: liveKitJwt as TokenFamily<unknown, unknown>, credentials: { apiKey: 'APIjose' }, request: { identity: '会议-用户', roomAdmin: true, grant: { canPublishSources: ['camera', 'microphone'] }, ttl: 3600 } },
  { name: 'Twilio video + chat + voice', family: twilioJwt as TokenFamily<unknown, unknown>, credentials: { accountSid: `AC${'1'.repeat(32)}`, apiKeySid: `SK${'2'.repeat(32)}` }, request: { identity: 'bob', videoRoom: 'Daily', chatServiceSid: `IS${'3'.repeat(32)}`, voiceOutgoingApplicationSid: `AP${'4'.repeat(32)}`, ttl: 3600 } },
  { name: 'JWT HS256', family: jwtGeneric as TokenFamily<unknown, unknown>, credentials: {}, request: { alg: 'HS256', sub: 'svc', ttl: 900, claims: { role: 'publisher', rooms: ['a', 'b'] } } },
  { name: 'JWT HS384', family: jwtGeneric as TokenFamily<unknown, unknown>, credentials: { issuer: 'rtc-backend' }, request: { alg: 'HS384', claims: { sub: 'x', exp: 1_760_003_600 } } },
  { name: 'JWT HS512', family: jwtGeneric as TokenFamily<unknown, unknown>, credentials: {}, request: { alg: 'HS512', sub: 'ü', ttl: 60, claims: {} } },
];

describe('jose agrees with our JWT minting', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s: jose verifies it and signs the same bytes', async (_name, c) => {
    const request = c.family.generator.requestSchema.parse(c.request);
    const token = c.family.generator.mint(request, { credentials: c.credentials, secret: SECRET, nowMs: NOW_MS, randomBytes: () => new Uint8Array(0), crypto: nodeCryptoPort });
    const key = utf8Encode(SECRET);
    const [headerPart, payloadPart] = token.split('.') as [string, string, string];
    const header = JSON.parse(new TextDecoder().decode(decodeBase64UrlStrict(headerPart)!)) as { alg: string };

    const verified = await jwtVerify(token, key, { currentDate: new Date(NOW_MS + 5000), algorithms: [header.alg] });
    expect(verified.protectedHeader.alg).toBe(header.alg);

    const josed = await new CompactSign(decodeBase64UrlStrict(payloadPart)!).setProtectedHeader(JSON.parse(new TextDecoder().decode(decodeBase64UrlStrict(headerPart)!))).sign(key);
    expect(josed).toBe(token);

    await expect(jwtVerify(token, utf8Encode(`${SECRET}x`), { currentDate: new Date(NOW_MS + 5000) })).rejects.toThrow();
  });
});
