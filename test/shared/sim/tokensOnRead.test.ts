/**
 * A run's tokens are minted when something reads them: the events are the same bytes whether
 * each token is read as its event arrives, long after the run in another order, or through a
 * structured clone (the IPC reply), and a reader that never looks at a token pays no encryption.
 */
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import type { CryptoPort } from '../../../src/shared/crypto/cryptoPort';
import type { SimEvent } from '../../../src/shared/sim/events';
import { parseScenario } from '../../../src/shared/sim/parseScenario';
import type { ScenarioInput } from '../../../src/shared/sim/scenario';
import { simulate } from '../../../src/shared/sim/simulate';

const scenario = (platform: 'zim' | 'express' | 'commsease-dynamic'): ScenarioInput => ({
  platform,
  tokenTtlSeconds: 900,
  durationSeconds: 3 * 3600,
  clients: 15,
  renewal: { latency: { kind: 'exponential', meanMs: 3000 }, failureRate: 0.2, retry: { maxRetries: 2, delaySeconds: 2 }, faults: { otherUser: 0.1, expired: 0.1, otherApp: 0.1 } },
  outages: [{ atSeconds: 1800, forSeconds: 300 }],
  seed: 3,
});

/** node:crypto, counting the encryptions and hashes that make tokens. */
function countingCrypto(): { crypto: CryptoPort; calls: () => number } {
  let calls = 0;
  const crypto: CryptoPort = {
    ...nodeCryptoPort,
    aesGcmEncrypt: (...a) => (calls++, nodeCryptoPort.aesGcmEncrypt(...a)),
    aesCbcEncrypt: (...a) => (calls++, nodeCryptoPort.aesCbcEncrypt(...a)),
    sha1Hex: (d) => (calls++, nodeCryptoPort.sha1Hex(d)),
  };
  return { crypto, calls: () => calls };
}

function run(input: ScenarioInput, crypto: CryptoPort, onEvent: (e: SimEvent) => void = () => {}): SimEvent[] {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const events: SimEvent[] = [];
  simulate(parsed.scenario, { crypto }, (e) => {
    onEvent(e);
    events.push(e);
  });
  return events;
}

describe.each(['zim', 'express', 'commsease-dynamic'] as const)('tokens minted on read (%s)', (platform) => {
  it('gives the same event bytes whenever and in whatever order the tokens are read', () => {
    const atOnce = run(scenario(platform), nodeCryptoPort, (e) => void JSON.stringify(e)).map((e) => JSON.stringify(e));
    const later = run(scenario(platform), nodeCryptoPort);
    for (const e of [...later].reverse()) if (e.type === 'token_issued') void e.token;
    expect(later.map((e) => JSON.stringify(e))).toEqual(atOnce);
    expect(atOnce.join('\n')).toContain('"type":"token_issued"');
  });

  it('mints nothing for a reader that never looks at a token, and each token once for one that looks twice', () => {
    const counter = countingCrypto();
    const events = run(scenario(platform), counter.crypto);
    const issued = events.filter((e) => e.type === 'token_issued');
    expect(issued.length).toBeGreaterThan(20);
    expect(counter.calls()).toBe(0);
    const first = issued.map((e) => e.token);
    expect(issued.map((e) => e.token)).toEqual(first);
    expect(counter.calls()).toBe(issued.length);
  });

  it('carries the token through a structured clone and a spread, as an IPC reply and a store copy do', () => {
    const events = run(scenario(platform), nodeCryptoPort);
    const issued = events.find((e) => e.type === 'token_issued');
    if (issued?.type !== 'token_issued') throw new Error('the scenario issues tokens');
    const cloned = structuredClone(issued);
    expect(Object.getOwnPropertyDescriptor(cloned, 'token')?.value).toBe(issued.token);
    expect({ ...issued }.token).toBe(issued.token);
    expect(Object.keys(cloned)).toEqual(Object.keys(issued));
  });
});
