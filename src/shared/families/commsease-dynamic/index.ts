/**
 * NetEase CommsEase (YunXin IM): dynamic tokens, and the profile its static-token, server-API
 * and callback features share (the AppKey, the AppSecret, the server API base).
 */
import { z } from 'zod';
import { isoUtc } from '../../time/humanize';
import type { Preset, TokenFamily } from '../family';
import { checkPastedSecret } from '../secretText';
import { generateCommsEaseToken } from './dynamicToken';
import { COMMSEASE_FAMILY_ID, detectCommsEase, inspectCommsEase } from './inspectCommsEase';
import { COMMSEASE_DYNAMIC_RULES, COMMSEASE_STATIC_RULES } from './lifecycle';

export { COMMSEASE_FAMILY_ID } from './inspectCommsEase';

export const DEFAULT_COMMSEASE_API_BASE = 'https://api.netease.im/nimserver';

/** CommsEase app keys are 32 hex characters in the console; accept any short token-like string. */
export const commsEaseAppKeySchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'an app key is 1–64 letters, digits, "-" or "_"');

/** The CommsEase server API base (https only: the CheckSum headers must not travel in clear). */
export const commsEaseApiBaseSchema = z
  .string()
  .trim()
  .max(512)
  .refine((value) => {
    try {
      const url = new URL(value);
      // No "?" or "#": endpoint paths are appended to the base, which would land inside a query or fragment.
      return (url.protocol === 'https:' || (url.protocol === 'http:' && url.hostname === '127.0.0.1')) && url.username === '' && url.password === '' && !/[?#]/.test(value);
    } catch {
      return false;
    }
  }, 'the API base must be an https:// URL (http:// only for 127.0.0.1) without "?" or "#"');

export interface CommsEaseCredentials {
  appKey: string;
  apiBase: string;
}

export const commsEaseCredentialsSchema = z.strictObject({
  appKey: commsEaseAppKeySchema,
  apiBase: commsEaseApiBaseSchema.default(DEFAULT_COMMSEASE_API_BASE),
}) as unknown as z.ZodType<CommsEaseCredentials>;

export const commsEaseRequestSchema = z.strictObject({
  accid: z.string().min(1, 'is required').max(128),
  ttlSeconds: z.number().int('must be a whole number of seconds').min(1, 'must be above 0 seconds').max(0x7fff_ffff, 'must be at most 2147483647 seconds'),
});
export type CommsEaseGenerateRequest = z.infer<typeof commsEaseRequestSchema>;

const PRESETS: readonly Preset<CommsEaseGenerateRequest>[] = [
  { id: 'commsease-1h', label: 'Dynamic token, 1 hour', request: { accid: 'user1', ttlSeconds: 3600 } },
];

export const commsEaseFamily: TokenFamily<CommsEaseCredentials, CommsEaseGenerateRequest> = {
  id: COMMSEASE_FAMILY_ID,
  label: 'CommsEase dynamic token',
  vendor: 'NetEase CommsEase',
  cliNames: ['commsease'],
  detect: detectCommsEase,
  inspect: inspectCommsEase,
  verifyInputs: [
    { key: 'appId', label: 'App Key', cliFlag: '--app-key', help: 'bound by the signature, not in the token' },
    { key: 'userId', label: 'accid', cliFlag: '--accid', requiredToVerify: true, help: 'bound by the signature, not in the token' },
  ],
  profile: {
    identifiers: [
      { key: 'appKey', label: 'App Key', kind: 'text', required: true, cliFlag: '--app-key' },
      { key: 'apiBase', label: 'Server API base', kind: 'text', required: false, cliFlag: '--api-base', defaultValue: DEFAULT_COMMSEASE_API_BASE },
    ],
    credentialsSchema: commsEaseCredentialsSchema,
    secretLabel: 'AppSecret',
    checkSecret: checkPastedSecret,
    expectFrom: (c) => ({ appId: c.appKey }),
    describe: (c) => `appKey ${c.appKey}`,
    holdsStaticTokens: true,
  },
  generator: {
    fields: [
      { key: 'accid', label: 'accid', kind: 'text', required: true, cliFlag: '--accid' },
      { key: 'ttlSeconds', label: 'Valid for (s)', kind: 'duration', required: true, cliFlag: '--ttl', defaultValue: 3600 },
    ],
    requestSchema: commsEaseRequestSchema,
    mint: (request, ctx) =>
      generateCommsEaseToken(
        { appKey: ctx.credentials.appKey, accid: request.accid, appSecret: ctx.secret, curTimeMs: Math.floor(ctx.nowMs), ttlSeconds: request.ttlSeconds },
        ctx.crypto,
      ),
    expectFor: (request, c) => ({ appId: c.appKey, userId: request.accid }),
    summarize: (request, _c, _inspection, now) =>
      `CommsEase dynamic token for accid ${JSON.stringify(request.accid)}; expires ${isoUtc(now + request.ttlSeconds)}`,
  },
  lifecycle: { platforms: [COMMSEASE_DYNAMIC_RULES, COMMSEASE_STATIC_RULES] },
  presets: PRESETS,
  tokenName: 'A CommsEase token',
  // The accid is bound by the signature but not carried: only the user can say it.
  userOf: (_inspection, expect) => expect.userId ?? null,
};
