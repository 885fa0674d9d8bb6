/**
 * What the desktop token server may do wrong, as one zod schema (the `--config FILE` JSON,
 * the `tokenServer:setFaults` request and the screen's form).
 *
 * It reuses the simulator's vocabulary (src/shared/sim/scenario.ts) — `latency`,
 * `failureRate`, `outages`, `faults.expired/otherUser/otherApp` — so a scenario and a server
 * run tell the same story. Unknown fields are refused, so a typo is reported, not ignored.
 */
import { z } from 'zod';
import { latencySchema } from '../sim/scenario';

const probability = z.number().min(0).max(1);
const DAY = 86_400;
export const MAX_SERVER_TTL_SECONDS = 365 * DAY;

/** Wrong tokens, each with a probability per answer (they add up to at most 1). */
const tokenFaultsSchema = z
  .strictObject({
    /** A token that expired ten minutes before it was served (beyond any clock leeway). */
    expired: probability.default(0),
    /** A token for another user (the requested user with "-other" appended). */
    otherUser: probability.default(0),
    /** A token for another AppID / AppKey (the profile's, changed in its last digit). */
    otherApp: probability.default(0),
  })
  .prefault({});

/** A window, counted from the server's start, in which every request fails with 503. */
const serverOutageSchema = z.strictObject({
  atSeconds: z.number().min(0).max(30 * DAY),
  forSeconds: z.number().gt(0).max(30 * DAY),
});

export const serverFaultsSchema = z
  .strictObject({
    /** Seeds every random draw: request N draws from its own stream, so runs repeat exactly. */
    seed: z.number().int().min(0).max(0xffff_ffff).default(1),
    /** Added before answering; absent = answer at once. */
    latency: latencySchema.optional(),
    /** Probability that a request fails with 500. */
    failureRate: probability.default(0),
    /** "The Nth request fails": 1-based request numbers (counted from the server's start) answered 500. */
    failRequests: z.array(z.number().int().min(1).max(1_000_000_000)).max(1000).default([]),
    outages: z.array(serverOutageSchema).max(100).default([]),
    faults: tokenFaultsSchema,
    /** Every token lives this long, whatever `ttl` the app asked for (e.g. 40). */
    ttlOverrideSeconds: z.number().int().min(1).max(MAX_SERVER_TTL_SECONDS).optional(),
  })
  .superRefine((f, ctx) => {
    if (f.latency?.kind === 'uniform' && f.latency.maxMs < f.latency.minMs) {
      ctx.addIssue({ code: 'custom', path: ['latency', 'maxMs'], message: 'must be ≥ latency.minMs' });
    }
    if (f.faults.expired + f.faults.otherUser + f.faults.otherApp > 1) {
      ctx.addIssue({ code: 'custom', path: ['faults'], message: 'must add up to at most 1' });
    }
  });

export type ServerFaultsInput = z.input<typeof serverFaultsSchema>;
export type ServerFaults = z.output<typeof serverFaultsSchema>;

/** No faults at all: the server answers every good request at once with a good token. */
export const NO_FAULTS: ServerFaults = serverFaultsSchema.parse({});
