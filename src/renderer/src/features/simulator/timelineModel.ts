/**
 * What the timeline draws for one client, derived from the run's events: token validity bars,
 * the SDK's connection state over time, the app's callbacks, the token server's requests,
 * the 30-s warning windows and the outages.
 *
 * Pure, so the drawing stays simple and the derivation is tested on its own.
 */
import type { SimEvent, SimEventType, TokenFault } from '../../../../shared/sim/events';
import type { SimPlatform } from '../../../../shared/sim/scenario';
import { defaultRegistry } from '../../../../shared/families/registry';
import { willExpireLeadMs } from '../../../../shared/sim/sdkRules';

export interface Span {
  from: number;
  to: number;
}

export interface TokenBar extends Span {
  /** Index of its token_issued event in the run's events. */
  index: number;
  request: number | null;
  fault: TokenFault | null;
  /** The SDK used it (login or accepted renewal); false: refused, or arrived too late. */
  held: boolean;
}

export type ConnectionState = 'offline' | 'connected' | 'expired-token' | 'reconnecting' | 'disconnected';

export interface StateSpan extends Span {
  state: ConnectionState;
}

export interface RequestSpan extends Span {
  request: number;
  purpose: string;
  outcome: 'issued' | 'failed' | 'pending';
}

export type LaneId = 'token' | 'sdk' | 'callbacks' | 'server';

export const LANES: readonly { id: LaneId; label: string }[] = [
  { id: 'token', label: 'Token validity' },
  { id: 'sdk', label: 'SDK connection' },
  { id: 'callbacks', label: 'App callbacks' },
  { id: 'server', label: 'Token server' },
];

export interface Marker {
  t: number;
  lane: LaneId;
  type: SimEventType;
  /** Index in the run's events. */
  index: number;
}

export interface TimelineModel {
  client: number;
  end: number;
  tokens: TokenBar[];
  warnings: Span[];
  connection: StateSpan[];
  requests: RequestSpan[];
  outages: (Span & { kind: 'network' | 'sleep' })[];
  markers: Marker[];
}

const LANE_OF: Record<SimEventType, LaneId | ((e: SimEvent) => LaneId)> = {
  token_issued: 'token',
  token_expired: 'token',
  login: 'sdk',
  login_failed: 'sdk',
  disconnected: 'sdk',
  network_lost: 'sdk',
  network_restored: 'sdk',
  reconnecting: 'sdk',
  reconnected: 'sdk',
  token_will_expire: 'callbacks',
  renew_succeeded: 'callbacks',
  renew_failed: (e) => (e.type === 'renew_failed' && e.reason === 'rejected' ? 'callbacks' : 'server'),
  renew_requested: 'server',
};

export function laneOf(e: SimEvent): LaneId {
  const lane = LANE_OF[e.type];
  return typeof lane === 'function' ? lane(e) : lane;
}

export function buildTimeline(events: readonly SimEvent[], client: number, end: number, platform: SimPlatform): TimelineModel {
  const tokens: TokenBar[] = [];
  const byRequest = new Map<number, TokenBar>();
  const connection: StateSpan[] = [];
  const requests: RequestSpan[] = [];
  const openRequests = new Map<number, RequestSpan>();
  const outages: TimelineModel['outages'] = [];
  const markers: Marker[] = [];
  let state: ConnectionState = 'offline';
  let since = 0;
  let lastIssued: TokenBar | null = null;
  let outageStart: { t: number; kind: 'network' | 'sleep' } | null = null;

  const become = (next: ConnectionState, t: number): void => {
    if (next === state) return;
    if (t > since) connection.push({ from: since, to: t, state });
    state = next;
    since = t;
  };

  events.forEach((e, index) => {
    if (e.client !== client) return;
    markers.push({ t: e.t, lane: laneOf(e), type: e.type, index });
    switch (e.type) {
      case 'token_issued': {
        const bar: TokenBar = { from: e.t, to: Math.max(e.t, e.expire), index, request: e.request, fault: e.fault ?? null, held: false };
        tokens.push(bar);
        if (e.request !== null) byRequest.set(e.request, bar);
        lastIssued = bar;
        const open = e.request === null ? undefined : openRequests.get(e.request);
        if (open) {
          open.to = e.t;
          open.outcome = 'issued';
          openRequests.delete(open.request);
        }
        break;
      }
      case 'login':
        if (lastIssued) lastIssued.held = true;
        become('connected', e.t);
        break;
      case 'renew_succeeded': {
        const bar = byRequest.get(e.request);
        if (bar) bar.held = true;
        if (state === 'expired-token') become('connected', e.t);
        break;
      }
      case 'renew_requested': {
        const span: RequestSpan = { from: e.t, to: end, request: e.request, purpose: e.purpose, outcome: 'pending' };
        requests.push(span);
        openRequests.set(e.request, span);
        break;
      }
      case 'renew_failed': {
        const open = openRequests.get(e.request);
        if (open) {
          open.to = e.t;
          open.outcome = 'failed';
          openRequests.delete(e.request);
        }
        break;
      }
      case 'token_expired':
        if (state === 'connected' && (e.effect === 'refuse-next-publish-play' || e.effect === 'none')) become('expired-token', e.t);
        break;
      case 'reconnecting':
        become('reconnecting', e.t);
        break;
      case 'reconnected':
        become('connected', e.t);
        break;
      case 'disconnected':
        become('disconnected', e.t);
        break;
      case 'login_failed':
        if (e.during === 'login' && state !== 'disconnected') become('offline', e.t);
        break;
      case 'network_lost':
        outageStart = { t: e.t, kind: e.kind };
        break;
      case 'network_restored':
        if (outageStart) outages.push({ from: outageStart.t, to: e.t, kind: outageStart.kind });
        outageStart = null;
        break;
      default:
        break;
    }
  });
  if (end > since) connection.push({ from: since, to: end, state });
  if (outageStart !== null) {
    const open: { t: number; kind: 'network' | 'sleep' } = outageStart;
    outages.push({ from: open.t, to: end, kind: open.kind });
  }

  // Only SDKs with a "will expire" callback have a warning window, as long as their lead.
  const warns = (defaultRegistry.platform(platform)?.rules.willExpireLeadMs ?? null) !== null;
  const lead = warns ? willExpireLeadMs(platform) / 1000 : 0;
  const warnings = warns
    ? tokens.filter((b) => b.held).map((b) => ({ from: Math.max(b.from, b.to - lead), to: b.to })).filter((w) => w.to > w.from)
    : [];
  return { client, end, tokens, warnings, connection, requests, outages, markers };
}
