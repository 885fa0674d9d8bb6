/**
 * A small seeded pseudo-random generator (mulberry32) for the simulator.
 *
 * The simulation must give the same events byte for byte for the same scenario and seed, on
 * every machine and in every runtime, so its randomness cannot come from Math.random or the
 * OS. mulberry32 is tiny, fast and good enough for latencies, failures, nonces and IVs of
 * throwaway tokens; it is NOT a cryptographic generator and never feeds a real secret.
 */
import type { RandomBytes } from '../crypto/cryptoPort';

export interface Prng {
  /** A uniform 32-bit unsigned integer. */
  nextUint32(): number;
  /** A uniform float in [0, 1). */
  nextFloat(): number;
  /** `length` uniform bytes (the shape of the engine's `RandomBytes`). */
  bytes: RandomBytes;
}

export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const nextUint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return (z ^ (z >>> 14)) >>> 0;
  };
  return {
    nextUint32,
    nextFloat: () => nextUint32() / 4_294_967_296,
    bytes(length) {
      const out = new Uint8Array(length);
      let word = 0;
      for (let i = 0; i < length; i++) {
        if ((i & 3) === 0) word = nextUint32();
        out[i] = word & 0xff;
        word >>>= 8;
      }
      return out;
    },
  };
}

/**
 * A seed for an independent stream, derived from the scenario seed and a label, so that
 * (for example) the throwaway secret does not change when a scenario draws more latencies.
 */
export function deriveSeed(seed: number, label: string): number {
  // FNV-1a over the label, mixed with the seed; then one mulberry32 round to spread the bits.
  let h = (0x811c9dc5 ^ (seed >>> 0)) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return createPrng(h).nextUint32();
}
