/**
 * Properties over many generated scenarios (fast-check): what must hold whatever the numbers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import type { LatencyDistribution, ScenarioInput } from '../../../src/shared/sim/scenario';
import { deriveSimCredentials, simUserId } from '../../../src/shared/sim/simTokenMinter';
import { inspectToken } from '../../../src/shared/tokens/inspect';
import { ofType, runScenario } from './runScenario';

const UNDER_30_S = 29_999;
/** Short tokens (a renewal every second or so) as often as ordinary ones. */
const ttlOver30s = fc.oneof(fc.integer({ min: 31, max: 120 }), fc.integer({ min: 121, max: 7200 }));
const PROPERTY_TIMEOUT_MS = 120_000;

const latencyUnder30s: fc.Arbitrary<LatencyDistribution> = fc.oneof(
  fc.record({ kind: fc.constant('fixed' as const), ms: fc.integer({ min: 0, max: UNDER_30_S }) }),
  fc.integer({ min: 0, max: UNDER_30_S }).chain((a) =>
    fc.record({ kind: fc.constant('uniform' as const), minMs: fc.constant(a), maxMs: fc.integer({ min: a, max: UNDER_30_S }) }),
  ),
  fc.record({ kind: fc.constant('exponential' as const), meanMs: fc.integer({ min: 0, max: 20_000 }), maxMs: fc.constant(UNDER_30_S) }),
);

const zegoBehaviour = fc.constantFrom(
  { platform: 'zim' as const },
  { platform: 'express' as const, express: { onExpiry: 'kick' as const } },
  { platform: 'express' as const, express: { onExpiry: 'refuse-next' as const } },
);

