/**
 * A `fetch` that reaches only 127.0.0.1: tests stub the global with it, so a request that
 * would leave the machine fails the test instead of reaching the internet.
 */
export function localOnlyFetch(real: typeof fetch): typeof fetch {
  return async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    if (url.hostname !== '127.0.0.1') throw new Error(`test tried to reach ${url.host}`);
    return real(input, init);
  };
}
