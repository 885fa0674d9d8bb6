/**
 * The live mode's plan: what an SDK logged in with one real token will do, at which real
 * (epoch) times, under the app's renewal policy.
 *
 * The simulator answers "what happens over hours of virtual time"; the live mode answers
 * "what happens to THIS token, from now on". It reads the same rules (`sdkRules.ts`) so the
 * two can never disagree about when "will expire" fires or what an expiry does. Pure: `now`
 * and the login moment are arguments, so the screen recomputes it on every tick of its clock
 * and crosses off what has passed.
 */
import { defaultRegistry } from '../families/registry';
import type { SimEventType, TokenExpiredEvent } from './events';
import type { ExpressExpiryBehaviour, RenewalPolicy } from './scenario';
import {
  appRenewDueMs,
  codesFor,
  COMMSEASE_AUTH_FAILED,
  EXPRESS_CODES,
  EXPRESS_PLAY_REFUSED,
  EXPRESS_PUBLISH_REFUSED,
  expiryEffectWhileConnected,
  isZegoPlatform,
  platformRules,
  renewalMode,
  warnsAtOnceAtLogin,
  warnsBeforeExpiry,
  willExpireDueMs,
  willExpireLeadMs,
  ZIM_CODES,
} from './sdkRules';

/** The platforms a real, expiring token can be watched on (static tokens never expire), in registry order. */
export const LIVE_PLATFORMS: readonly string[] = defaultRegistry.platforms
  .filter((p) => p.rules.simulated === true && p.rules.staticToken !== true)
  .map((p) => p.rules.id);
/** A platform id of LIVE_PLATFORMS. */
export type LivePlatform = string;

export interface LiveEventsInput {
  platform: LivePlatform;
  /** Epoch seconds, as the token says. */
  expiresAt: number;
  /** Epoch seconds of creation when readable (CommsEase curTime; ZEGO ctime needs the secret). */
  issuedAt: number | null;
  /** The current epoch second. */
  now: number;
  /** When the app logged in with the token — the live run's start; default `now`. */
  loginAt?: number;
  policy: RenewalPolicy;
  /** For `before-expiry`: how long before expiry the app renews on its own timer. */
  leadSeconds: number;
  /** Express only; default 'refuse-next' (SDK 2.8–2.12, or 2.13+ without expiry management). */
  expressOnExpiry?: ExpressExpiryBehaviour;
  /** Epoch seconds at which the session's right ends before the token expires (Agora's join privilege: `lifecycle.sessionEndOf`). */
  sessionEndsAt?: number | null;
}

export interface LiveEvent {
  type: SimEventType;
  /** Epoch seconds. */
  at: number;
  /** True once `now` has reached `at`. */
  passed: boolean;
  /** True for an event that happens only if the renewal planned before it does not succeed. */
  ifNotRenewed: boolean;
  /** The vendor's code the app will see, when there is one. */
  code: number | null;
  /** One sentence: what the SDK or the app does. */
  detail: string;
  /** A rule the vendor does not document that this event relies on, in words; else null. */
  assumption: string | null;
}

export interface LivePlan {
  events: LiveEvent[];
  /** Seconds from `now` to expiry (negative once expired). */
  secondsLeft: number;
  /** The token's whole lifetime when `issuedAt` is known. */
  lifetimeSeconds: number | null;
  /** The login itself is refused: the token had expired when the live run started. */
  refusedAtLogin: boolean;
}

const EXPRESS_IMMEDIATE_WARNING =
  'Firing "will expire" at once when under 30 s remain is documented for ZIM; for Express it is assumed.';
const COMMSEASE_LIVE_EXPIRY =
  'Whether an expiry in the middle of a live CommsEase connection drops it is not documented; assumed it does not.';

type Draft = Omit<LiveEvent, 'passed'>;

