/**
 * A token bucket on an injected clock: `ratePerSecond` requests a second on average, bursts
 * up to one second's worth. Pure of real time, so tests step the clock.
 */
export interface RateLimiter {
  /** true: go ahead (a token was taken); false: over the limit. */
  tryTake(): boolean;
  /** Seconds until the next token, for Retry-After. */
  retryAfterSeconds(): number;
}

export function createRateLimiter(ratePerSecond: number, nowMs: () => number): RateLimiter {
  const capacity = ratePerSecond;
  let tokens = capacity;
  let last = nowMs();
  const refill = (): void => {
    const now = nowMs();
    if (now > last) {
      tokens = Math.min(capacity, tokens + ((now - last) / 1000) * ratePerSecond);
      last = now;
    }
  };
  return {
    tryTake() {
      refill();
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
    retryAfterSeconds() {
      refill();
      return Math.max(1, Math.ceil((1 - tokens) / ratePerSecond));
    },
  };
}
