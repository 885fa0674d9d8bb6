/**
 * The fault decision: precedence, "the Nth request", outage windows, repeatability under a seed
 * (request N's outcome does not depend on the other requests), and the config schema.
 */
import { describe, expect, it } from 'vitest';
import { serverFaultsSchema } from '../../../src/shared/tokenServer/faultConfig';
import { decideFault } from '../../../src/shared/tokenServer/faultDecision';

const faults = (input: unknown) => serverFaultsSchema.parse(input);

describe('decideFault', () => {
  it('fails exactly the listed requests and overrides the TTL of the others', () => {
    const config = faults({ failRequests: [3], ttlOverrideSeconds: 40 });
    const outcomes = [1, 2, 3, 4].map((n) => decideFault(config, n, 0));
    expect(outcomes.map((o) => o.failure?.fault ?? o.ttlOverrideSeconds)).toEqual([40, 40, 'nth-request', 40]);
  });

  it('puts an outage window before every other fault, and only inside the window', () => {
    const config = faults({ outages: [{ atSeconds: 60, forSeconds: 30 }], failRequests: [1, 2, 3] });
    expect(decideFault(config, 1, 59_999).failure?.fault).toBe('nth-request');
    expect(decideFault(config, 2, 60_000).failure).toEqual({ status: 503, fault: 'outage' });
    expect(decideFault(config, 3, 90_000).failure?.fault).toBe('nth-request');
  });

  it('gives the same draws for the same seed and request number, and others for another seed', () => {
    const a = faults({ seed: 5, latency: { kind: 'exponential', meanMs: 300 }, failureRate: 0.3, faults: { expired: 0.2, otherUser: 0.2 } });
    const b = faults({ ...a, seed: 6 });
    const run = (c: typeof a) => Array.from({ length: 50 }, (_, i) => decideFault(c, i + 1, 0));
    expect(run(a)).toEqual(run(a));
    expect(run(a)).not.toEqual(run(b));
    // Request 17 decides the same whether or not requests 1–16 were decided first.
    expect(decideFault(a, 17, 0)).toEqual(run(a)[16]);
    const kinds = new Set(run(a).flatMap((o) => o.applied));
    expect(kinds).toEqual(new Set(['latency', 'error-rate', 'expired', 'other-user']));
  });

  it('hands out each wrong token in proportion to its probability', () => {
    const config = faults({ faults: { expired: 0.25, otherUser: 0.25, otherApp: 0.5 } });
    const counts: Record<string, number> = {};
    for (let n = 1; n <= 4000; n++) {
      const f = decideFault(config, n, 0).tokenFault ?? 'none';
      counts[f] = (counts[f] ?? 0) + 1;
    }
    expect(counts.none).toBeUndefined();
    expect(counts['other-app']! / 4000).toBeGreaterThan(0.45);
    expect(counts.expired! / 4000).toBeGreaterThan(0.2);
  });
});

describe('the fault config schema', () => {
  it('refuses unknown fields and probabilities that add up to more than 1', () => {
    expect(serverFaultsSchema.safeParse({ ttlOverideSeconds: 40 }).success).toBe(false);
    expect(serverFaultsSchema.safeParse({ faults: { expired: 0.6, otherApp: 0.6 } }).success).toBe(false);
    expect(serverFaultsSchema.safeParse({ latency: { kind: 'uniform', minMs: 500, maxMs: 100 } }).success).toBe(false);
  });
});