/** The events of a live run, in time order, each marked passed or still to come. */
export function upcomingLiveEvents(input: LiveEventsInput): LivePlan {
  const { platform, expiresAt, issuedAt, now, policy, leadSeconds } = input;
  const loginAt = input.loginAt ?? now;
  const drafts: Draft[] = [];
  const refusedAtLogin = loginAt >= expiresAt;

  if (refusedAtLogin) {
    drafts.push({
      type: 'login_failed',
      at: loginAt,
      ifNotRenewed: false,
      code: codesFor(platform).tokenExpired,
      detail: 'The login is refused: the token has already expired. The app needs a new token from its server.',
      assumption: null,
    });
  } else {
    drafts.push({ type: 'login', at: loginAt, ifNotRenewed: false, code: null, detail: 'The app logs in with this token (the live run starts).', assumption: null });
    if (isZegoPlatform(platform)) drafts.push(...zegoDrafts(platform, expiresAt, loginAt, policy, leadSeconds, input.expressOnExpiry ?? 'refuse-next'));
    else if (platformRules(platform).providerAsksBeforeReconnect === true) drafts.push(...commsEaseDrafts(platform, expiresAt, loginAt, policy, leadSeconds));
    else drafts.push(...genericDrafts(platform, sessionEnd(input), loginAt, policy, leadSeconds, expiresAt));
  }

  // Stable: events due at the same second keep their causal order (warning, then renewal).
  const events = drafts
    .map((d, i) => ({ d, i }))
    .sort((x, y) => x.d.at - y.d.at || x.i - y.i)
    .map(({ d }) => ({ ...d, passed: d.at <= now }));
  return {
    events,
    secondsLeft: expiresAt - now,
    lifetimeSeconds: issuedAt === null ? null : expiresAt - issuedAt,
    refusedAtLogin,
  };
}

function renewDraft(at: number, policy: RenewalPolicy, leadSeconds: number): Draft {
  return {
    type: 'renew_requested',
    at,
    ifNotRenewed: false,
    code: null,
    detail:
      policy === 'on-will-expire'
        ? 'The app asks its token server for a new token, from the "will expire" callback.'
        : `The app asks its token server for a new token, on its own timer ${leadSeconds} s before expiry.`,
    assumption: null,
  };
}

function appRenewAt(expiresAt: number, leadSeconds: number, loginAt: number): number {
  return appRenewDueMs(expiresAt * 1000, leadSeconds, loginAt * 1000) / 1000;
}

function zegoDrafts(
  platform: LivePlatform,
  expiresAt: number,
  loginAt: number,
  policy: RenewalPolicy,
  leadSeconds: number,
  onExpiry: ExpressExpiryBehaviour,
): Draft[] {
  const out: Draft[] = [];
  const warnDue = willExpireDueMs(expiresAt * 1000) / 1000;
  // The live mode follows the simulator's default reading of the Express rule.
  const warnAt = warnDue >= loginAt ? warnDue : warnsAtOnceAtLogin(platform, true) ? loginAt : null;
  const rules = platformRules(platform);
  const callback = rules.willExpireCallback ?? 'onTokenWillExpire';
  if (warnAt !== null) {
    out.push({
      type: 'token_will_expire',
      at: warnAt,
      ifNotRenewed: false,
      code: null,
      detail: `${callback} fires with ${expiresAt - warnAt} s left${warnAt === loginAt && warnDue < loginAt ? ' — at once, since under 30 s remained at login' : ''}.`,
      assumption: !rules.warnsAtOnceUnderLead && warnAt === loginAt && warnDue < loginAt ? EXPRESS_IMMEDIATE_WARNING : null,
    });
    if (policy === 'on-will-expire') out.push(renewDraft(warnAt, policy, leadSeconds));
  }
  if (policy === 'before-expiry') out.push(renewDraft(appRenewAt(expiresAt, leadSeconds, loginAt), policy, leadSeconds));

  const ifNotRenewed = policy !== 'never';
  const effect = expiryEffectWhileConnected(platform, onExpiry, false);
  out.push({ type: 'token_expired', at: expiresAt, ifNotRenewed, code: expiredCode(effect), detail: expiredDetail(platform, effect), assumption: null });
  if (effect === 'disconnect' || effect === 'kick') {
    out.push({
      type: 'disconnected',
      at: expiresAt,
      ifNotRenewed,
      code: effect === 'kick' ? EXPRESS_CODES.expiryKick : null,
      detail:
        effect === 'kick'
          ? 'Kicked from the room (RoomTokenExpiredKickedOut); publishing stops.'
          : `Connection state Disconnected with event TokenExpired; later calls fail with ${ZIM_CODES.renewWhenLoggedOut} (not logged in).`,
      assumption: null,
    });
  }
  return out;
}