describe('properties', () => {
  it('an always-successful renewal answering within 30 s: no client is ever disconnected for token reasons', () => {
    fc.assert(
      fc.property(
        fc.oneof(zegoBehaviour, fc.constant({ platform: 'commsease-dynamic' as const })),
        ttlOver30s,
        latencyUnder30s,
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 0, max: 0xffff_ffff }),
        fc.integer({ min: 0, max: 600 }),
        (platform, ttl, latency, clients, spread, seed, fastClock) => {
          const { events, summary } = runScenario({
            ...platform,
            tokenTtlSeconds: ttl,
            durationSeconds: 3600,
            clients,
            loginSpreadSeconds: spread,
            seed,
            // A fast clock only moves the warning earlier (a slow one can move it past expiry);
            // one fast by more than ttl − 30 s warns at once for every token: a renewal storm.
            clockSkewSeconds: Math.min(fastClock, ttl - 31),
            renewal: { policy: 'on-will-expire', latency },
          });
          expect(summary.truncated).toBe(false);
          expect(ofType(events, 'disconnected')).toEqual([]);
          expect(ofType(events, 'renew_failed')).toEqual([]);
          expect(summary.disconnections.total).toBe(0);
          if (platform.platform !== 'commsease-dynamic') {
            expect(ofType(events, 'token_expired')).toEqual([]);
            expect(summary.connectedPercent).toBe(100);
          }
        },
      ),
      { numRuns: 30 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('"never renew": every client is disconnected exactly at its token\'s expiry (ZIM, Express kick)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<ScenarioInput['platform']>('zim', 'express'),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: -600, max: 600 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 1000 }),
        (platform, ttl, clients, spread, skew, relogin, seed) => {
          const { events } = runScenario({
            platform,
            tokenTtlSeconds: ttl,
            durationSeconds: 3600,
            clients,
            loginSpreadSeconds: spread,
            clockSkewSeconds: skew,
            seed,
            express: { onExpiry: 'kick' },
            renewal: { policy: 'never' },
            relogin: { enabled: relogin, delaySeconds: 1 },
          });
          for (let c = 0; c < clients; c++) {
            const mine = events.filter((e) => e.client === c);
            const logins = ofType(mine, 'login');
            const drops = ofType(mine, 'disconnected');
            expect(logins.length).toBeGreaterThan(0);
            // Each session ends at the expiry of the token it logged in with, if that falls in the run.
            const expected = logins.map((l) => l.expire!).filter((expire) => expire <= 3600);
            expect(drops.map((d) => d.t)).toEqual(expected);
            for (const d of drops) expect(d.cause).toBe('token_expired');
          }
        },
      ),
      { numRuns: 60 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('every token_issued token decodes with the engine to the expiry it claims, for the user and app of the run', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<ScenarioInput['platform']>('zim', 'express', 'commsease-dynamic'),
        fc.constantFrom<'gcm' | 'cbc'>('gcm', 'cbc'),
        fc.integer({ min: 31, max: 4000 }),
        latencyUnder30s,
        fc.integer({ min: 0, max: 0xffff_ffff }),
        fc.integer({ min: 946_684_800, max: 4_000_000_000 }),
        (platform, layout, ttl, latency, seed, startTime) => {
          const { events, identity } = runScenario({
            platform,
            startTime,
            tokenTtlSeconds: ttl,
            durationSeconds: 3600,
            clients: 2,
            seed,
            zego: { layout },
            // before-expiry renews CommsEase tokens too (it has no warning to renew on).
            renewal: { policy: 'before-expiry', leadSeconds: 20, latency },
          });
          const { secret, appId, appKey } = deriveSimCredentials(seed, platform);
          const issued = ofType(events, 'token_issued');
          expect(issued.length).toBeGreaterThan(1);
          for (const e of issued) {
            const now = startTime + e.t;
            const readable = inspectToken(e.token, { now });
            // Whole seconds: the first second at which the token is no longer valid.
            expect(readable.expiresAt).toBe(Math.ceil(Math.round((startTime + e.expire) * 1000) / 1000));
            const verified = inspectToken(
              e.token,
              platform === 'commsease-dynamic' ? { now, secret, appKey, accid: simUserId(e.client) } : { now, secret, expectedAppId: appId },
              nodeCryptoPort,
            );
            expect(verified.verdict).toBe('valid');
            expect(verified.expiresAt).toBe(readable.expiresAt);
            if (platform !== 'commsease-dynamic') {
              expect(verified.layout).toBe(layout);
              expect(verified.fields).toMatchObject({ user_id: simUserId(e.client), app_id: appId });
            }
          }
          expect(identity.appId ?? identity.appKey).toBe(platform === 'commsease-dynamic' ? appKey : appId);
        },
      ),
      { numRuns: 40 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('the wrong tokens really are wrong when the engine judges them', () => {
    const judge = (platform: 'zim' | 'commsease-dynamic', fault: string) => {
      const seed = 5;
      const { events } = runScenario({
        platform,
        seed,
        tokenTtlSeconds: 600,
        durationSeconds: 700,
        renewal: { policy: 'before-expiry', faults: { [fault]: 1 } },
      });
      const e = ofType(events, 'token_issued').find((x) => x.fault === fault)!;
      const { secret, appId, appKey } = deriveSimCredentials(seed, platform);
      const now = 1_700_000_000 + e.t;
      const options = platform === 'zim' ? { now, secret, expectedAppId: appId } : { now, secret, appKey, accid: simUserId(e.client) };
      return inspectToken(e.token, options, nodeCryptoPort);
    };
    expect(judge('zim', 'expired').verdict).toBe('expired');
    expect(judge('zim', 'otherApp').verdict).toBe('app_id_mismatch');
    expect(judge('zim', 'otherSecret').verdict).toBe('wrong_secret_or_tampered');
    const otherUser = judge('zim', 'otherUser');
    expect(otherUser.verdict).toBe('valid');
    expect((otherUser.fields as { user_id: string }).user_id).toBe('sim-user-0-other');
    expect(judge('commsease-dynamic', 'expired').verdict).toBe('expired');
    expect(judge('commsease-dynamic', 'otherUser').verdict).toBe('wrong_secret_or_tampered');
    expect(judge('commsease-dynamic', 'otherApp').verdict).toBe('wrong_secret_or_tampered');
    expect(judge('commsease-dynamic', 'otherSecret').verdict).toBe('wrong_secret_or_tampered');
  });
});
