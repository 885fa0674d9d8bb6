/**
 * The renewal timeline simulator: a discrete-event simulation of clients holding tokens.
 *
 * Time jumps from one scheduled happening to the next (an agenda, not a ticking loop), so a
 * day of virtual time costs only as much as the things that happen in it. Each client follows
 * its SDK's token rules (src/shared/sim/sdkRules.ts) and the app's renewal policy; the token
 * server answers with real tokens minted at virtual time. The run is pure: the scenario, the
 * seed and the CryptoPort decide everything, so the same input gives the same events byte
 * for byte.
 *
 * Time model: integers of milliseconds since the scenario's start, on the servers' clock.
 * A client whose clock runs `skew` ms fast sees server time t as t + skew; its SDK (unless
 * `assumptions.sdkClock` is 'server') and its app time their timers by that clock, so a
 * timer set for device time D fires at server time D − skew. The servers judge expiry by
 * their own clock.
 *
 * Per-client state lives in typed arrays and every pending timer in the typed-array agenda;
 * superseded timers are not removed but carry a generation number and are skipped when they
 * come due. The only allocations per step are the events themselves.
 */
import type { CryptoPort } from '../crypto/cryptoPort';
import { simAssumptions } from './assumptions';
import { ConnectionLedger } from './connectionLedger';
import { EventQueue, type QueueEntry } from './eventQueue';
import {
  SIM_EVENT_TYPES,
  type DisconnectCause,
  type RenewFailureReason,
  type SimEvent,
  type SimEventType,
  type TokenFault,
  type TokenExpiredEvent,
  type TokenIssuedEvent,
  type TokenRequestPurpose,
} from './events';
import { createLatencySampler, latencyOf } from './latency';
import { buildOutageTimeline, type OutageTimeline } from './outageTimeline';
import { createPrng, deriveSeed, type Prng } from './prng';
import { FAULT_KINDS, type Scenario } from './scenario';
import type { PlatformRules, RefusalCodes } from '../families/family';
import {
  appRenewDueMs,
  assumptionSwitch,
  expiryEffectWhileConnected,
  isZegoPlatform,
  platformRules,
  renewalMode,
  warnsAtOnceAtLogin,
  warnsBeforeExpiry,
  willExpireDueMs,
  willExpireLeadMs,
} from './sdkRules';
import { privilegeEndsFirst, SimTokenMinter, type MintedToken, type SimCredentials, type SimIdentity } from './simTokenMinter';
import type { SimSummary } from './summary';

export interface SimulationOptions {
  crypto: CryptoPort;
  /** Real credentials (a profile's); without them the run uses throwaway ones derived from the seed. */
  credentials?: SimCredentials;
}

export interface SimResult {
  events: SimEvent[];
  summary: SimSummary;
  assumptions: string[];
  identity: SimIdentity;
}

/** Runs the scenario and collects every event. */
export function runSimulation(scenario: Scenario, options: SimulationOptions): SimResult {
  const events: SimEvent[] = [];
  const { summary, assumptions, identity } = simulate(scenario, options, (e) => events.push(e));
  return { events, summary, assumptions, identity };
}

/** Runs the scenario, handing each event to `onEvent` in order. */
export function simulate(
  scenario: Scenario,
  options: SimulationOptions,
  onEvent: (event: SimEvent) => void,
): { summary: SimSummary; assumptions: string[]; identity: SimIdentity } {
  const run = startSimulation(scenario, options, onEvent);
  run.advance(Infinity);
  return run.result();
}

/** A run that advances in slices, so a caller (the CLI) can let its output drain in between. */
export interface SimulationInProgress {
  /** Runs until about `maxEvents` more events were emitted or the run is over; true when it is over. */
  advance(maxEvents: number): boolean;
  /** Once `advance` returned true: the summary, the assumptions and the tokens' identity. */
  result(): { summary: SimSummary; assumptions: string[]; identity: SimIdentity };
}

export function startSimulation(scenario: Scenario, options: SimulationOptions, onEvent: (event: SimEvent) => void): SimulationInProgress {
  const run = new Simulation(scenario, options, onEvent);
  return {
    advance: (maxEvents) => run.advance(maxEvents),
    result() {
      if (!run.finished) throw new Error('the simulation has not finished');
      return { summary: run.summary(), assumptions: run.assumptions, identity: run.identity };
    },
  };
}

// Agenda entry kinds.
const K_LOGIN = 1; // a: 1 = the first login (mint the token first), 0 = retry with the token held
const K_WILL_EXPIRE = 2; // a: token generation
const K_APP_TIMER = 3; // a: token generation
const K_EXPIRY = 4; // a: token generation
const K_RESPONSE = 5; // a: request id, b: packed (sent ms, purpose, attempt)
const K_RETRY = 6; // a: attempt
const K_RECONNECT = 7; // a: connection generation
const K_RELOGIN = 8;
const K_OFFLINE_START = 9; // a: interval index
const K_OFFLINE_END = 10; // a: interval index
const K_SERVER_REFRESH = 11; // a: connection generation (LiveKit: the server hands a fresh token)

