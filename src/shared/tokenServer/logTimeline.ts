/**
 * A token server run on the simulator's timeline: the request log turned into simulator events
 * (`SimEvent`, src/shared/sim/events.ts), so the simulator's own timeline draws the app's
 * requests beside the SDK events expected for the tokens it was served, and one story item
 * per token ("the app asked for a new token 4 s after the 30-s warning; the token expired
 * 26 s later"), as data the screen words through the catalogues.
 *
 * One simulated client per (family, profile, user). The first token a client gets is its
 * login, each later good one a renewal; a token of a faulty kind (expired, other user or app)
 * is one the SDK refuses. "Will expire" comes at the platform's lead (its `PlatformRules`)
 * unless the next token arrived first; "expired" unless it arrived before the expiry.
 * Pure: it reads only the log and the registry. The token text is never in the log, so the
 * events carry none.
 */
import type { FamilyRegistry } from '../families/registry';
import type { PlatformRules } from '../families/family';
import type { SimEvent, TokenFault } from '../sim/events';
import type { FaultName } from './faultDecision';
import type { RequestLogEntry } from './requestLog';

/** The lead when a family names no platform with one (the 30 s of ZIM, Express, Agora). */
export const SDK_WARNING_SECONDS = 30;

export interface TimelineClient {
  client: number;
  family: string | null;
  profile: string | null;
  user: string | null;
  /** The simulator platform whose rules its expected events follow; null when none is known. */
  platform: string | null;
  /** The "will expire" lead in seconds; null when the SDK has no such callback. */
  warningSeconds: number | null;
}

export type StoryKind =
  /** No later request for that client: the token simply ran out. */
  | 'no-renewal'
  /** The next request came after the token had expired. */
  | 'after-expiry'
  /** The next request came after the warning, before the expiry. */
  | 'after-warning'
  /** Like after-warning, but the token came with less than the lead left. */
  | 'after-served-under-lead'
  /** The next request came before the warning. */
  | 'before-warning'
  /** The SDK has no "will expire" callback: the next request came this long after serving. */
  | 'after-served';

export interface StoryItem {
  kind: StoryKind;
  /** The request number of the token. */
  seq: number;
  user: string | null;
  /** Seconds from serving to expiry. */
  livesSeconds: number;
  /** Seconds between the reference point (warning, expiry or serving) and the next request. */
  seconds: number;
  /** Seconds from the next request to the expiry (after-warning kinds). */
  laterSeconds: number;
  warningSeconds: number;
}

