/**
 * How long the app's token server takes to answer, drawn from the scenario's distribution.
 *
 * Whole milliseconds, so that virtual time stays an integer count of milliseconds and the
 * printed `t` values are exact decimals on every run.
 */
import type { Prng } from './prng';
import type { LatencyDistribution, Scenario } from './scenario';

export const DEFAULT_LATENCY_MS = 200;

export function latencyOf(renewal: Scenario['renewal']): LatencyDistribution {
  return renewal.latency ?? { kind: 'fixed', ms: renewal.latencyMs ?? DEFAULT_LATENCY_MS };
}

/** A draw function; fixed latencies draw nothing, so they leave the random stream untouched. */
export function createLatencySampler(dist: LatencyDistribution, prng: Prng): () => number {
  switch (dist.kind) {
    case 'fixed': {
      const ms = Math.round(dist.ms);
      return () => ms;
    }
    case 'uniform': {
      const { minMs, maxMs } = dist;
      return () => Math.round(minMs + prng.nextFloat() * (maxMs - minMs));
    }
    case 'exponential': {
      const { meanMs } = dist;
      const cap = dist.maxMs ?? meanMs * 10;
      return () => Math.round(Math.min(cap, -meanMs * Math.log(1 - prng.nextFloat())));
    }
  }
}