// Connection states.
const OFFLINE = 0; // not logged in yet, or a login failed
const CONNECTED = 1;
const RECONNECTING = 2;
const DISCONNECTED = 3;

const P_RENEW = 0;
const P_RECONNECT = 1;
const P_RELOGIN = 2;
const PURPOSES: readonly TokenRequestPurpose[] = ['renew', 'reconnect', 'relogin'];

const NO_FAULT = 0;
/** A token check that passed (codes themselves may be null: refused, number not documented). */
const ACCEPTED = -1;
const FAULT_BY_INDEX: readonly (TokenFault | null)[] = [null, ...FAULT_KINDS];

const TYPE_INDEX = new Map<SimEventType, number>(SIM_EVENT_TYPES.map((t, i) => [t, i]));

/**
 * The event's `token` is minted the first time anything reads it (JSON.stringify, a spread,
 * structured clone, a property read all do) and kept: a reader that never looks at the tokens
 * (the CLI's text output, a count of events) costs no encryption, and one that looks at all
 * of them gets every token, byte for byte the same as when each was minted at once. The key
 * keeps its place in the object, so the event serialises exactly as before.
 */
function withTokenOnRead(event: TokenIssuedEvent, minted: MintedToken): TokenIssuedEvent {
  let token: string | null = null;
  Object.defineProperty(event, 'token', {
    enumerable: true,
    configurable: true,
    get: () => (token ??= minted.token()),
    set: (value: string) => {
      token = value;
    },
  });
  return event;
}

function packRequest(sentMs: number, purpose: number, attempt: number): number {
  return sentMs * 1024 + purpose * 128 + attempt;
}

class Simulation {
  readonly assumptions: string[];
  readonly identity: SimIdentity;

  private readonly s: Scenario;
  private readonly emitEvent: (event: SimEvent) => void;
  private readonly queue = new EventQueue();
  private readonly entry: QueueEntry = { timeMs: 0, client: 0, kind: 0, a: 0, b: 0 };
  private readonly prng: Prng;
  private readonly minter: SimTokenMinter | null;
  private readonly drawLatency: () => number;
  private readonly outages: OutageTimeline;
  private readonly rules: PlatformRules;
  private readonly codes: PlatformRules['codes'];
  private readonly renewCodes: RefusalCodes;
  private readonly reconnectCodes: RefusalCodes;
  private readonly zego: boolean;
  /** The SDK raises "will expire" (ZEGO, Agora, Twilio Voice / Conversations, unless an assumed lead is switched off). */
  private readonly warns: boolean;
  private readonly leadMs: number;
  private readonly renewal: NonNullable<PlatformRules['renewal']>;
  /** An undocumented "warn at once under the lead" rule of the generic kind (null: the ZEGO switches decide). */
  private readonly warnAtOnce: boolean | null;
  /** The warning counts from the session's end (Agora's join privilege), not the token's expiry. */
  private readonly warnBySession: boolean;
  private readonly checksAtReconnect: boolean;
  /** The SDK raises its expiry callback only while reconnecting, and the app answers it with a new token (Agora RTM 1.x). */
  private readonly expiredWhileReconnecting: boolean;
  private readonly answersExpiredWhileReconnecting: boolean;
  /** The tokens carry a privilege that ends first and has its own rule (TRTC's PrivateMapKey): `rules.privilegeEnd`. */
  private readonly privilegeEnd: PlatformRules['privilegeEnd'] | null;
  /** What the privilege's end does to the session in this run (its switch). */
  private readonly privilegeEndEffect: TokenExpiredEvent['effect'];
  private readonly staticToken: boolean;
  /** The SDK asks the app's token provider before each reconnect (no "will expire" callback). */
  private readonly providerAsksBeforeReconnect: boolean;
  private readonly endMs: number;
  private readonly n: number;
  private readonly faultThresholds: Float64Array;
  private readonly anyFault: boolean;

  // Per-client state.
  private readonly state: Uint8Array;
  private readonly skewMs: Float64Array;
  private readonly loginAtMs: Float64Array;
  private readonly tokenExpireMs: Float64Array;
  /** What "will expire" counts from: the token's expiry, which may be after the session's end (tokenExpireMs). */
  private readonly warnFromMs: Float64Array;
  /** The token's own expiry, which the app's timer reads (later than tokenExpireMs when a privilege ends first). */
  private readonly ownExpireMs: Float64Array;
  /** When the held token's privilege ends before the token does (its session end), else Infinity. */
  private readonly privilegeEndsAtMs: Float64Array;
  private readonly tokenFault: Uint8Array;
  private readonly tokenGen: Int32Array;
  private readonly connGen: Int32Array;
  private readonly renewInFlight: Uint8Array;
  private readonly reloginInFlight: Uint8Array;
  private readonly loginPending: Uint8Array;
  private readonly providerAsked: Uint8Array;
  private readonly lostAtMs: Float64Array;
  private readonly reconnectAttempts: Int32Array;
  private readonly ledger: ConnectionLedger;

