/**
 * Runtime schemas of what the simulator returns over IPC: its events, its summary and the
 * identity its tokens are for.
 *
 * The engine's own types (src/shared/sim/events.ts, summary.ts) are the reference; the
 * compile-time checks at the end fail the build if these schemas and those types drift apart.
 */
import { z } from 'zod';
import { DISCONNECT_CAUSES, SIM_EVENT_TYPES, type SimEvent } from '../../sim/events';
import { FAULT_KINDS, SIM_PLATFORMS } from '../../sim/scenario';
import type { SimIdentity } from '../../sim/simTokenMinter';
import type { SimSummary } from '../../sim/summary';

const t = z.number().min(0);
const client = z.number().int().min(0);
const seconds = z.number();
const code = z.number().int().nullable();
const request = z.number().int().min(1);

const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) => z.strictObject({ t, client, type: z.literal(type), ...shape });

export const simEventSchema = z.discriminatedUnion('type', [
  event('login', { expire: seconds.nullable() }),
  event('login_failed', {
    code,
    reason: z.enum(['network', 'token_expired', 'token_rejected']),
    during: z.enum(['login', 'reconnect']),
    callback: z.string().max(64).optional(),
  }),
  event('token_will_expire', { remainingSeconds: z.number().int().min(0), expire: seconds }),
  event('renew_requested', { request, purpose: z.enum(['renew', 'reconnect', 'relogin']), attempt: z.number().int().min(1) }),
  event('token_issued', { request: request.nullable(), expire: seconds, token: z.string().max(4096), fault: z.enum(FAULT_KINDS).optional(), serverRefresh: z.literal(true).optional() }),
  event('renew_succeeded', { request, expire: seconds }),
  event('renew_failed', { request, reason: z.enum(['network', 'token_server_unavailable', 'token_server_error', 'rejected']), code }),
  event('token_expired', { expire: seconds, effect: z.enum(['disconnect', 'kick', 'refuse-next-publish-play', 'none', 'reconnect-will-fail']), callback: z.string().max(64).optional() }),
  event('disconnected', { cause: z.enum(DISCONNECT_CAUSES as ['token_expired', 'token_rejected']), code }),
  event('network_lost', { kind: z.enum(['network', 'sleep']) }),
  event('network_restored', {}),
  event('reconnecting', {}),
  event('reconnected', { attempts: z.number().int().min(1), offlineSeconds: z.number().min(0) }),
]);

const count = z.number().int().min(0);

export const simSummarySchema = z.strictObject({
  type: z.literal('summary'),
  platform: z.enum(SIM_PLATFORMS),
  clients: z.number().int().min(1),
  durationSeconds: z.number().min(0),
  simulatedSeconds: z.number().min(0),
  connectedPercent: z.number().min(0).max(100),
  connectedWithExpiredTokenSeconds: z.number().min(0),
  disconnections: z.strictObject({
    total: count,
    byCause: z.strictObject({ token_expired: count, token_rejected: count }),
    clientsAffected: count,
  }),
  networkInterruptions: count,
  worstGap: z.strictObject({ seconds: z.number().min(0), client, fromSeconds: z.number().min(0) }).nullable(),
  counts: z.strictObject(Object.fromEntries(SIM_EVENT_TYPES.map((type) => [type, count])) as Record<(typeof SIM_EVENT_TYPES)[number], typeof count>),
  truncated: z.boolean(),
  assumptions: z.array(z.string()),
});

export const simIdentitySchema = z.strictObject({
  appId: z.number().int().nullable(),
  appKey: z.string().nullable(),
  roomId: z.string().nullable(),
  app: z.string().max(200).optional(),
});

// The schemas must describe exactly the engine's types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const eventsMatch: Same<z.output<typeof simEventSchema>, SimEvent> = true;
const summaryMatches: Same<z.output<typeof simSummarySchema>, SimSummary> = true;
const identityMatches: Same<z.output<typeof simIdentitySchema>, SimIdentity> = true;
void eventsMatch;
void summaryMatches;
void identityMatches;
