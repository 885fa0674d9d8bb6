/**
 * What main answers to `sim:run` for two small scenarios, written out by hand in the engine's
 * shapes (the renderer tests cannot run node:crypto). The token is a real Token04 vector, so
 * the event details decode a genuine token.
 */
import type { SimEvent } from '../../../../src/shared/sim/events';
import type { SimSummary } from '../../../../src/shared/sim/summary';
import { gcmVectors } from '../../support/vectors';

export const TOKEN = gcmVectors[0]!.token;

const counts = (partial: Partial<SimSummary['counts']>): SimSummary['counts'] => ({
  login: 0,
  login_failed: 0,
  token_will_expire: 0,
  renew_requested: 0,
  token_issued: 0,
  renew_succeeded: 0,
  renew_failed: 0,
  token_expired: 0,
  disconnected: 0,
  network_lost: 0,
  network_restored: 0,
  reconnecting: 0,
  reconnected: 0,
  ...partial,
});

const ASSUMPTIONS = ['ZIM times "will expire" by the device\'s clock … [assumptions.sdkClock = device]'];

/** ZIM, renewal never implemented: dropped at 3600 s. */
export const NEVER_EVENTS: SimEvent[] = [
  { t: 0, client: 0, type: 'token_issued', request: null, expire: 3600, token: TOKEN },
  { t: 0, client: 0, type: 'login', expire: 3600 },
  { t: 3570, client: 0, type: 'token_will_expire', remainingSeconds: 30, expire: 3600 },
  { t: 3600, client: 0, type: 'token_expired', expire: 3600, effect: 'disconnect' },
  { t: 3600, client: 0, type: 'disconnected', cause: 'token_expired', code: null },
];

export const NEVER_SUMMARY: SimSummary = {
  type: 'summary',
  platform: 'zim',
  clients: 1,
  durationSeconds: 7200,
  simulatedSeconds: 7200,
  connectedPercent: 50,
  connectedWithExpiredTokenSeconds: 0,
  disconnections: { total: 1, byCause: { token_expired: 1, token_rejected: 0 }, clientsAffected: 1 },
  networkInterruptions: 0,
  worstGap: { seconds: 3600, client: 0, fromSeconds: 3600 },
  counts: counts({ login: 1, token_issued: 1, token_will_expire: 1, token_expired: 1, disconnected: 1 }),
  truncated: false,
  assumptions: ASSUMPTIONS,
};

/** ZIM, healthy renewal, with a 10-minute network outage. */
export const HEALTHY_EVENTS: SimEvent[] = [
  { t: 0, client: 0, type: 'token_issued', request: null, expire: 3600, token: TOKEN },
  { t: 0, client: 0, type: 'login', expire: 3600 },
  { t: 900, client: 0, type: 'network_lost', kind: 'network' },
  { t: 900, client: 0, type: 'reconnecting' },
  { t: 1500, client: 0, type: 'network_restored' },
  { t: 1507, client: 0, type: 'reconnected', attempts: 23, offlineSeconds: 607 },
  { t: 3570, client: 0, type: 'token_will_expire', remainingSeconds: 30, expire: 3600 },
  { t: 3570, client: 0, type: 'renew_requested', request: 1, purpose: 'renew', attempt: 1 },
  { t: 3570.2, client: 0, type: 'token_issued', request: 1, expire: 7170, token: TOKEN },
  { t: 3570.2, client: 0, type: 'renew_succeeded', request: 1, expire: 7170 },
];

export const HEALTHY_SUMMARY: SimSummary = {
  ...NEVER_SUMMARY,
  connectedPercent: 91.569,
  disconnections: { total: 0, byCause: { token_expired: 0, token_rejected: 0 }, clientsAffected: 0 },
  networkInterruptions: 1,
  worstGap: { seconds: 607, client: 0, fromSeconds: 900 },
  counts: counts({ login: 1, token_issued: 2, token_will_expire: 1, renew_requested: 1, renew_succeeded: 1, network_lost: 1, network_restored: 1, reconnecting: 1, reconnected: 1 }),
};

export const IDENTITY = { appId: 1234567890, appKey: null, roomId: null };

export function replyFor(policy: string | undefined) {
  return policy === 'never'
    ? { events: NEVER_EVENTS, summary: NEVER_SUMMARY, assumptions: ASSUMPTIONS, identity: IDENTITY }
    : { events: HEALTHY_EVENTS, summary: HEALTHY_SUMMARY, assumptions: ASSUMPTIONS, identity: IDENTITY };
}