  // Totals.
  finished = false;
  private now = 0;
  private requestCounter = 0;
  private eventCount = 0;
  private truncated = false;
  private readonly typeCounts = new Float64Array(SIM_EVENT_TYPES.length);
  private readonly causeCounts: Record<DisconnectCause, number> = { token_expired: 0, token_rejected: 0 };
  private networkInterruptions = 0;

  constructor(scenario: Scenario, options: SimulationOptions, onEvent: (event: SimEvent) => void) {
    this.s = scenario;
    this.emitEvent = onEvent;
    this.assumptions = simAssumptions(scenario);
    this.n = scenario.clients;
    this.endMs = Math.round(scenario.durationSeconds * 1000);
    const rules = platformRules(scenario.platform);
    const switches = scenario.assumptions.switches;
    this.rules = rules;
    this.zego = isZegoPlatform(scenario.platform);
    this.warns = warnsBeforeExpiry(scenario.platform, switches);
    this.leadMs = willExpireLeadMs(scenario.platform);
    // A privilege renewed by its own call (TRTC updatePrivateMapKey) lets the app hand over new tokens in a session.
    this.privilegeEnd = rules.privilegeEnd !== undefined && privilegeEndsFirst(scenario) ? rules.privilegeEnd : null;
    this.privilegeEndEffect = this.privilegeEnd === null || assumptionSwitch(rules, 'dropAtPrivilegeEnd', switches) === false ? 'none' : this.privilegeEnd.atEnd;
    this.renewal = this.privilegeEnd?.renewCall !== undefined ? 'renew-call' : renewalMode(rules);
    this.warnAtOnce = assumptionSwitch(rules, 'warnAtOnce', switches) ?? null;
    this.warnBySession = assumptionSwitch(rules, 'warnBySession', switches) ?? true;
    this.checksAtReconnect = rules.checksAtReconnect !== false;
    this.expiredWhileReconnecting = rules.expiredCallbackWhileReconnecting === true;
    this.answersExpiredWhileReconnecting =
      this.expiredWhileReconnecting && scenario.renewal.policy !== 'never' && assumptionSwitch(rules, 'renewWhileReconnecting', switches) !== false;
    this.staticToken = rules.staticToken === true;
    this.providerAsksBeforeReconnect = rules.providerAsksBeforeReconnect === true;
    this.codes = rules.codes;
    this.renewCodes = rules.renewCodes ?? rules.codes;
    this.reconnectCodes = rules.reconnectCodes ?? rules.codes;
    this.prng = createPrng(deriveSeed(scenario.seed, 'sim-events'));
    this.drawLatency = createLatencySampler(latencyOf(scenario.renewal), this.prng);
    this.outages = buildOutageTimeline(scenario.outages);
    if (this.staticToken) {
      this.minter = null;
      this.identity = { appId: null, appKey: null, roomId: null };
    } else {
      const tokenRandom = createPrng(deriveSeed(scenario.seed, 'sim-token-randomness'));
      this.minter = new SimTokenMinter(scenario, options.crypto, tokenRandom, options.credentials);
      this.identity = this.minter.identity;
    }
    const faults = scenario.renewal.faults;
    this.faultThresholds = new Float64Array(FAULT_KINDS.length);
    let cumulative = 0;
    FAULT_KINDS.forEach((kind, i) => {
      cumulative += faults[kind];
      this.faultThresholds[i] = cumulative;
    });
    this.anyFault = cumulative > 0;

    const n = this.n;
    this.state = new Uint8Array(n);
    this.skewMs = new Float64Array(n);
    this.loginAtMs = new Float64Array(n);
    this.tokenExpireMs = new Float64Array(n).fill(Infinity);
    this.warnFromMs = new Float64Array(n).fill(Infinity);
    this.ownExpireMs = new Float64Array(n).fill(Infinity);
    this.privilegeEndsAtMs = new Float64Array(n).fill(Infinity);
    this.tokenFault = new Uint8Array(n);
    this.tokenGen = new Int32Array(n);
    this.connGen = new Int32Array(n);
    this.renewInFlight = new Uint8Array(n);
    this.reloginInFlight = new Uint8Array(n);
    this.loginPending = new Uint8Array(n);
    this.providerAsked = new Uint8Array(n);
    this.lostAtMs = new Float64Array(n);
    this.reconnectAttempts = new Int32Array(n);
    this.ledger = new ConnectionLedger(n);

    const skewRandom = createPrng(deriveSeed(scenario.seed, 'sim-clock-skew'));
    const loginRandom = createPrng(deriveSeed(scenario.seed, 'sim-login-times'));
    const spreadMs = Math.round(scenario.loginSpreadSeconds * 1000);
    for (let c = 0; c < n; c++) {
      const jitter = scenario.clockSkewJitterSeconds * (skewRandom.nextFloat() * 2 - 1);
      this.skewMs[c] = Math.round((scenario.clockSkewSeconds + jitter) * 1000);
      this.loginAtMs[c] = spreadMs > 0 ? Math.floor(loginRandom.nextFloat() * spreadMs) : 0;
    }
    // Outages first at equal times: a login at the moment the network drops sees it down.
    const offline = this.outages.offline;
    for (let i = 0; i < offline.count; i++) {
      this.queue.push(offline.start(i), -1, K_OFFLINE_START, i);
      this.queue.push(offline.end(i), -1, K_OFFLINE_END, i);
    }
    for (let c = 0; c < n; c++) this.queue.push(this.loginAtMs[c] as number, c, K_LOGIN, 1);
  }

