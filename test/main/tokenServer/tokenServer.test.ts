/**
 * The token server against real HTTP on 127.0.0.1: tokens of every registered family, on the
 * generic and the per-family route, verify with the profile's secret; the key, host, origin, TTL ceiling and parameters are enforced; every fault does
 * what it says, in order and repeatably under a seed; stop frees the port.
 */
import { request } from 'node:http';
import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRateLimiter } from '../../../src/main/tokenServer/rateLimiter';
import { createTokenServerService, type TokenServerService } from '../../../src/main/tokenServer/tokenServerService';
import { createSigningTokenMinter } from '../../../src/main/tokenServer/signingTokenMinter';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { defaultRegistry } from '../../../src/shared/families/registry';
import type { Expectations } from '../../../src/shared/families/family';
import { inspectToken } from '../../../src/shared/tokens/inspect';
import type { ServerSettingsInput } from '../../../src/shared/tokenServer/serverSettings';
import { startIpcTestApp, type IpcTestApp } from '../../support/ipcTestApp';
import { fakeRandomBytes } from '../../support/cliHarness';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers, read loosely in tests
type Json = Record<string, any>;

const ZEGO_SECRET = 'fa94dd0f974cf2e293728a526b028271';
const CE_SECRET = 'c2e5ffd1c1d7';
const APP_ID = 1234567890;
const APP_KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const NOW_MS = 1_700_000_000_000;

let app: IpcTestApp;
let server: TokenServerService;
let slept: number[];
let confirmAnswer: boolean;
let asked: number;

beforeEach(async () => {
  app = await startIpcTestApp({ nowMs: NOW_MS });
  await app.services.vault.add({ provider: 'zego', name: 'acme-dev', env: 'dev', appId: APP_ID, secret: ZEGO_SECRET });
  await app.services.vault.add({ provider: 'zego', name: 'acme-prod', env: 'prod', appId: APP_ID, secret: ZEGO_SECRET });
  await app.services.vault.add({ provider: 'commsease', name: 'ce-dev', env: 'dev', appKey: APP_KEY, secret: CE_SECRET });
  slept = [];
  confirmAnswer = true;
  asked = 0;
  server = createTokenServerService({
    createMinter: () => createSigningTokenMinter({ vault: app.services.vault, signing: app.services.signing, registry: defaultRegistry }),
    randomBytes: fakeRandomBytes(5),
    nowMs: () => NOW_MS,
    sleep: async (ms) => void slept.push(ms),
    confirm: { confirm: async () => (asked++, confirmAnswer) },
  });
});

afterEach(async () => {
  await server.stop();
  await app.close();
});

async function start(settings: ServerSettingsInput = {}) {
  return server.start(settings);
}

async function get(url: string, key: string | null, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers: { ...(key !== null ? { Authorization: `Bearer ${key}` } : {}), ...headers } });
  return { status: res.status, body: (await res.json()) as Json };
}

/** node:http, because fetch will not send a Host header of our choosing. */
function rawGet(base: string, path: string, headers: Record<string, string>): Promise<{ status: number; body: Json }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { headers }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serving tokens', () => {
  it('serves a ZEGO token that verifies with the profile secret, for the asked user and TTL', async () => {
    const { url, key } = await start();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const { status, body } = await get(`${url}/token?profile=acme-dev&user=alice&ttl=40&room=r1&privilege=login`, key);
    expect(status).toBe(200);
    expect(body).toMatchObject({ family: 'zego', expiresAt: NOW_MS / 1000 + 40 });
    const inspection = inspectToken(body.token, { now: NOW_MS / 1000, secret: ZEGO_SECRET, expectedAppId: APP_ID }, nodeCryptoPort);
    expect(inspection.verdict).toBe('valid');
    expect((inspection.fields as { user_id: string }).user_id).toBe('alice');
    expect(inspection.privilege).toMatchObject({ roomId: 'r1', canLogin: true, canPublish: false });
  });

  it('serves a CommsEase token for accid (another name for user) that verifies with the AppSecret', async () => {
    const { url, key } = await start();
    const { status, body } = await get(`${url}/token?profile=ce-dev&accid=bob&ttl=600&family=commsease`, key);
    expect(status).toBe(200);
    const inspection = inspectToken(body.token, { now: NOW_MS / 1000, secret: CE_SECRET, appKey: APP_KEY, accid: 'bob' }, nodeCryptoPort);
    expect(inspection.verdict).toBe('valid');
    expect(body.expiresAt).toBe(NOW_MS / 1000 + 600);
  });

  it('clamps a TTL over the maximum and says so, or refuses it when set to', async () => {
    const clamped = await start({ maxTtlSeconds: 100 });
    const a = await get(`${clamped.url}/token?profile=acme-dev&user=a&ttl=500`, clamped.key);
    expect(a.status).toBe(200);
    expect(a.body.ttlClamped).toEqual({ asked: 500, served: 100, maxTtlSeconds: 100 });
    await server.stop();
    const refused = await start({ maxTtlSeconds: 100, overMaxTtl: 'refuse' });
    const b = await get(`${refused.url}/token?profile=acme-dev&user=a&ttl=500`, refused.key);
    expect(b.status).toBe(400);
    expect(b.body.error.code).toBe('ttl_too_long');
    expect(b.body.error.parameters).toEqual(['ttl']);
  });
});