export interface ServerTimeline {
  /** Epoch milliseconds of t = 0. */
  origin: number;
  /** Seconds from the first request to the last event. */
  durationSeconds: number;
  clients: TimelineClient[];
  /** Simulator events, every client's, sorted by time. */
  events: SimEvent[];
  /** One item per served token, in order. */
  story: StoryItem[];
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const round3 = (x: number): number => Math.round(x * 1000) / 1000;

const SIM_FAULT: Partial<Record<FaultName, TokenFault>> = { expired: 'expired', 'other-user': 'otherUser', 'other-app': 'otherApp' };

function platformOf(family: string | null, registry: FamilyRegistry): PlatformRules | null {
  const found = family === null ? undefined : registry.byCliName(family);
  return found?.lifecycle.platforms.find((p) => p.mintsTokens !== false) ?? null;
}

export function buildServerTimeline(entries: readonly RequestLogEntry[], registry: FamilyRegistry): ServerTimeline {
  const sorted = [...entries].sort((a, b) => a.at - b.at || a.seq - b.seq);
  const origin = sorted[0]?.at ?? 0;
  const rel = (epochMs: number): number => round3((epochMs - origin) / 1000);
  const clients: TimelineClient[] = [];
  const clientOf = new Map<string, TimelineClient>();
  const events: SimEvent[] = [];
  const story: StoryItem[] = [];
  let end = 0;

  const whoOf = (e: RequestLogEntry): string => JSON.stringify([e.family, e.profile, e.user]);
  const client = (e: RequestLogEntry): TimelineClient => {
    let found = clientOf.get(whoOf(e));
    if (!found) {
      const rules = platformOf(e.family, registry);
      const lead = rules ? rules.willExpireLeadMs : SDK_WARNING_SECONDS * 1000;
      found = { client: clients.length, family: e.family, profile: e.profile, user: e.user, platform: rules?.id ?? null, warningSeconds: lead === null ? null : lead / 1000 };
      clients.push(found);
      clientOf.set(whoOf(e), found);
    }
    return found;
  };
  // Only requests that reached a profile are the app asking for a token (a 401 names no one).
  const asks = sorted.filter((e) => e.profile !== null && e.route.startsWith('/token'));
  const loggedIn = new Set<number>();
  const goodToken = (e: RequestLogEntry): boolean => e.status === 200 && e.expiresAt !== null && !e.faults.some((f) => SIM_FAULT[f]);
  // The same client's next request, and its next good token, by one pass from the end (a log holds 1,000 lines).
  const keys = asks.map(whoOf);
  const nextAsk: Array<RequestLogEntry | undefined> = [];
  const nextGood: Array<RequestLogEntry | undefined> = [];
  const laterAsk = new Map<string, RequestLogEntry>();
  const laterGood = new Map<string, RequestLogEntry>();
  for (let i = asks.length - 1; i >= 0; i--) {
    const e = asks[i]!;
    const key = keys[i]!;
    nextAsk[i] = laterAsk.get(key);
    nextGood[i] = laterGood.get(key);
    laterAsk.set(key, e);
    if (goodToken(e)) laterGood.set(key, e);
  }

  asks.forEach((e, i) => {
    const c = client(e);
    const t = rel(e.at);
    end = Math.max(end, t);
    events.push({ t, client: c.client, type: 'renew_requested', request: e.seq, purpose: loggedIn.has(c.client) ? 'renew' : 'relogin', attempt: 1 });
    if (e.status !== 200 || e.expiresAt === null) {
      const reason = e.status === 503 || e.status === 429 ? 'token_server_unavailable' : 'token_server_error';
      events.push({ t, client: c.client, type: 'renew_failed', request: e.seq, reason, code: e.status });
      return;
    }
    const expire = rel(e.expiresAt * 1000);
    const fault = e.faults.map((f) => SIM_FAULT[f]).find((f): f is TokenFault => f !== undefined);
    events.push({ t, client: c.client, type: 'token_issued', request: e.seq, expire, token: '', ...(fault ? { fault } : {}) });
    if (fault) {
      // The SDK refuses a wrong token; the one it holds keeps running.
      events.push({ t, client: c.client, type: 'renew_failed', request: e.seq, reason: 'rejected', code: null });
      return;
    }
    if (loggedIn.has(c.client)) events.push({ t, client: c.client, type: 'renew_succeeded', request: e.seq, expire });
    else {
      events.push({ t, client: c.client, type: 'login', expire });
      loggedIn.add(c.client);
    }

    const next = nextGood[i];
    const nextT = next ? rel(next.at) : null;
    const lead = c.warningSeconds;
    const warnT = lead === null ? null : round3(expire - lead);
    if (warnT !== null && warnT >= t && (nextT === null || nextT > warnT)) {
      events.push({ t: warnT, client: c.client, type: 'token_will_expire', remainingSeconds: Math.round(expire - warnT), expire });
    }
    if (nextT === null || nextT >= expire) {
      const atExpiry = platformOf(e.family, registry)?.atExpiry ?? 'disconnect';
      events.push({ t: expire, client: c.client, type: 'token_expired', expire, effect: atExpiry });
      end = Math.max(end, expire);
    }

    const lives = round1(expire - t);
    const base = { seq: e.seq, user: e.user, livesSeconds: lives, warningSeconds: lead ?? 0, laterSeconds: 0 };
    const anyNext = nextAsk[i];
    const ask = anyNext ? rel(anyNext.at) : null;
    if (ask === null) story.push({ ...base, kind: 'no-renewal', seconds: lives });
    else if (ask >= expire) story.push({ ...base, kind: 'after-expiry', seconds: round1(ask - expire) });
    else if (warnT === null) story.push({ ...base, kind: 'after-served', seconds: round1(ask - t), laterSeconds: round1(expire - ask) });
    else if (warnT <= t) story.push({ ...base, kind: 'after-served-under-lead', seconds: round1(ask - t), laterSeconds: round1(expire - ask) });
    else if (ask >= warnT) story.push({ ...base, kind: 'after-warning', seconds: round1(ask - warnT), laterSeconds: round1(expire - ask) });
    else story.push({ ...base, kind: 'before-warning', seconds: round1(warnT - ask) });
  });

  events.sort((a, b) => a.t - b.t);
  return { origin, durationSeconds: round1(end), clients, events, story };
}