  advance(budget: number): boolean {
    if (this.finished) return true;
    const stopAt = this.eventCount + budget;
    const e = this.entry;
    const asleep = this.outages.asleep;
    while (this.eventCount < stopAt) {
      if (this.truncated || this.queue.peekTime() > this.endMs) {
        this.finish();
        return true;
      }
      this.queue.pop(e);
      this.now = e.timeMs;
      // A suspended device runs no timers: its client-side work waits for the wake-up.
      // Expiry is the server's business and happens on time.
      if (e.client >= 0 && e.kind !== K_EXPIRY && asleep.count > 0) {
        const wake = asleep.endOfIntervalAt(e.timeMs);
        if (wake !== -1) {
          this.queue.push(wake, e.client, e.kind, e.a, e.b);
          continue;
        }
      }
      this.dispatch(e);
    }
    return false;
  }

  private finish(): void {
    if (!this.truncated) this.now = this.endMs;
    this.ledger.close(this.now);
    this.finished = true;
  }

  private dispatch(e: QueueEntry): void {
    const c = e.client;
    switch (e.kind) {
      case K_LOGIN:
        if (e.a === 1) this.firstLogin(c);
        else this.login(c);
        return;
      case K_WILL_EXPIRE:
        if (e.a === this.tokenGen[c]) this.willExpire(c);
        return;
      case K_APP_TIMER:
        if (e.a === this.tokenGen[c] && this.loggedIn(c)) this.requestToken(c, P_RENEW, 1);
        return;
      case K_EXPIRY:
        if (e.a === this.tokenGen[c]) this.expire(c);
        return;
      case K_RESPONSE:
        this.response(c, e.a, e.b);
        return;
      case K_RETRY:
        if (this.loggedIn(c)) this.requestToken(c, P_RENEW, e.a);
        return;
      case K_RECONNECT:
        if (e.a === this.connGen[c] && this.state[c] === RECONNECTING) this.reconnect(c);
        return;
      case K_RELOGIN:
        this.relogin(c);
        return;
      case K_OFFLINE_START:
        this.networkLost(e.a);
        return;
      case K_OFFLINE_END:
        this.networkRestored();
        return;
      case K_SERVER_REFRESH:
        if (e.a === this.connGen[c] && this.state[c] === CONNECTED) this.serverRefresh(c);
        return;
    }
  }

  // ---- events -------------------------------------------------------------------------

  private emit(event: SimEvent): void {
    if (this.eventCount >= this.s.maxEvents) {
      this.truncated = true;
      return;
    }
    this.eventCount++;
    this.typeCounts[TYPE_INDEX.get(event.type) as number]! += 1;
    this.emitEvent(event);
  }

  private get t(): number {
    return this.now / 1000;
  }

  // ---- login --------------------------------------------------------------------------

  /** The app starts with a token fresh from its server (no request: it is there at start). */
  private firstLogin(c: number): void {
    if (this.minter) {
      const minted = this.minter.mint(c, this.now, null);
      this.emit(withTokenOnRead({ t: this.t, client: c, type: 'token_issued', request: null, expire: minted.expireMs / 1000, token: '' }, minted));
      this.holdToken(c, minted.expireMs, NO_FAULT, minted.tokenExpireMs);
    }
    this.login(c);
  }

  /** The token the SDK will use from now on (for login, reconnect and the server's checks). */
  private holdToken(c: number, expireMs: number, fault: number, tokenExpireMs?: number): void {
    this.tokenExpireMs[c] = expireMs;
    this.warnFromMs[c] = tokenExpireMs === undefined || this.warnBySession ? expireMs : tokenExpireMs;
    // The app renewing a privilege through its own call (updatePrivateMapKey) times it from the privilege's end.
    this.ownExpireMs[c] = this.privilegeEnd?.renewCall !== undefined ? expireMs : (tokenExpireMs ?? expireMs);
    this.privilegeEndsAtMs[c] = tokenExpireMs !== undefined && tokenExpireMs > expireMs ? expireMs : Infinity;
    this.tokenFault[c] = fault;
  }