function expiredCode(effect: TokenExpiredEvent['effect']): number | null {
  if (effect === 'refuse-next-publish-play') return EXPRESS_PUBLISH_REFUSED;
  return null;
}

function expiredDetail(platform: LivePlatform, effect: TokenExpiredEvent['effect']): string {
  if (effect === 'refuse-next-publish-play') {
    return `The token expires; the user stays in the room but the next publish / play is refused (${EXPRESS_PUBLISH_REFUSED} / ${EXPRESS_PLAY_REFUSED}).`;
  }
  if (effect === 'kick') return 'The room token expires (SDK 2.13+ with expiry management).';
  return platformRules(platform).roomPrivileges === true ? 'The room token expires.' : 'The token expires unrenewed.';
}

function commsEaseDrafts(platform: LivePlatform, expiresAt: number, loginAt: number, policy: RenewalPolicy, leadSeconds: number): Draft[] {
  const out: Draft[] = [];
  if (policy === 'before-expiry') out.push(renewDraft(appRenewAt(expiresAt, leadSeconds, loginAt), policy, leadSeconds));
  const effect = expiryEffectWhileConnected(platform, 'refuse-next', false);
  const providerRenews = policy === 'on-will-expire';
  out.push({
    type: 'token_expired',
    at: expiresAt,
    ifNotRenewed: policy === 'before-expiry',
    code: providerRenews ? null : COMMSEASE_AUTH_FAILED,
    detail: providerRenews
      ? 'The token expires. No callback warns of it; the live connection carries on, and the next reconnect asks your token provider (willReconnect / dynamicTokenProvider) for a fresh token.'
      : `The token expires. No callback warns of it; the live connection carries on, but the next reconnect is refused with ${COMMSEASE_AUTH_FAILED} and the SDK stops reconnecting.`,
    assumption: effect === 'none' ? COMMSEASE_LIVE_EXPIRY : null,
  });
  return out;
}

/** When the session's right ends: the token's expiry, or an earlier join privilege's end. */
function sessionEnd(input: LiveEventsInput): number {
  const ends = input.sessionEndsAt;
  return ends !== undefined && ends !== null && ends < input.expiresAt ? ends : input.expiresAt;
}

/** The undocumented rule behind `toggle` on this platform, in words, or null when the rule is documented. */
function assumedText(platform: LivePlatform, toggle: 'warning' | 'warnAtOnce' | 'dropAtExpiry'): string | null {
  return platformRules(platform).assumptions.find((a) => a.toggles === toggle)?.text ?? null;
}