const NOW_S = NOW_MS / 1000;

/**
 * One stored profile per registered family, a request on its per-family route in the vendor's
 * field names, and what the served token must verify against (with the profile's secret).
 */
const FAMILY_CASES: Array<{ family: string; credentials: Record<string, unknown>; secret: string; path: string; expect: Expectations }> = [
  { family: 'zego-token04', credentials: { appId: APP_ID }, secret: ZEGO_SECRET, path: '/token/zego?userId=alice&roomId=r1&privileges=login,publish', expect: { appId: String(APP_ID), userId: 'alice' } },
  { family: 'commsease-dynamic', credentials: { appKey: APP_KEY }, secret: CE_SECRET, path: '/token/commsease?accid=alice', expect: { appId: APP_KEY, userId: 'alice' } },
  { family: 'agora-accesstoken2', credentials: { appId: '0123456789abcdef0123456789abcdef' }, secret: 'fedcba9876543210fedcba9876543210', path: '/token/agora?service=rtc&channel=demo&account=alice&role=publisher', expect: { appId: '0123456789abcdef0123456789abcdef', userId: 'alice' } },
  { family: 'agora-accesstoken', credentials: { appId: '0123456789abcdef0123456789abcdef' }, secret: 'fedcba9876543210fedcba9876543210', path: '/token/agora-006?service=rtc&channel=demo&account=alice', expect: { appId: '0123456789abcdef0123456789abcdef', channel: 'demo', uid: 'alice' } },
  { family: 'tencent-usersig-v2', credentials: { sdkAppId: 1400000001 }, secret: 'ab'.repeat(32), path: '/token/tencent?userId=alice&roomId=1234&privilegeMap=255', expect: { appId: '1400000001', userId: 'alice' } },
  { family: 'livekit-jwt', credentials: { apiKey: 'APIkey123' }, secret: 'livekit-secret-livekit-secret-0123456789', path: '/token/livekit?identity=alice&room=standup&canPublish=false', expect: { appId: 'APIkey123', userId: 'alice' } },
  { family: 'twilio-jwt', credentials: { accountSid: 'AC0123456789abcdef0123456789abcdef', apiKeySid: 'SK0123456789abcdef0123456789abcdef' }, secret: 'twilio-api-key-secret-0123456789', path: '/token/twilio?identity=alice&videoRoom=DailyStandup', expect: { appId: 'SK0123456789abcdef0123456789abcdef', accountSid: 'AC0123456789abcdef0123456789abcdef', userId: 'alice' } },
  { family: 'jwt-generic', credentials: { issuer: 'tokenlab-test' }, secret: 'generic-jwt-hmac-key-0123456789-abcdefghijklmnop', path: '/token/jwt?sub=alice&claims=%7B%22role%22%3A%22admin%22%7D', expect: { appId: 'tokenlab-test', userId: 'alice' } },
];

