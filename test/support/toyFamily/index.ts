/**
 * A test-only token family: one folder, one registry line (`toyRegistry`), nothing else.
 *
 * Toy tokens are `toy1.` + base64(JSON {"user", "exp", "sig"}) with
 * sig = sha256_hex(app + user + exp + secret). Small on purpose: the tests show that a family
 * written only against src/shared/families/family.ts appears in detection, the CLI, the
 * generator's family list and the profile form without touching any other code.
 */
import { z } from 'zod';
import { decodeBase64Strict, encodeBase64 } from '../../../src/shared/encoding/base64';
import { utf8DecodeStrict, utf8Encode } from '../../../src/shared/encoding/bytes';
import type { TokenFamily } from '../../../src/shared/families/family';
import { createRegistry, DEFAULT_FAMILIES } from '../../../src/shared/families/registry';
import { checkPastedSecret } from '../../../src/shared/families/secretText';
import { conclude, malformedAt } from '../../../src/shared/tokens/inspection';

const PREFIX = 'toy1.';

interface ToyCredentials {
  app: string;
}
interface ToyRequest {
  user: string;
  ttlSeconds: number;
}

function readBody(token: string): { user: string; exp: number; sig: string } | null {
  const decoded = decodeBase64Strict(token.slice(PREFIX.length));
  if (!decoded.ok) return null;
  const text = utf8DecodeStrict(decoded.bytes);
  try {
    const json = JSON.parse(text ?? '') as Record<string, unknown>;
    return typeof json['user'] === 'string' && typeof json['exp'] === 'number' && typeof json['sig'] === 'string'
      ? { user: json['user'], exp: json['exp'], sig: json['sig'] }
      : null;
  } catch {
    return null;
  }
}

export const toyFamily: TokenFamily<ToyCredentials, ToyRequest> = {
  id: 'toy-token',
  label: 'Toy token',
  vendor: 'Toy Cloud',
  cliNames: ['toy'],
  detect: (token) => (token.startsWith(PREFIX) ? 1 : 0),
  inspect(out, options, crypto) {
    out.format = 'toy-token';
    const body = readBody(out.token);
    if (!body) return malformedAt(out, PREFIX.length, 'text', 'not a toy token body');
    out.fields = { user: body.user, exp: body.exp };
    out.expiresAt = body.exp;
    if (options.secret === undefined || crypto === undefined || options.expect?.appId === undefined) {
      return conclude(out, 'unverified', 'give the toy secret and app to verify');
    }
    const expected = crypto.sha256Hex(`${options.expect.appId}${body.user}${body.exp}${options.secret}`);
    if (expected !== body.sig) return conclude(out, 'wrong_secret_or_tampered', 'toy signature mismatch');
    return options.now >= body.exp ? conclude(out, 'expired', 'authentic, but expired') : conclude(out, 'valid', 'authentic toy token');
  },
  verifyInputs: [{ key: 'appId', label: 'Toy app', cliFlag: '--toy-app' }],
  profile: {
    identifiers: [{ key: 'app', label: 'Toy app name', kind: 'text', required: true, cliFlag: '--toy-app' }],
    credentialsSchema: z.strictObject({ app: z.string().min(1) }),
    secretLabel: 'Toy secret',
    checkSecret: checkPastedSecret,
    expectFrom: (c) => ({ appId: c.app }),
    describe: (c) => `toy app ${c.app}`,
  },
  generator: {
    fields: [
      { key: 'user', label: 'Toy user', kind: 'text', required: true, cliFlag: '--user' },
      { key: 'ttlSeconds', label: 'Valid for (s)', kind: 'duration', required: true, cliFlag: '--ttl' },
    ],
    requestSchema: z.strictObject({ user: z.string().min(1), ttlSeconds: z.number().int().min(1) }),
    mint(request, ctx) {
      const exp = Math.floor(ctx.nowMs / 1000) + request.ttlSeconds;
      const sig = ctx.crypto.sha256Hex(`${ctx.credentials.app}${request.user}${exp}${ctx.secret}`);
      return PREFIX + encodeBase64(utf8Encode(JSON.stringify({ user: request.user, exp, sig })));
    },
    expectFor: (_request, c) => ({ appId: c.app }),
  },
  lifecycle: {
    platforms: [
      {
        id: 'toy-sdk',
        label: 'Toy SDK',
        willExpireLeadMs: 10_000,
        warnsAtOnceUnderLead: false,
        atExpiry: 'disconnect',
        codes: { tokenExpired: 1, otherApp: 2, otherUser: 3, otherSecret: 4, noPublishPrivilege: null, renewWhenLoggedOut: null, expiryKick: null },
        assumptions: [],
      },
    ],
  },
  presets: [{ id: 'toy-1h', label: 'Toy, 1 hour', request: { user: 'u1', ttlSeconds: 3600 } }],
};

/** The shipped families plus the toy: the one registry line a new family costs. */
export const toyRegistry = createRegistry([...DEFAULT_FAMILIES, toyFamily as TokenFamily]);