  private login(c: number): void {
    this.loginPending[c] = 0;
    this.ledger.attempted(c, this.now);
    if (this.outages.offline.contains(this.now)) {
      this.emit({ t: this.t, client: c, type: 'login_failed', code: null, reason: 'network', during: 'login' });
      this.loginPending[c] = 1;
      return;
    }
    if (this.serverRefuses(c, 'login') !== null) {
      this.state[c] = OFFLINE;
      if (this.s.relogin.enabled) this.queue.push(this.now + this.s.relogin.delaySeconds * 1000, c, K_RELOGIN);
      return;
    }
    this.emit({ t: this.t, client: c, type: 'login', expire: this.staticToken ? null : this.tokenExpireMs[c]! / 1000 });
    this.enterConnected(c);
    if (!this.staticToken) this.scheduleTokenTimers(c, true);
  }

  /** The server judges the token held at a login or reconnect; a refusal is announced and returned. */
  private serverRefuses(c: number, during: 'login' | 'reconnect', callback?: string): { cause: DisconnectCause; code: number | null } | null {
    const code = this.refusalCode(c, during === 'login' ? this.codes : this.reconnectCodes);
    if (code === ACCEPTED) return null;
    const cause: DisconnectCause = this.tokenExpireMs[c]! <= this.now ? 'token_expired' : 'token_rejected';
    this.emit({ t: this.t, client: c, type: 'login_failed', code, reason: cause, during, ...(callback === undefined ? {} : { callback }) });
    return { cause, code };
  }

  /** The code the server answers a login / reconnect with for the token held (null: refused, number undocumented), or ACCEPTED. */
  private refusalCode(c: number, codes: RefusalCodes): number | null | typeof ACCEPTED {
    if (this.staticToken) return ACCEPTED;
    if (this.tokenExpireMs[c]! <= this.now) return codes.tokenExpired;
    return this.faultCode(this.tokenFault[c]!, codes);
  }

  private faultCode(fault: number, codes: RefusalCodes): number | null | typeof ACCEPTED {
    switch (FAULT_BY_INDEX[fault]) {
      case 'expired':
        return codes.tokenExpired;
      case 'otherUser':
        return codes.otherUser;
      case 'otherApp':
        return codes.otherApp;
      case 'otherSecret':
        return codes.otherSecret;
      case 'noPublishPrivilege':
        // Only platforms with room privileges draw this fault (the scenario refuses it elsewhere).
        return this.rules.codes.noPublishPrivilege ?? ACCEPTED;
      default:
        return ACCEPTED;
    }
  }

  private loggedIn(c: number): boolean {
    const st = this.state[c];
    return st === CONNECTED || st === RECONNECTING;
  }

  // ---- token timers -------------------------------------------------------------------

  /** A new token is in the SDK's hands: supersede the old timers and set the new ones. */
  private scheduleTokenTimers(c: number, atLogin: boolean): void {
    const gen = ++this.tokenGen[c]!;
    const expireMs = this.tokenExpireMs[c]!;
    const now = this.now;
    const end = this.endMs;
    const skew = this.skewMs[c]!;
    if (this.warns) {
      const sdkSkew = this.s.assumptions.sdkClock === 'device' ? skew : 0;
      const warnAt = willExpireDueMs(this.warnFromMs[c]!, sdkSkew, this.leadMs);
      if (warnAt >= now) {
        if (warnAt <= end) this.queue.push(warnAt, c, K_WILL_EXPIRE, gen);
      } else if (this.warnsAtOnce(atLogin)) {
        this.queue.push(now, c, K_WILL_EXPIRE, gen);
      }
    }
    // A token already past its expiry (the "expired" fault on a backend that takes it) expires now: time never runs back.
    if (expireMs <= end) this.queue.push(Math.max(expireMs, now), c, K_EXPIRY, gen);
    // An SDK that takes no new token during a session leaves the app's timer nothing to do.
    if (this.s.renewal.policy === 'before-expiry' && this.renewal !== 'none') {
      const renewAt = appRenewDueMs(this.ownExpireMs[c]!, this.s.renewal.leadSeconds, now, skew);
      if (renewAt <= end) this.queue.push(renewAt, c, K_APP_TIMER, gen);
    }
  }

  private warnsAtOnce(atLogin: boolean): boolean {
    if (this.warnAtOnce !== null) return this.warnAtOnce;
    if (!atLogin) return this.s.assumptions.warnAfterShortRenewal;
    return warnsAtOnceAtLogin(this.s.platform, this.s.assumptions.expressImmediateWarning);
  }

  private willExpire(c: number): void {
    // A timer that comes due late (a device waking from sleep) has nothing to announce once
    // the token is dead: the session was judged by the server's clock.
    if (!this.loggedIn(c) || this.now >= this.tokenExpireMs[c]!) return;
    const sdkSkew = this.s.assumptions.sdkClock === 'device' ? this.skewMs[c]! : 0;
    const remainingMs = this.warnFromMs[c]! - (this.now + sdkSkew);
    this.emit({
      t: this.t,
      client: c,
      type: 'token_will_expire',
      remainingSeconds: Math.max(0, Math.floor(remainingMs / 1000)),
      expire: this.warnFromMs[c]! / 1000,
    });
    if (this.s.renewal.policy === 'on-will-expire' && this.renewal !== 'none') this.requestToken(c, P_RENEW, 1);
  }