describe('every family of the registry', () => {
  it('has a case for each registered family', () => {
    expect(FAMILY_CASES.map((c) => c.family).sort()).toEqual(defaultRegistry.families.map((f) => f.id).sort());
  });

  it.each(FAMILY_CASES)('$family: its route serves a token that verifies with the profile secret; the faults change it as they say', async (c) => {
    await app.services.vault.add({ family: c.family, name: `p-${c.family}`, env: 'dev', credentials: c.credentials as Record<string, string | number>, secret: c.secret });
    const { url, key } = await start();
    const judge = (token: string) => defaultRegistry.inspect(token, { now: NOW_S, secret: c.secret, expect: c.expect }, nodeCryptoPort);
    const family = defaultRegistry.require(c.family);

    const { status, body } = await get(`${url}${c.path}&profile=p-${c.family}&ttl=120`, key);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ family: family.cliNames[0], expiresAt: NOW_S + 120, ttlSeconds: 120 });
    const good = judge(body.token);
    expect([good.format, good.verdict]).toEqual([c.family, 'valid']);

    // The same profile on the generic route, with family= naming it.
    const generic = await get(`${url}/token?${c.path.split('?')[1]}&profile=p-${c.family}&family=${family.cliNames[0]}`, key);
    expect(generic.status, JSON.stringify(generic.body)).toBe(200);
    expect(judge(generic.body.token).verdict).toBe('valid');

    server.setFaults({ faults: { expired: 1 } });
    expect(judge((await get(`${url}${c.path}&profile=p-${c.family}&ttl=120`, key)).body.token).verdict).toBe('expired');
    server.setFaults({ faults: { otherApp: 1 } });
    expect(judge((await get(`${url}${c.path}&profile=p-${c.family}&ttl=120`, key)).body.token).verdict).not.toBe('valid');
    server.setFaults({ faults: { otherUser: 1 } });
    const other = judge((await get(`${url}${c.path}&profile=p-${c.family}&ttl=120`, key)).body.token);
    // A family whose tokens carry the user shows the other one; for the rest the signature no longer matches.
    const carried = family.userOf?.(other, {}) ?? null;
    if (carried !== null) expect(carried).toBe('alice-other');
    else expect(other.verdict).not.toBe('valid');
    server.setFaults({});
    expect(server.log().slice(-3).map((e) => e.faults)).toEqual([['expired'], ['other-app'], ['other-user']]);
    expect(server.log().every((e) => e.family === family.cliNames[0] && e.user === 'alice')).toBe(true);
  });

  it('refuses a parameter of another family, naming it and the accepted ones', async () => {
    await app.services.vault.add({ family: 'livekit-jwt', name: 'lk', env: 'dev', credentials: { apiKey: 'APIkey123' }, secret: 'livekit-secret-livekit-secret-0123456789' });
    const { url, key } = await start();
    const bad = await get(`${url}/token/livekit?profile=lk&identity=a&channel=c`, key);
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'unknown_parameter', parameters: ['channel'] } } });
    expect(bad.body.error.message).toContain('canPublish');
    const wrongRoute = await get(`${url}/token/zego?profile=lk&user=a`, key);
    expect(wrongRoute).toMatchObject({ status: 400, body: { error: { parameters: ['profile'] } } });
    const badBool = await get(`${url}/token/livekit?profile=lk&identity=a&canPublish=maybe`, key);
    expect(badBool).toMatchObject({ status: 400, body: { error: { code: 'bad_parameter', parameters: ['canPublish'] } } });
    const schema = await get(`${url}/token/agora?profile=acme-dev&user=a`, key);
    expect(schema.status).toBe(400);
    expect((await get(`${url}/token/nope?profile=lk&user=a`, key)).status).toBe(404);
    expect(await get(`${url}/token/livekit?profile=lk&identity=a&family=zego`, key)).toMatchObject({ status: 400, body: { error: { parameters: ['family'] } } });
    expect((await get(`${url}/token/livekit?profile=lk&identity=a&family=livekit`, key)).status).toBe(200);
  });

  it('names the field the family schema refuses, by the name the app sent', async () => {
    await app.services.vault.add({ family: 'agora-accesstoken2', name: 'ag', env: 'dev', credentials: { appId: '0123456789abcdef0123456789abcdef' }, secret: 'fedcba9876543210fedcba9876543210' });
    const { url, key } = await start();
    const noChannel = await get(`${url}/token/agora?profile=ag&service=rtc&uid=7`, key);
    expect(noChannel).toMatchObject({ status: 400, body: { error: { code: 'missing_parameter', parameters: ['channel'] } } });
    const badService = await get(`${url}/token/agora?profile=ag&service=video&channel=c&uid=7`, key);
    expect(badService).toMatchObject({ status: 400, body: { error: { code: 'bad_parameter', parameters: ['service'] } } });
    expect((await get(`${url}/token/agora?profile=ag&service=rtc&channel=c&uid=7`, key)).status).toBe(200);
  });

  it('takes the one profile of a run (or of the route\'s family) as the default, so an app need not name it', async () => {
    const { url, key } = await start({ profiles: ['acme-dev'] });
    const res = await get(`${url}/token/zego?userId=alice`, key);
    expect(res.status).toBe(200);
    expect(server.log().at(-1)).toMatchObject({ profile: 'acme-dev', user: 'alice' });
    await server.stop();
    // Several profiles: a per-family route takes the run's only profile of its family.
    const two = await start({ profiles: ['acme-dev', 'ce-dev'] });
    expect((await get(`${two.url}/token/commsease?accid=bob`, two.key)).status).toBe(200);
    expect(server.log().at(-1)).toMatchObject({ profile: 'ce-dev', user: 'bob' });
    const generic = await get(`${two.url}/token?user=bob`, two.key);
    expect(generic).toMatchObject({ status: 400, body: { error: { code: 'missing_parameter', parameters: ['profile'] } } });
  });
});

