/**
 * Every property test runs the same cases on every machine: one fixed fast-check seed, so a
 * red CI is a real regression, never the luck of the draw. Explore other cases locally with
 * `FC_SEED=<n> npx vitest run …` (a failure prints its seed and path to replay).
 */
import fc from 'fast-check';

const seed = Number(process.env['FC_SEED'] ?? 20261202);
fc.configureGlobal({ seed: Number.isSafeInteger(seed) ? seed : 20261202 });