  private expire(c: number): void {
    const st = this.state[c];
    if (st !== CONNECTED && st !== RECONNECTING) return;
    const expire = this.tokenExpireMs[c]! / 1000;
    const t = this.t;
    // RTM 1.x raises its callback when a reconnection is refused (finishReconnect), never at the expiry itself.
    const callback = this.expiredWhileReconnecting ? undefined : this.rules.expiredCallback;
    // A privilege that ends first (TRTC's PrivateMapKey) is the room's decision: it removes the user even while reconnecting.
    const privilegeEnds = this.privilegeEnd !== null && this.privilegeEndsAtMs[c] === this.tokenExpireMs[c];
    if (st === RECONNECTING && !(privilegeEnds && this.privilegeEndEffect !== 'none')) {
      // Unless the SDK asks the app's token provider first (CommsEase) or does not check at reconnect (TRTC).
      const willFail = this.checksAtReconnect && !(this.providerAsksBeforeReconnect && this.s.renewal.policy === 'on-will-expire');
      const event: TokenExpiredEvent = { t, client: c, type: 'token_expired', expire, effect: willFail ? 'reconnect-will-fail' : 'none' };
      if (callback !== undefined) event.callback = callback;
      this.emit(event);
      return;
    }
    const effect = privilegeEnds
      ? this.privilegeEndEffect
      : expiryEffectWhileConnected(this.s.platform, this.s.express.onExpiry, this.s.assumptions.commsEaseExpiryDropsConnection, this.s.assumptions.switches);
    const event: TokenExpiredEvent = { t, client: c, type: 'token_expired', expire, effect };
    if (callback !== undefined) event.callback = callback;
    this.emit(event);
    if (effect === 'disconnect' || effect === 'kick') {
      this.disconnect(c, 'token_expired', effect === 'kick' ? this.rules.codes.expiryKick : null);
    } else {
      this.ledger.tokenExpiredWhileConnected(c, this.now);
    }
  }

  // ---- the token server ---------------------------------------------------------------

  private requestToken(c: number, purpose: number, attempt: number): void {
    if (purpose === P_RENEW) {
      if (this.renewInFlight[c]) return;
      this.renewInFlight[c] = 1;
    } else if (purpose === P_RELOGIN) {
      this.reloginInFlight[c] = 1;
    }
    const request = ++this.requestCounter;
    this.emit({ t: this.t, client: c, type: 'renew_requested', request, purpose: PURPOSES[purpose]!, attempt });
    // Offline: the request fails at once, without reaching the server.
    const answerAt = this.outages.offline.contains(this.now) ? this.now : this.now + this.drawLatency();
    this.queue.push(answerAt, c, K_RESPONSE, request, packRequest(this.now, purpose, attempt));
  }

  private response(c: number, request: number, packed: number): void {
    const sentMs = Math.floor(packed / 1024);
    const purpose = Math.floor(packed / 128) % 8;
    const attempt = packed % 128;
    if (purpose === P_RENEW) this.renewInFlight[c] = 0;
    else if (purpose === P_RELOGIN) this.reloginInFlight[c] = 0;

    let reason: RenewFailureReason | null = null;
    if (this.outages.offline.contains(sentMs) || this.outages.offline.touches(sentMs, this.now)) reason = 'network';
    else if (this.outages.tokenServerDown.contains(sentMs)) reason = 'token_server_unavailable';
    else if (this.s.renewal.failureRate > 0 && this.prng.nextFloat() < this.s.renewal.failureRate) reason = 'token_server_error';
    if (reason !== null) {
      this.emit({ t: this.t, client: c, type: 'renew_failed', request, reason, code: null });
      this.requestFailed(c, purpose, attempt);
      return;
    }

    const fault = this.drawFault();
    const minted = this.minter!.mint(c, this.now, FAULT_BY_INDEX[fault]!);
    const issued = withTokenOnRead({ t: this.t, client: c, type: 'token_issued', request, expire: minted.expireMs / 1000, token: '' }, minted);
    if (fault !== NO_FAULT) issued.fault = FAULT_BY_INDEX[fault]!;
    this.emit(issued);

    if (purpose === P_RENEW) this.renew(c, request, minted.expireMs, fault, attempt, minted.tokenExpireMs);
    else if (purpose === P_RECONNECT) this.provideForReconnect(c, request, minted.expireMs, fault);
    else {
      this.holdToken(c, minted.expireMs, fault, minted.tokenExpireMs);
      this.login(c);
    }
  }

  private drawFault(): number {
    if (!this.anyFault) return NO_FAULT;
    const u = this.prng.nextFloat();
    const thresholds = this.faultThresholds;
    for (let i = 0; i < thresholds.length; i++) if (u < thresholds[i]!) return i + 1;
    return NO_FAULT;
  }