describe('access', () => {
  it('answers 401 without the key, with a wrong key and with the key before rotation', async () => {
    const { url, key } = await start();
    expect((await get(`${url}/token?profile=acme-dev&user=a`, null)).status).toBe(401);
    expect((await get(`${url}/token?profile=acme-dev&user=a`, `${key}x`)).status).toBe(401);
    const { key: rotated } = server.rotateKey();
    expect((await get(`${url}/token?profile=acme-dev&user=a`, key)).status).toBe(401);
    expect((await get(`${url}/token?profile=acme-dev&user=a`, rotated)).status).toBe(200);
  });

  it('refuses another Host header (DNS rebinding) and origins not listed; CORS for a listed one', async () => {
    const { url, key } = await start({ corsOrigins: ['http://localhost:5173'] });
    const host = await rawGet(url, '/token?profile=acme-dev&user=a', { Host: 'evil.example', Authorization: `Bearer ${key}` });
    expect(host).toMatchObject({ status: 403, body: { error: { code: 'host_refused' } } });
    const origin = await get(`${url}/token?profile=acme-dev&user=a`, key, { Origin: 'http://evil.example' });
    expect(origin).toMatchObject({ status: 403, body: { error: { code: 'origin_refused' } } });
    const res = await fetch(`${url}/token?profile=acme-dev&user=a`, { headers: { Authorization: `Bearer ${key}`, Origin: 'http://localhost:5173' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });

  it('refuses to listen on a non-loopback address', async () => {
    await expect(start({ host: '0.0.0.0' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(server.status().running).toBe(false);
  });

  it('refuses prod-tagged profiles unless enabled and confirmed for this run', async () => {
    const plain = await start();
    expect((await get(`${plain.url}/token?profile=acme-prod&user=a`, plain.key)).body.error.code).toBe('prod_profile_refused');
    await server.stop();
    confirmAnswer = false;
    await expect(start({ allowProd: true })).rejects.toThrow(/not confirmed/);
    confirmAnswer = true;
    const prod = await start({ allowProd: true });
    expect(asked).toBe(2);
    expect((await get(`${prod.url}/token?profile=acme-prod&user=a`, prod.key)).status).toBe(200);
  });

  it('limits the rate with a token bucket on its clock', () => {
    let now = 0;
    const limiter = createRateLimiter(3, () => now);
    expect([limiter.tryTake(), limiter.tryTake(), limiter.tryTake(), limiter.tryTake()]).toEqual([true, true, true, false]);
    now = 334;
    expect(limiter.tryTake()).toBe(true);
    expect(limiter.tryTake()).toBe(false);
  });

  it('answers 429 over the rate limit', async () => {
    const { url, key } = await start({ rateLimitPerSecond: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await get(`${url}/token?profile=acme-dev&user=a`, key)).status);
    expect(statuses).toEqual([200, 200, 429]);
  });
});

describe('bad parameters', () => {
  it('answers 400 naming an unknown parameter, and keeps serving', async () => {
    const { url, key } = await start();
    const bad = await get(`${url}/token?profile=acme-dev&user=a&uid=7&channel=c`, key);
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'unknown_parameter', parameters: ['uid', 'channel'] });
    expect(bad.body.error.message).toContain('"uid"');
    expect((await get(`${url}/token?profile=ce-dev&user=a&room=r`, key)).body.error.parameters).toEqual(['room']);
    expect((await get(`${url}/token?profile=acme-dev&user=a`, key)).status).toBe(200);
  });

  it('bounds what it reads: a long URL is 414, another method 405, another path 404, and it keeps serving', async () => {
    const { url, key } = await start();
    const long = await get(`${url}/token?profile=acme-dev&user=${'a'.repeat(5000)}`, key);
    expect(long).toMatchObject({ status: 414, body: { error: { code: 'uri_too_long' } } });
    const post = await fetch(`${url}/token?profile=acme-dev&user=a`, { method: 'POST', headers: { Authorization: `Bearer ${key}` } });
    expect([post.status, post.headers.get('allow')]).toEqual([405, 'GET']);
    expect((await get(`${url}/tokens?profile=acme-dev&user=a`, key)).body.error.code).toBe('not_found');
    const repeated = await get(`${url}/token?profile=acme-dev&user=a&user=b`, key);
    expect(repeated).toMatchObject({ status: 400, body: { error: { code: 'repeated_parameter', parameters: ['user'] } } });
    expect((await get(`${url}/token?profile=acme-dev&user=a`, key)).status).toBe(200);
  });

  it('survives fuzzed query strings: every answer is JSON, a 4xx names its problem, and the server still serves', async () => {
    for (const c of FAMILY_CASES.slice(2)) await app.services.vault.add({ family: c.family, name: `p-${c.family}`, env: 'dev', credentials: c.credentials as Record<string, string | number>, secret: c.secret });
    const { url, key } = await start({ rateLimitPerSecond: 1_000_000 });
    // Every family's field names and routes, the profiles, and random text.
    const fieldNames = defaultRegistry.families.flatMap((f) => f.generator.fields.flatMap((x) => [x.key, x.cliFlag.slice(2)]));
    const names = fc.oneof(fc.constantFrom('profile', 'user', 'ttl', 'family', ...fieldNames), fc.string({ maxLength: 12 }));
    const values = fc.oneof(fc.constantFrom('acme-dev', 'ce-dev', ...FAMILY_CASES.map((c) => `p-${c.family}`), 'rtc', '0', '-1', 'true', '{"a":1}', 'login,publish', '99999999999'), fc.string({ maxLength: 40 }));
    const routes = fc.constantFrom('/token', ...defaultRegistry.families.map((f) => `/token/${f.cliNames[0]}`));
    const query = fc.array(fc.tuple(names, values), { maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(routes, query, fc.boolean(), async (route, pairs, raw) => {
        const qs = raw ? pairs.map(([k, v]) => `${k}=${v}`).join('&') : new URLSearchParams(pairs).toString();
        let res: Response;
        try {
          res = await fetch(`${url}${route}?${qs}`, { headers: { Authorization: `Bearer ${key}` } });
        } catch {
          return; // fetch itself refused the URL: nothing reached the server
        }
        const body = (await res.json()) as { token?: string; error?: { code: string; message: string } };
        expect([200, 400, 403, 404]).toContain(res.status);
        if (res.status !== 200) expect(body.error?.message.length).toBeGreaterThan(0);
        if (res.status === 400) expect(Array.isArray((body.error as { parameters?: unknown }).parameters)).toBe(true);
      }),
      { numRuns: 400, seed: 42 },
    );
    expect((await get(`${url}/token?profile=acme-dev&user=a`, key)).status).toBe(200);
  });
});

describe('faults', () => {
  it('fails the Nth request, overrides the TTL and logs each fault, in order', async () => {
    const { url, key } = await start({ faults: { failRequests: [3], ttlOverrideSeconds: 40 } });
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await get(`${url}/token?profile=acme-dev&user=alice&ttl=3600`, key));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 500, 200]);
    expect(answers[0]!.body.expiresAt).toBe(NOW_MS / 1000 + 40);
    expect(answers[2]!.body.error.code).toBe('injected_failure');
    expect(server.log().map((e) => [e.seq, e.status, e.faults])).toEqual([
      [1, 200, ['ttl-override']],
      [2, 200, ['ttl-override']],
      [3, 500, ['nth-request']],
      [4, 200, ['ttl-override']],
    ]);
  });

  it('serves expired tokens, tokens for another user and for another app, as their verdicts show', async () => {
    const { url, key } = await start();
    const verdictWith = async (faults: Record<string, number>) => {
      server.setFaults({ faults });
      const { body } = await get(`${url}/token?profile=acme-dev&user=alice&ttl=60`, key);
      return inspectToken(body.token, { now: NOW_MS / 1000, secret: ZEGO_SECRET, expectedAppId: APP_ID }, nodeCryptoPort);
    };
    expect((await verdictWith({ expired: 1 })).verdict).toBe('expired');
    const other = await verdictWith({ otherUser: 1 });
    expect([other.verdict, (other.fields as { user_id: string }).user_id]).toEqual(['valid', 'alice-other']);
    expect((await verdictWith({ otherApp: 1 })).verdict).not.toBe('valid');
    expect((await verdictWith({})).verdict).toBe('valid');
  });

  it('adds the latency drawn from the seed (the same draws every run) and fails inside outage windows', async () => {
    const faults = { seed: 9, latency: { kind: 'uniform' as const, minMs: 100, maxMs: 900 }, failureRate: 0.5 };
    const run = async () => {
      const { url, key } = await start({ faults });
      const statuses = [];
      for (let i = 0; i < 8; i++) statuses.push((await get(`${url}/token?profile=acme-dev&user=a`, key)).status);
      await server.stop();
      return statuses;
    };
    slept = [];
    const first = await run();
    const firstSleeps = [...slept];
    slept = [];
    expect(await run()).toEqual(first);
    expect(slept).toEqual(firstSleeps);
    expect(first).toContain(500);
    expect(first).toContain(200);
    expect(firstSleeps.every((ms) => ms >= 100 && ms <= 900)).toBe(true);

    const { url, key } = await start({ faults: { outages: [{ atSeconds: 0, forSeconds: 30 }] } });
    const outage = await get(`${url}/token?profile=acme-dev&user=a`, key);
    expect(outage).toMatchObject({ status: 503, body: { error: { code: 'outage' } } });
  });
});

describe('the request log', () => {
  it('names route, user, family, status and faults, and never holds the token or the key', async () => {
    const { url, key } = await start();
    const seen: string[] = [];
    server.onLog((e) => seen.push(JSON.stringify(e)));
    const { body } = await get(`${url}/token?profile=acme-dev&user=alice`, key);
    await get(`${url}/token?profile=acme-dev&user=alice`, null);
    expect(server.log().map((e) => [e.route, e.user, e.family, e.status, e.error])).toEqual([
      ['/token', 'alice', 'zego', 200, null],
      ['/token', null, null, 401, 'unauthorized'],
    ]);
    expect(seen).toHaveLength(2);
    for (const line of seen) {
      expect(line).not.toContain(body.token);
      expect(line).not.toContain(key);
    }
  });
});

describe('stopping', () => {
  it('frees the port', async () => {
    const { status } = await start();
    const port = Number(new URL(status.url!).port);
    await server.stop();
    await new Promise<void>((resolve, reject) => {
      const probe = createServer();
      probe.once('error', reject);
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
    });
    expect(server.status()).toMatchObject({ running: false, url: null });
  });
});
