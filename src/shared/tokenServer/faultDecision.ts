/**
 * What the token server does to one request, as a pure function of the fault config, the
 * request's number, the time since the server started and the seed.
 *
 * Request N draws from its own random stream (derived from the seed and N), so the outcome
 * of request N does not depend on how many draws earlier requests made or on the order in
 * which concurrent requests arrive: the same config and seed give the same story every run.
 * Order of precedence: outage (503), "the Nth request fails" (500), error rate (500), then a
 * wrong token (expired / other user / other app), then the TTL override.
 */
import { createLatencySampler } from '../sim/latency';
import { createPrng, deriveSeed } from '../sim/prng';
import type { ServerFaults } from './faultConfig';

export const FAULT_NAMES = ['latency', 'outage', 'nth-request', 'error-rate', 'expired', 'other-user', 'other-app', 'ttl-override'] as const;
export type FaultName = (typeof FAULT_NAMES)[number];

export type TokenFault = 'expired' | 'other-user' | 'other-app';

export interface FaultDecision {
  /** Milliseconds to wait before answering. */
  latencyMs: number;
  /** Answer with this error instead of a token. */
  failure: { status: 500 | 503; fault: 'outage' | 'nth-request' | 'error-rate' } | null;
  tokenFault: TokenFault | null;
  ttlOverrideSeconds: number | null;
  /** Every fault applied, for the request log. */
  applied: FaultName[];
}

function inOutage(faults: ServerFaults, elapsedMs: number): boolean {
  const s = elapsedMs / 1000;
  return faults.outages.some((o) => s >= o.atSeconds && s < o.atSeconds + o.forSeconds);
}

/** `requestNumber` is 1-based since the server started; `elapsedMs` since the server started. */
export function decideFault(faults: ServerFaults, requestNumber: number, elapsedMs: number): FaultDecision {
  const prng = createPrng(deriveSeed(faults.seed, `request:${requestNumber}`));
  // Draws in a fixed order, all of them every time, so one field never shifts another's draws.
  const latencyMs = faults.latency ? createLatencySampler(faults.latency, prng)() : 0;
  const failureDraw = prng.nextFloat();
  const faultDraw = prng.nextFloat();
  const applied: FaultName[] = latencyMs > 0 ? ['latency'] : [];

  let failure: FaultDecision['failure'] = null;
  if (inOutage(faults, elapsedMs)) failure = { status: 503, fault: 'outage' };
  else if (faults.failRequests.includes(requestNumber)) failure = { status: 500, fault: 'nth-request' };
  else if (failureDraw < faults.failureRate) failure = { status: 500, fault: 'error-rate' };
  if (failure) return { latencyMs, failure, tokenFault: null, ttlOverrideSeconds: null, applied: [...applied, failure.fault] };

  const { expired, otherUser, otherApp } = faults.faults;
  let tokenFault: TokenFault | null = null;
  if (faultDraw < expired) tokenFault = 'expired';
  else if (faultDraw < expired + otherUser) tokenFault = 'other-user';
  else if (faultDraw < expired + otherUser + otherApp) tokenFault = 'other-app';
  if (tokenFault) applied.push(tokenFault);
  const ttlOverrideSeconds = faults.ttlOverrideSeconds ?? null;
  if (ttlOverrideSeconds !== null) applied.push('ttl-override');
  return { latencyMs, failure: null, tokenFault, ttlOverrideSeconds, applied };
}