  private requestFailed(c: number, purpose: number, attempt: number): void {
    if (purpose === P_RENEW) {
      const retry = this.s.renewal.retry;
      if (attempt <= retry.maxRetries && this.loggedIn(c)) {
        const delayMs = Math.round(retry.delaySeconds * 1000 * retry.multiplier ** (attempt - 1));
        this.queue.push(this.now + delayMs, c, K_RETRY, attempt + 1);
      }
    } else if (purpose === P_RECONNECT) {
      // The SDK reconnects anyway, with the token it already holds.
      this.continueReconnect(c);
    } else if (this.s.relogin.enabled) {
      this.queue.push(this.now + this.s.relogin.delaySeconds * 1000, c, K_RELOGIN);
    }
  }

  /** The app hands the SDK a new token (ZEGO renewToken; CommsEase keeps it for the next reconnect). */
  private renew(c: number, request: number, expireMs: number, fault: number, attempt: number, tokenExpireMs?: number): void {
    const t = this.t;
    if (this.renewal !== 'renew-call') {
      if (!this.loggedIn(c)) return;
      this.holdToken(c, expireMs, fault, tokenExpireMs);
      this.ledger.tokenValidAgain(c, this.now);
      this.emit({ t, client: c, type: 'renew_succeeded', request, expire: expireMs / 1000 });
      this.scheduleTokenTimers(c, false);
      return;
    }
    if (!this.loggedIn(c)) {
      this.emit({ t, client: c, type: 'renew_failed', request, reason: 'rejected', code: this.codes.renewWhenLoggedOut });
      return;
    }
    const code = expireMs <= this.now ? this.renewCodes.tokenExpired : this.faultCode(fault, this.renewCodes);
    if (code !== ACCEPTED) {
      this.emit({ t, client: c, type: 'renew_failed', request, reason: 'rejected', code });
      this.requestFailed(c, P_RENEW, attempt);
      return;
    }
    this.holdToken(c, expireMs, fault, tokenExpireMs);
    this.ledger.tokenValidAgain(c, this.now);
    this.emit({ t, client: c, type: 'renew_succeeded', request, expire: expireMs / 1000 });
    this.scheduleTokenTimers(c, false);
  }

  // ---- network ------------------------------------------------------------------------

  private networkLost(interval: number): void {
    const asleep = this.outages.asleep.contains(this.now);
    const upAt = this.outages.offline.end(interval);
    const t = this.t;
    for (let c = 0; c < this.n; c++) {
      this.emit({ t, client: c, type: 'network_lost', kind: asleep ? 'sleep' : 'network' });
      if (this.state[c] !== CONNECTED) continue;
      this.networkInterruptions++;
      this.ledger.notConnected(c, this.now);
      this.state[c] = RECONNECTING;
      this.lostAtMs[c] = this.now;
      this.connGen[c]!++;
      this.emit({ t, client: c, type: 'reconnecting' });
      this.scheduleReconnect(c, upAt);
    }
  }

  private networkRestored(): void {
    const t = this.t;
    for (let c = 0; c < this.n; c++) {
      this.emit({ t, client: c, type: 'network_restored' });
      if (this.loginPending[c]) this.queue.push(this.now, c, K_LOGIN, 0);
    }
  }

  /**
   * The SDK's next reconnection attempt at or after `notBeforeMs`: attempts run at the
   * exponential-backoff ticks counted from the moment the connection was lost.
   */
  private scheduleReconnect(c: number, notBeforeMs: number): void {
    const { initialDelayMs, maxDelayMs, multiplier } = this.s.reconnect;
    let at = this.lostAtMs[c]!;
    let attempts = 0;
    let delay = Math.min(initialDelayMs, maxDelayMs);
    if (delay <= 0) {
      at = notBeforeMs;
      attempts = 1;
    } else {
      while (at < notBeforeMs) {
        if (delay >= maxDelayMs) {
          const ticks = Math.ceil((notBeforeMs - at) / maxDelayMs);
          at += ticks * maxDelayMs;
          attempts += ticks;
          break;
        }
        at += delay;
        attempts++;
        delay = Math.min(delay * multiplier, maxDelayMs);
      }
      if (attempts === 0) attempts = 1;
    }
    this.reconnectAttempts[c] = attempts;
    this.queue.push(Math.round(at), c, K_RECONNECT, this.connGen[c]!);
  }

  private reconnect(c: number): void {
    const upAt = this.outages.offline.endOfIntervalAt(this.now);
    if (upAt !== -1) {
      this.scheduleReconnect(c, upAt);
      return;
    }
    if (this.providerAsksBeforeReconnect && this.s.renewal.policy === 'on-will-expire' && !this.providerAsked[c]) {
      // The SDK asks the app for a fresh token before it reconnects.
      this.providerAsked[c] = 1;
      this.requestToken(c, P_RECONNECT, 1);
      return;
    }
    this.finishReconnect(c);
  }

  private provideForReconnect(c: number, request: number, expireMs: number, fault: number): void {
    if (this.state[c] !== RECONNECTING) return;
    this.holdToken(c, expireMs, fault);
    this.emit({ t: this.t, client: c, type: 'renew_succeeded', request, expire: expireMs / 1000 });
    this.scheduleTokenTimers(c, false);
    this.continueReconnect(c);
  }