/** Platforms described by the generic fields (Agora, Tencent, LiveKit, Twilio), read with their default assumptions. */
function genericDrafts(platform: LivePlatform, expiresAt: number, loginAt: number, policy: RenewalPolicy, leadSeconds: number, tokenExpiresAt: number): Draft[] {
  // `expiresAt` is when the session ends; a join privilege may end it before the token's own expiry.
  const early = expiresAt < tokenExpiresAt;
  const rules = platformRules(platform);
  const sdk = rules.sdkName ?? rules.label;
  const mode = renewalMode(rules);
  const out: Draft[] = [];
  let renews = false;
  if (warnsBeforeExpiry(platform)) {
    const lead = willExpireLeadMs(platform) / 1000;
    const warnDue = willExpireDueMs(expiresAt * 1000, 0, lead * 1000) / 1000;
    const warnAt = warnDue >= loginAt ? warnDue : warnsAtOnceAtLogin(platform, false) ? loginAt : null;
    if (warnAt !== null) {
      const atOnce = warnAt === loginAt && warnDue < loginAt;
      out.push({
        type: 'token_will_expire',
        at: warnAt,
        ifNotRenewed: false,
        code: null,
        detail: `${rules.willExpireCallback ?? '"Will expire"'} fires with ${expiresAt - warnAt} s left${atOnce ? ` — at once, since under ${lead} s remained at login` : ''}.`,
        assumption: atOnce ? assumedText(platform, 'warnAtOnce') : assumedText(platform, 'warning'),
      });
      if (policy === 'on-will-expire' && mode === 'renew-call') {
        out.push(renewDraft(warnAt, policy, leadSeconds));
        renews = true;
      }
    }
  }
  if (policy === 'before-expiry' && mode !== 'none') {
    out.push(renewDraft(appRenewAt(expiresAt, leadSeconds, loginAt), policy, leadSeconds));
    renews = true;
  }
  if (rules.serverRefresh !== undefined) {
    const every = rules.serverRefresh.everyMs / 1000;
    const first = loginAt + every;
    if (first < expiresAt) {
      out.push({
        type: 'token_issued',
        at: first,
        ifNotRenewed: false,
        code: null,
        detail: `The ${sdk} server hands the connected client a fresh token valid ${rules.serverRefresh.validForMs / 60_000} min, and again every ${every / 60} min while it stays connected.`,
        assumption: null,
      });
    }
  }
  const effect = expiryEffectWhileConnected(platform, 'refuse-next', false);
  const callback = rules.expiredCallback === undefined ? '' : `${rules.expiredCallback} fires; `;
  const ifNotRenewed = renews && mode === 'renew-call';
  const dropAssumed = assumedText(platform, 'dropAtExpiry');
  const reconnectCode = (rules.reconnectCodes ?? rules.codes).tokenExpired;
  let detail: string;
  if (early) detail = `The join privilege ends, ${formatGap(tokenExpiresAt - expiresAt)} before the token expires: ${callback}the user is ${effect === 'kick' ? 'kicked' : 'logged out'} and must join again with a new token.`;
  else if (effect === 'kick' || effect === 'disconnect') detail = `The token expires: ${callback}the user is ${effect === 'kick' ? 'kicked' : 'logged out'} and must log in again with a new token.`;
  else if (rules.serverRefresh !== undefined) detail = `The pasted token's own expiry passes; the live session goes on with the server's refreshed tokens. Only a reconnect after the last refreshed token ran out is refused${reconnectCode === null ? '' : ` (${reconnectCode})`}.`;
  else if (rules.checksAtReconnect === false) detail = `The token expires: ${callback}nothing happens in the session until the next entry, which needs a new token.`;
  else detail = `The token expires: ${callback}the live session carries on, but a reconnection after this is refused${reconnectCode === null ? '' : ` with ${reconnectCode}`}.`;
  out.push({ type: 'token_expired', at: expiresAt, ifNotRenewed, code: null, detail, assumption: dropAssumed });
  if (effect === 'kick' || effect === 'disconnect') {
    out.push({
      type: 'disconnected',
      at: expiresAt,
      ifNotRenewed,
      code: effect === 'kick' ? rules.codes.expiryKick : null,
      detail: `${sdk} ends the session${effect === 'kick' && rules.codes.expiryKick !== null ? ` (reason ${rules.codes.expiryKick})` : ''}; the app logs in again with a new token from its server.`,
      assumption: null,
    });
  }
  return out;
}


function formatGap(seconds: number): string {
  return seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`;
}
