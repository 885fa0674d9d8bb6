/** A plain JWS/JWT signed with HS256/384/512, as other RTC backends use them (RFC 7515/7519). */
import { z } from 'zod';
import { TokenLabError } from '../../errors';
import type { Preset, TokenFamily } from '../family';
import { jwtKey, jwtKeyInput, signCompact, type JwsAlg } from '../support/jwt';
import { carryingReads, DetectionReads } from '../support/detectionReads';
import { JWT_GENERIC_ID, inspectJwtGeneric } from './inspect';
import { jwtGenericLifecycle } from './lifecycle';

export interface JwtGenericCredentials {
  issuer?: string;
}

export const jwtGenericRequestSchema = z.object({
  alg: z.enum(['HS256', 'HS384', 'HS512']).default('HS256'),
  sub: z.string().min(1).optional(),
  ttl: z.number().int().min(1).max(10 * 365 * 86_400).optional(),
  claims: z.record(z.string(), z.unknown()).default({}),
});
export type JwtGenericRequest = z.output<typeof jwtGenericRequestSchema>;

/** Header and claims as jose's SignJWT writes them: {"alg","typ"}, then the claims, iat/exp last. */
export function jwtGenericJson(r: JwtGenericRequest, issuer: string | undefined, now: number): { header: string; payload: string } {
  // Object.assign, not a spread: the same own properties in the same order, but a spread's copy turns slow once properties are added to it (~1.5 µs a token).
  const claims: Record<string, unknown> = Object.assign({}, r.claims);
  if (issuer !== undefined && !('iss' in claims)) claims['iss'] = issuer;
  if (r.sub !== undefined) claims['sub'] = r.sub;
  if (r.ttl !== undefined) {
    claims['iat'] = now;
    claims['exp'] = now + r.ttl;
  }
  return { header: JSON.stringify({ alg: r.alg, typ: 'JWT' }), payload: JSON.stringify(claims) };
}

/** How sure the text is an HMAC JWT (see TokenFamily.detect). */
function detectJwt(token: string): number {
  // Without a dot only the "Bearer eyJ…" form can match: the patterns below need two.
  if (!token.includes('.')) return /^bearer\s+eyJ/i.test(token) ? 0.3 : 0;
  const jws = /^eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_=+/-]*\.[A-Za-z0-9_=+/-]*$/;
  if (jws.test(token)) return 0.5; // vendor JWT families score higher on their own claims
  if (/^bearer\s+eyJ/i.test(token) || /^eyJ[^.]*\.[^.]*\.[^.]*/.test(token)) return 0.3;
  return 0;
}

const presets: readonly Preset<JwtGenericRequest>[] = [
  { id: 'jwt-hs256-1h', label: 'HS256, 1 h', request: { alg: 'HS256', sub: 'user-1', ttl: 3600, claims: {} } },
  { id: 'jwt-hs512-24h', label: 'HS512, 24 h', request: { alg: 'HS512', sub: 'user-1', ttl: 86_400, claims: {} } },
];

export const jwtGeneric: TokenFamily<JwtGenericCredentials, JwtGenericRequest> = {
  id: JWT_GENERIC_ID,
  label: 'JWT (HS256/384/512)',
  vendor: 'RFC 7519',
  cliNames: ['jwt'],
  maxConfidence: 0.5,
  detect: detectJwt,
  // The claims as the vendor families' detection decoded them, for the inspection.
  detectCarrying: carryingReads(detectJwt),
  inspect: (base, options, crypto, carried) => inspectJwtGeneric(base, options, crypto, carried instanceof DetectionReads ? carried : undefined),
  verifyInputs: [
    { key: 'appId', label: 'Issuer (iss)', cliFlag: '--app-id', help: 'The iss the token must carry.' },
    { key: 'userId', label: 'Subject (sub)', cliFlag: '--user-id' },
  ],
  profile: {
    identifiers: [{ key: 'issuer', label: 'Issuer (iss)', kind: 'text', required: false, cliFlag: '--app-id' }],
    credentialsSchema: z.object({ issuer: z.string().min(1).optional() }),
    secretLabel: 'HMAC key (text, or base64url:… for raw bytes)',
    checkSecret(raw) {
      const secret = raw.trim();
      const key = jwtKey(secret);
      if (key === null) return { ok: false, message: 'The text after "base64url:" is not base64url.', textKey: 'jwtKeyNotBase64url' };
      if (key.length === 0) return { ok: false, message: 'The HMAC key is empty.', textKey: 'jwtKeyEmpty' };
      return key.length < 32 ? { ok: true, secret, warning: `The key is ${key.length} bytes; HS256 wants at least 32 (RFC 7518 §3.2).`, warningKey: 'jwtKeyShort', warningParams: { bytes: key.length } } : { ok: true, secret };
    },
    expectFrom: (c) => (c.issuer === undefined ? {} : { appId: c.issuer }),
    describe: (c) => (c.issuer === undefined ? 'JWT (no issuer)' : `iss ${c.issuer}`),
  },
  generator: {
    fields: [
      { key: 'alg', label: 'Algorithm', kind: 'select', options: ['HS256', 'HS384', 'HS512'].map((v) => ({ value: v, label: v })), required: false, cliFlag: '--alg', defaultValue: 'HS256' },
      { key: 'sub', label: 'Subject (sub)', kind: 'text', required: false, cliFlag: '--user-id' },
      { key: 'ttl', label: 'Lifetime', kind: 'duration', required: false, cliFlag: '--ttl', defaultValue: 3600 },
      { key: 'claims', label: 'Other claims (JSON object)', kind: 'json', required: false, cliFlag: '--claims' },
    ],
    requestSchema: jwtGenericRequestSchema,
    mint(request, ctx) {
      // The key as jwtKey reads it: a text secret stays text (CryptoPort.hmac takes its UTF-8), not encoded per token.
      const key = jwtKeyInput(ctx.secret);
      if (key === null || key.length === 0) throw new TokenLabError('INVALID_INPUT', 'the HMAC key is empty or not base64url');
      const { header, payload } = jwtGenericJson(request, ctx.credentials.issuer, Math.floor(ctx.nowMs / 1000));
      return signCompact(request.alg as JwsAlg, key.key, header, payload, ctx.crypto, ctx.prepared);
    },
    expectFor: (request, credentials) => ({ ...(credentials.issuer === undefined ? {} : { appId: credentials.issuer }), ...(request.sub === undefined ? {} : { userId: request.sub }) }),
  },
  lifecycle: jwtGenericLifecycle,
  presets,
  tokenName: 'A JWT',
  userOf: (inspection) => {
    const user = inspection.fields?.['sub'];
    return typeof user === 'string' && user !== '' ? user : null;
  },
};
