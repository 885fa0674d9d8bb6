/**
 * A per-token loop over the newer families, to profile one operation at a time:
 *
 *   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/support/profileFamilies.ts livekit-verify
 *   node bench/support/topSelf.mjs /tmp/prof/*.cpuprofile
 *
 * The tokens, secrets and options are those of bench/families.bench.ts; verification goes
 * through the registry with `detail: 'verdict'` and one PreparedKeys, as `tokenlab verify` does. Prints µs per
 * operation (wall, profiler included); the profile says where the time goes.
 */
import { nodeCryptoPort } from '../../src/main/crypto/nodeCryptoPort';
import { PreparedKeys } from '../../src/shared/crypto/preparedKeys';
import { agoraAccessToken } from '../../src/shared/families/agora-accesstoken';
import { agoraAccessToken2 } from '../../src/shared/families/agora-accesstoken2';
import type { FamilyVerifyOptions, MintContext, TokenFamily } from '../../src/shared/families/family';
import { jwtGeneric } from '../../src/shared/families/jwt-generic';
import { liveKitJwt } from '../../src/shared/families/livekit-jwt';
import { defaultRegistry } from '../../src/shared/families/registry';
import { tencentUserSigV2 } from '../../src/shared/families/tencent-usersig-v2';
import { twilioJwt } from '../../src/shared/families/twilio-jwt';

const NOW = 1_750_000_000;
const COUNT = Number(process.env['COUNT'] ?? 200_000);
const AGORA_APP = '970CA35de60c44645bbae8a215061b33';
const AGORA_CERT = '5CFd2fd1755d40ecb72977518be15d3b';
const TENCENT_SECRET = 'c21593727d34eafdc90794e8af7534b2bc52aad9ef93b777966f5a1ec432cc7e';
const LIVEKIT_SECRET = '33FWyW2am0f6YCvPcD7VxzdlrUUEdo6w72vOJawYwT4';
const TWILIO_SECRET = 'CQj2ywbN4MNeGyK84GLIC5GnhxhnG3qH';
const JWT_SECRET = 'a-generic-hs256-secret-of-32-bytes!!';

function context<C>(credentials: C, secret: string): MintContext<C> {
  return { credentials, secret, nowMs: NOW * 1000, randomBytes: () => new Uint8Array([1, 2, 3, 4]), crypto: nodeCryptoPort, prepared: new PreparedKeys() };
}

interface Case {
  family: TokenFamily<unknown, unknown>;
  request: unknown;
  ctx: MintContext<unknown>;
  verify: Omit<FamilyVerifyOptions, 'now'>;
}

function cases(): Record<string, Case> {
  const as = (f: unknown) => f as TokenFamily<unknown, unknown>;
  return {
    agora007: { family: as(agoraAccessToken2), request: agoraAccessToken2.generator.requestSchema.parse({ service: 'rtc', channel: 'bench-channel', uid: 1234, ttl: 3600, privilegeTtl: 3600 }), ctx: context({ appId: AGORA_APP }, AGORA_CERT), verify: { secret: AGORA_CERT } },
    agora006: { family: as(agoraAccessToken), request: agoraAccessToken.generator.requestSchema.parse({ service: 'rtc', channel: 'bench-channel', uid: 1234, ttl: 3600 }), ctx: context({ appId: AGORA_APP }, AGORA_CERT), verify: { secret: AGORA_CERT, expect: { channel: 'bench-channel', uid: '1234' } } },
    tencent: { family: as(tencentUserSigV2), request: tencentUserSigV2.generator.requestSchema.parse({ userId: 'bench_user', ttl: 86_400 }), ctx: context({ sdkAppId: 1_400_000_000 }, TENCENT_SECRET), verify: { secret: TENCENT_SECRET } },
    'tencent-pmk': { family: as(tencentUserSigV2), request: tencentUserSigV2.generator.requestSchema.parse({ userId: 'bench_user', ttl: 86_400, roomId: 1234, privilegeMap: 255 }), ctx: context({ sdkAppId: 1_400_000_000 }, TENCENT_SECRET), verify: { secret: TENCENT_SECRET } },
    livekit: { family: as(liveKitJwt), request: liveKitJwt.generator.requestSchema.parse({ identity: 'alice', room: 'standup', ttl: 3600 }), ctx: context({ apiKey: 'APIo5sQyYNWrvKt' }, LIVEKIT_SECRET), verify: { secret: LIVEKIT_SECRET } },
    twilio: { family: as(twilioJwt), request: twilioJwt.generator.requestSchema.parse({ identity: 'alice', ttl: 3600, videoRoom: 'r' }), ctx: context({ accountSid: 'ACc04c1682070ac1b5daf4eeb39e66ee5b', apiKeySid: 'SK3a9a50a9722a84c9716537ba1b7228f1' }, TWILIO_SECRET), verify: { secret: TWILIO_SECRET } },
    jwt: { family: as(jwtGeneric), request: jwtGeneric.generator.requestSchema.parse({ sub: 'alice', ttl: 3600, claims: { room: 'standup' } }), ctx: context({ issuer: 'rtc-backend' }, JWT_SECRET), verify: { secret: JWT_SECRET } },
  };
}

const [name = '', op = ''] = (process.argv[2] ?? '').split(/-(?=verify$|generate$)/);
const found = cases()[name];
if (!found || (op !== 'verify' && op !== 'generate')) {
  console.error(`usage: profileFamilies.ts <${Object.keys(cases()).join('|')}>-<verify|generate>`);
  process.exitCode = 2;
} else {
  const { family, request, ctx } = found;
  const token = family.generator.mint(request, ctx);
  const options: FamilyVerifyOptions = { ...found.verify, now: NOW + 1, detail: 'verdict', prepared: new PreparedKeys() };
  const start = performance.now();
  if (op === 'generate') {
    for (let i = 0; i < COUNT; i++) family.generator.mint(request, ctx);
  } else {
    for (let i = 0; i < COUNT; i++) {
      const r = defaultRegistry.inspect(token, options, nodeCryptoPort);
      if (r.verdict !== 'valid') throw new Error(`${r.verdict}: ${r.reason}`);
    }
  }
  console.log(`${process.argv[2]}: ${(((performance.now() - start) * 1000) / COUNT).toFixed(2)} µs per operation`);
}