  /** After the app answered (or failed to) the SDK's request for a token, the attempt goes on. */
  private continueReconnect(c: number): void {
    if (this.state[c] !== RECONNECTING) return;
    const upAt = this.outages.offline.endOfIntervalAt(this.now);
    if (upAt !== -1) {
      this.providerAsked[c] = 0;
      this.connGen[c]!++;
      this.scheduleReconnect(c, upAt);
      return;
    }
    this.finishReconnect(c);
  }

  private finishReconnect(c: number): void {
    const asked = this.providerAsked[c] === 1;
    this.providerAsked[c] = 0;
    // RTM 1.x: an attempt refused for an expired token raises onTokenExpired while the SDK keeps reconnecting.
    const expiredCallback = this.expiredWhileReconnecting && this.tokenExpireMs[c]! <= this.now ? this.rules.expiredCallback : undefined;
    const refused = this.checksAtReconnect ? this.serverRefuses(c, 'reconnect', expiredCallback) : null;
    if (refused !== null) {
      if (expiredCallback !== undefined && this.answersExpiredWhileReconnecting && !asked) {
        // The app answers with a new token, once per reconnection; the attempt goes on when it arrives.
        this.providerAsked[c] = 1;
        this.requestToken(c, P_RECONNECT, 1);
        return;
      }
      this.disconnect(c, refused.cause, refused.code);
      return;
    }
    this.emit({
      t: this.t,
      client: c,
      type: 'reconnected',
      attempts: this.reconnectAttempts[c]!,
      offlineSeconds: (this.now - this.lostAtMs[c]!) / 1000,
    });
    this.enterConnected(c);
  }

  // ---- disconnection and recovery -----------------------------------------------------

  private disconnect(c: number, cause: DisconnectCause, code: number | null): void {
    this.ledger.disconnected(c, this.now);
    this.state[c] = DISCONNECTED;
    this.tokenGen[c]!++;
    this.connGen[c]!++;
    this.providerAsked[c] = 0;
    this.causeCounts[cause]++;
    this.emit({ t: this.t, client: c, type: 'disconnected', cause, code });
    if (this.s.relogin.enabled) this.queue.push(this.now + this.s.relogin.delaySeconds * 1000, c, K_RELOGIN);
  }

  private relogin(c: number): void {
    const st = this.state[c];
    if ((st !== DISCONNECTED && st !== OFFLINE) || this.reloginInFlight[c] || this.loginPending[c]) return;
    this.requestToken(c, P_RELOGIN, 1);
  }

  // ---- bookkeeping for the summary ----------------------------------------------------

  private enterConnected(c: number): void {
    this.state[c] = CONNECTED;
    this.ledger.connected(c, this.now);
    const refresh = this.rules.serverRefresh;
    if (refresh !== undefined && this.minter && this.now + refresh.everyMs <= this.endMs) {
      this.queue.push(this.now + refresh.everyMs, c, K_SERVER_REFRESH, this.connGen[c]!);
    }
  }

  /**
   * The vendor's server hands a connected client a fresh token by itself (LiveKit): the SDK
   * holds it for its next reconnect, and expiry never ends the live session. The app's own
   * timers do not move (the app knows nothing of it).
   */
  private serverRefresh(c: number): void {
    const refresh = this.rules.serverRefresh!;
    const minted = this.minter!.mint(c, this.now, null, Math.round(refresh.validForMs / 1000));
    this.emit(withTokenOnRead({ t: this.t, client: c, type: 'token_issued', request: null, expire: minted.expireMs / 1000, token: '', serverRefresh: true }, minted));
    this.holdToken(c, minted.expireMs, NO_FAULT);
    this.ledger.tokenValidAgain(c, this.now);
    const gen = ++this.tokenGen[c]!;
    if (minted.expireMs <= this.endMs) this.queue.push(Math.max(minted.expireMs, this.now), c, K_EXPIRY, gen);
    if (this.now + refresh.everyMs <= this.endMs) this.queue.push(this.now + refresh.everyMs, c, K_SERVER_REFRESH, this.connGen[c]!);
  }

  summary(): SimSummary {
    const end = this.now;
    const figures = this.ledger.figures(end, this.loginAtMs);
    const counts = {} as Record<SimEventType, number>;
    SIM_EVENT_TYPES.forEach((type, i) => (counts[type] = this.typeCounts[i]!));
    const total = this.causeCounts.token_expired + this.causeCounts.token_rejected;
    return {
      type: 'summary',
      platform: this.s.platform,
      clients: this.n,
      durationSeconds: this.s.durationSeconds,
      simulatedSeconds: end / 1000,
      connectedPercent: figures.connectedPercent,
      connectedWithExpiredTokenSeconds: figures.connectedWithExpiredTokenSeconds,
      disconnections: { total, byCause: { ...this.causeCounts }, clientsAffected: figures.clientsAffected },
      networkInterruptions: this.networkInterruptions,
      worstGap: figures.worstGap,
      counts,
      truncated: this.truncated,
      assumptions: this.assumptions,
    };
  }
}
