/**
 * `sim:*` — the renewal timeline simulator, run in main.
 *
 * Main runs it because only main may hold a profile's secret: with `profileId` the tokens
 * are minted with that profile's credentials (read from the keychain, never returned);
 * without it, with throwaway credentials derived from the seed. Runs over IPC are capped at
 * SIM_IPC_MAX_EVENTS events (the summary says `truncated`) so one request cannot hold the
 * main process for long or send the page an unbounded reply.
 */
import { z } from 'zod';
import { scenarioSchema } from '../../sim/scenario';
import { defineChannel } from '../channel';
import { profileId } from '../schemas/common';
import { simEventSchema, simIdentitySchema, simSummarySchema } from '../schemas/simulation';

export const SIM_IPC_MAX_EVENTS = 100_000;

export const simChannels = {
  'sim:run': defineChannel({
    summary: 'run a simulation scenario; events, summary and the assumptions it relied on',
    request: z.strictObject({ scenario: scenarioSchema, profileId: profileId.optional() }),
    response: z.strictObject({
      events: z.array(simEventSchema).max(SIM_IPC_MAX_EVENTS),
      summary: simSummarySchema,
      assumptions: z.array(z.string()),
      identity: simIdentitySchema,
    }),
  }),
} as const;
