import { describe, expect, it } from 'vitest';
import { formatPath, parseScenario } from '../../../src/shared/sim/parseScenario';

function errorsOf(input: unknown): string[] {
  const r = parseScenario(input);
  if (r.ok) throw new Error('expected the scenario to be refused');
  return r.errors;
}

describe('parseScenario', () => {
  it('needs only platform and tokenTtlSeconds, and fills in the documented defaults', () => {
    const r = parseScenario({ platform: 'zim', tokenTtlSeconds: 3600 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario).toMatchObject({
      platform: 'zim',
      startTime: 1_700_000_000,
      durationSeconds: 7200,
      tokenTtlSeconds: 3600,
      clients: 1,
      seed: 1,
      renewal: { policy: 'on-will-expire', leadSeconds: 60, failureRate: 0, retry: { maxRetries: 0 } },
      outages: [],
      clockSkewSeconds: 0,
      express: { onExpiry: 'refuse-next' },
      assumptions: { sdkClock: 'device', expressImmediateWarning: true, warnAfterShortRenewal: true, commsEaseExpiryDropsConnection: false },
    });
  });

  it('accepts the example scenario of the issue as written', () => {
    const r = parseScenario({
      platform: 'express',
      durationSeconds: 7200,
      tokenTtlSeconds: 3600,
      clients: 1,
      seed: 1,
      renewal: { policy: 'before-expiry', leadSeconds: 60, latencyMs: 200, failureRate: 0 },
      outages: [{ atSeconds: 900, forSeconds: 600 }],
      clockSkewSeconds: 0,
      express: { onExpiry: 'kick' },
    });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.scenario.outages).toEqual([{ atSeconds: 900, forSeconds: 600, kind: 'network' }]);
  });

  it('names the field in every message', () => {
    expect(errorsOf({ platform: 'zim', tokenTtlSeconds: 60, renewal: { latencyMs: -1 } })).toEqual(['renewal.latencyMs must be ≥ 0']);
    expect(errorsOf({ platform: 'zim' })).toEqual(['tokenTtlSeconds is required']);
    expect(errorsOf({ platform: 'zim', tokenTtlSeconds: 1.5 })).toEqual(['tokenTtlSeconds must be a whole number']);
    expect(errorsOf({ platform: 'zim', tokenTtlSeconds: '60' })).toEqual(['tokenTtlSeconds must be a number']);
    expect(errorsOf({ platform: 'agora', tokenTtlSeconds: 60 })).toEqual([
      'platform must be one of "zim", "express", "commsease-dynamic", "commsease-static", "agora-rtc-native", "agora-rtc-web", "agora-rtm-2", "agora-rtm-1", "agora-chat", "tencent-im", "tencent-trtc", "livekit", "twilio-video", "twilio-voice", "twilio-conversations", "jwt-generic-server"',
    ]);
    expect(errorsOf({ platform: 'zim', tokenTtlSeconds: 60, outages: [{ atSeconds: 5, forSeconds: 0 }] })).toEqual([
      'outages[0].forSeconds must be > 0',
    ]);
    expect(errorsOf({ platform: 'zim', tokenTtlSeconds: 60, renewal: { failureRate: 1.5 } })).toEqual(['renewal.failureRate must be ≤ 1']);
    expect(errorsOf({ platform: 'zim', tokenTtlSeconds: 60, clients: 0 })).toEqual(['clients must be ≥ 1']);
    expect(errorsOf({ platform: 'zim', tokenTtlSeconds: 60, express: { onExpiry: 'ban' } })).toEqual([
      'express.onExpiry must be one of "refuse-next", "kick"',
    ]);
    expect(errorsOf({ platform: 'zim', tokenTtlSeconds: 60, renewal: { latency: { kind: 'normal' } } })).toEqual([
      'renewal.latency.kind must be one of "fixed", "uniform", "exponential"',
    ]);
  });

  it('reports every bad field at once, and unknown fields by name (a typo is not ignored)', () => {
    expect(errorsOf({ platform: 'zim', tokenTtlSeconds: 0, renewal: { leadSecs: 30 }, outage: [] })).toEqual([
      'tokenTtlSeconds must be ≥ 1',
      'renewal.leadSecs is not a known field',
      'outage is not a known field',
    ]);
  });

  it('checks fields against each other', () => {
    expect(errorsOf({ platform: 'zim', tokenTtlSeconds: 60, renewal: { latencyMs: 5, latency: { kind: 'fixed', ms: 5 } } })).toEqual([
      'renewal.latency cannot be combined with renewal.latencyMs (give one of them)',
    ]);
    expect(errorsOf({ platform: 'zim', tokenTtlSeconds: 60, renewal: { latency: { kind: 'uniform', minMs: 9, maxMs: 3 } } })).toEqual([
      'renewal.latency.maxMs must be ≥ renewal.latency.minMs',
    ]);
    expect(errorsOf({ platform: 'zim', tokenTtlSeconds: 60, renewal: { faults: { expired: 0.7, otherApp: 0.4 } } })).toEqual([
      'renewal.faults must add up to at most 1',
    ]);
    expect(errorsOf({ platform: 'zim', tokenTtlSeconds: 60, renewal: { faults: { noPublishPrivilege: 0.1 } } })).toEqual([
      'renewal.faults.noPublishPrivilege applies to the express platform only',
    ]);
  });

  it('also gives each problem as a path and a message, for a form to put beside its field', () => {
    const r = parseScenario({ platform: 'zim', tokenTtlSeconds: 60, outages: [{ atSeconds: -1, forSeconds: 5 }] });
    expect(r.ok ? [] : r.issues).toEqual([{ path: 'outages[0].atSeconds', message: 'must be ≥ 0', text: { key: 'validation.issue.gte', params: { min: 0 } } }]);
  });

  it('refuses what is not a scenario at all without throwing', () => {
    for (const input of [null, [], 'zim', 42]) expect(errorsOf(input)).toEqual(['the scenario must be an object']);
    expect(errorsOf(undefined)).toEqual(['the scenario is required']);
  });
});

describe('formatPath', () => {
  it('writes array indices in brackets', () => {
    expect(formatPath(['outages', 2, 'atSeconds'])).toBe('outages[2].atSeconds');
    expect(formatPath([])).toBe('');
  });
});
