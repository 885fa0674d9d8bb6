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
import { catalogueLine, type AssumptionLine } from './assumptions';
import { formatDuration } from '../i18n/formatters';
import type { Language } from '../i18n/language';
import type { Translate } from '../tokens/reasonText';
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
  /** `detail` for the catalogue (`simulator.liveEvent.*`), so `liveDetailText` words it in the reader's language. */
  detailLine: AssumptionLine;
  /** `assumption`'s catalogue key under `simulator.`, or null. */
  assumptionKey: string | null;
}

/** An event's sentence in the reader's language (the English `detail` when the catalogue lacks it); `language` words its lengths of time. */
export function liveDetailText(t: Translate, e: Pick<LiveEvent, 'detailLine'>, language: Language = 'en'): string {
  return catalogueLine(t, 'simulator.liveEvent.', e.detailLine, language);
}

/** An event's assumption in the reader's language, or null. */
export function liveAssumptionText(t: Translate, e: Pick<LiveEvent, 'assumption' | 'assumptionKey'>): string | null {
  if (e.assumption === null) return null;
  return e.assumptionKey === null ? e.assumption : t(`simulator.${e.assumptionKey}`, { defaultValue: e.assumption });
}

/** `detail` and its catalogue line together, so the two cannot drift apart. */
function said(key: string, text: string, params?: Record<string, string>, words?: Record<string, string>, durations?: Record<string, number>): { detail: string; detailLine: AssumptionLine } {
  return { detail: text, detailLine: { key, text, ...(params ? { params } : {}), ...(words ? { words } : {}), ...(durations ? { durations } : {}) } };
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
      ...said('refusedAtLogin', 'The login is refused: the token has already expired. The app needs a new token from its server.'),
      assumption: null,
      assumptionKey: null,
    });
  } else {
    drafts.push({ type: 'login', at: loginAt, ifNotRenewed: false, code: null, ...said('login', 'The app logs in with this token (the live run starts).'), assumption: null, assumptionKey: null });
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
    ...(policy === 'on-will-expire'
      ? said('renewOnWarning', 'The app asks its token server for a new token, from the "will expire" callback.')
      : said('renewOnTimer', `The app asks its token server for a new token, on its own timer ${leadSeconds} s before expiry.`, { lead: String(leadSeconds) })),
    assumption: null,
    assumptionKey: null,
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
      ...(warnAt === loginAt && warnDue < loginAt
        ? said('willExpireAtOnce', `${callback} fires with ${expiresAt - warnAt} s left — at once, since under 30 s remained at login.`, { callback, left: String(expiresAt - warnAt), lead: '30' })
        : said('willExpire', `${callback} fires with ${expiresAt - warnAt} s left.`, { callback, left: String(expiresAt - warnAt) })),
      assumption: !rules.warnsAtOnceUnderLead && warnAt === loginAt && warnDue < loginAt ? EXPRESS_IMMEDIATE_WARNING : null,
      assumptionKey: !rules.warnsAtOnceUnderLead && warnAt === loginAt && warnDue < loginAt ? 'liveAssumption.expressImmediateWarning' : null,
    });
    if (policy === 'on-will-expire') out.push(renewDraft(warnAt, policy, leadSeconds));
  }
  if (policy === 'before-expiry') out.push(renewDraft(appRenewAt(expiresAt, leadSeconds, loginAt), policy, leadSeconds));

  const ifNotRenewed = policy !== 'never';
  const effect = expiryEffectWhileConnected(platform, onExpiry, false);
  out.push({ type: 'token_expired', at: expiresAt, ifNotRenewed, code: expiredCode(effect), ...expiredDetail(platform, effect), assumption: null, assumptionKey: null });
  if (effect === 'disconnect' || effect === 'kick') {
    out.push({
      type: 'disconnected',
      at: expiresAt,
      ifNotRenewed,
      code: effect === 'kick' ? EXPRESS_CODES.expiryKick : null,
      ...(effect === 'kick'
        ? said('expressKicked', 'Kicked from the room (RoomTokenExpiredKickedOut); publishing stops.')
        : said('zimDisconnected', `Connection state Disconnected with event TokenExpired; later calls fail with ${ZIM_CODES.renewWhenLoggedOut} (not logged in).`, { code: String(ZIM_CODES.renewWhenLoggedOut) })),
      assumption: null,
      assumptionKey: null,
    });
  }
  return out;
}

function expiredCode(effect: TokenExpiredEvent['effect']): number | null {
  if (effect === 'refuse-next-publish-play') return EXPRESS_PUBLISH_REFUSED;
  return null;
}

function expiredDetail(platform: LivePlatform, effect: TokenExpiredEvent['effect']): ReturnType<typeof said> {
  if (effect === 'refuse-next-publish-play') {
    return said('expressRefuseNext', `The token expires; the user stays in the room but the next publish / play is refused (${EXPRESS_PUBLISH_REFUSED} / ${EXPRESS_PLAY_REFUSED}).`, { publish: String(EXPRESS_PUBLISH_REFUSED), play: String(EXPRESS_PLAY_REFUSED) });
  }
  if (effect === 'kick') return said('expressKickExpiry', 'The room token expires (SDK 2.13+ with expiry management).');
  return platformRules(platform).roomPrivileges === true ? said('roomTokenExpires', 'The room token expires.') : said('tokenExpiresUnrenewed', 'The token expires unrenewed.');
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
    ...(providerRenews
      ? said('commsEaseProvider', 'The token expires. No callback warns of it; the live connection carries on, and the next reconnect asks your token provider (willReconnect / dynamicTokenProvider) for a fresh token.')
      : said('commsEaseRefused', `The token expires. No callback warns of it; the live connection carries on, but the next reconnect is refused with ${COMMSEASE_AUTH_FAILED} and the SDK stops reconnecting.`, { code: String(COMMSEASE_AUTH_FAILED) })),
    assumption: effect === 'none' ? COMMSEASE_LIVE_EXPIRY : null,
    assumptionKey: effect === 'none' ? 'liveAssumption.commsEaseLiveExpiry' : null,
  });
  return out;
}

/** When the session's right ends: the token's expiry, or an earlier join privilege's end. */
function sessionEnd(input: LiveEventsInput): number {
  const ends = input.sessionEndsAt;
  return ends !== undefined && ends !== null && ends < input.expiresAt ? ends : input.expiresAt;
}

/** The undocumented rule behind `toggle` on this platform, in words, or null when the rule is documented. */
function assumedText(platform: LivePlatform, toggle: 'warning' | 'warnAtOnce' | 'dropAtExpiry' | 'dropAtPrivilegeEnd'): string | null {
  return platformRules(platform).assumptions.find((a) => a.toggles === toggle)?.text ?? null;
}

/** `assumedText`'s catalogue key (the family rule's text), or null. */
function assumedKey(platform: LivePlatform, toggle: 'warning' | 'warnAtOnce' | 'dropAtExpiry' | 'dropAtPrivilegeEnd'): string | null {
  const rule = platformRules(platform).assumptions.find((a) => a.toggles === toggle);
  return rule === undefined ? null : `assumptionRule.${rule.id}.text`;
}

/** Platforms described by the generic fields (Agora, Tencent, LiveKit, Twilio), read with their default assumptions. */
function genericDrafts(platform: LivePlatform, expiresAt: number, loginAt: number, policy: RenewalPolicy, leadSeconds: number, tokenExpiresAt: number): Draft[] {
  // `expiresAt` is when the session ends; a join privilege may end it before the token's own expiry.
  const early = expiresAt < tokenExpiresAt;
  const rules = platformRules(platform);
  const sdk = rules.sdkName ?? rules.label;
  // A privilege that ends first and has its own renewal call (TRTC's PrivateMapKey, updatePrivateMapKey) is renewed in the session.
  const privilege = early && rules.privilegeEnd !== undefined ? rules.privilegeEnd : null;
  const mode = privilege?.renewCall !== undefined ? 'renew-call' : renewalMode(rules);
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
        ...(() => {
          const callback = rules.willExpireCallback ?? '"Will expire"';
          const words = rules.willExpireCallback === undefined ? { callback: 'liveEvent.willExpireWord' } : undefined;
          const left = String(expiresAt - warnAt);
          return atOnce
            ? said('willExpireAtOnce', `${callback} fires with ${left} s left — at once, since under ${lead} s remained at login.`, { callback, left, lead: String(lead) }, words)
            : said('willExpire', `${callback} fires with ${left} s left.`, { callback, left }, words);
        })(),
        assumption: atOnce ? assumedText(platform, 'warnAtOnce') : assumedText(platform, 'warning'),
        assumptionKey: assumedKey(platform, atOnce ? 'warnAtOnce' : 'warning'),
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
        ...said('serverRefresh', `The ${sdk} server hands the connected client a fresh token valid ${rules.serverRefresh.validForMs / 60_000} min, and again every ${every / 60} min while it stays connected.`, {
          sdk,
          valid: String(rules.serverRefresh.validForMs / 60_000),
          every: String(every / 60),
        }),
        assumption: null,
        assumptionKey: null,
      });
    }
  }
  const privilegeDrops = privilege !== null && rules.assumptions.find((a) => a.toggles === 'dropAtPrivilegeEnd')?.defaultOn !== false;
  const effect = privilege !== null ? (privilegeDrops ? privilege.atEnd : 'none') : expiryEffectWhileConnected(platform, 'refuse-next', false);
  // RTM 1.x raises its callback only while reconnecting: not at the expiry of a live session.
  const atExpiryCallback = rules.expiredCallbackWhileReconnecting === true ? undefined : rules.expiredCallback;
  const callback = atExpiryCallback === undefined ? '' : `${atExpiryCallback} fires; `;
  const ifNotRenewed = renews && mode === 'renew-call';
  const dropToggle = privilege !== null ? 'dropAtPrivilegeEnd' : 'dropAtExpiry';
  const dropAssumed = assumedText(platform, dropToggle);
  const reconnectCode = (rules.reconnectCodes ?? rules.codes).tokenExpired;
  // With the expiry callback's name when there is one ("X fires; …"): the keys ending in Callback.
  const withCallback = atExpiryCallback === undefined ? '' : 'Callback';
  const cbParams: Record<string, string> = atExpiryCallback === undefined ? {} : { callback: atExpiryCallback };
  const fate = { fate: effect === 'kick' ? 'kicked' : 'logged out' };
  const fateWords = { fate: `liveEvent.fate.${effect === 'kick' ? 'kicked' : 'loggedOut'}` };
  let worded: ReturnType<typeof said>;
  if (privilege !== null) {
    const gapSeconds = tokenExpiresAt - expiresAt;
    const gap = formatDuration(gapSeconds, 'en');
    const renewCall = privilege.renewCall ?? '';
    worded = privilegeDrops
      ? said('privilegeEnds', `The ${privilege.name} ends, ${gap} before the token expires: unless the app has called ${renewCall} with a new one, the user is removed from the room and must enter again.`, { privilege: privilege.name, gap, call: renewCall }, undefined, { gap: gapSeconds })
      : said('privilegeEndsStays', `The ${privilege.name} ends, ${gap} before the token expires: nothing happens in the session until the next entry or role switch, which needs a new one (${renewCall}).`, { privilege: privilege.name, gap, call: renewCall }, undefined, { gap: gapSeconds });
  } else if (early) {
    const gapSeconds = tokenExpiresAt - expiresAt;
    const gap = formatDuration(gapSeconds, 'en');
    worded = said(`joinEnds${withCallback}`, `The join privilege ends, ${gap} before the token expires: ${callback}the user is ${fate.fate} and must join again with a new token.`, { ...cbParams, ...fate, gap }, fateWords, { gap: gapSeconds });
  } else if (effect === 'kick' || effect === 'disconnect') {
    worded = said(`expiresLoggedOut${withCallback}`, `The token expires: ${callback}the user is ${fate.fate} and must log in again with a new token.`, { ...cbParams, ...fate }, fateWords);
  } else if (rules.serverRefresh !== undefined) {
    worded = said(
      reconnectCode === null ? 'refreshedPasses' : 'refreshedPassesCode',
      `The pasted token's own expiry passes; the live session goes on with the server's refreshed tokens. Only a reconnect after the last refreshed token ran out is refused${reconnectCode === null ? '' : ` (${reconnectCode})`}.`,
      reconnectCode === null ? undefined : { code: String(reconnectCode) },
    );
  } else if (rules.expiredCallbackWhileReconnecting === true && rules.expiredCallback !== undefined) {
    worded = said('expiresReconnectCallback', `The token expires: nothing tells the app, and the live session carries on; a reconnection after this is refused and raises ${rules.expiredCallback}, which the app answers with a new token.`, { callback: rules.expiredCallback });
  } else if (rules.checksAtReconnect === false) {
    worded = said(`expiresNextEntry${withCallback}`, `The token expires: ${callback}nothing happens in the session until the next entry, which needs a new token.`, cbParams);
  } else {
    worded = said(
      `expiresCarriesOn${withCallback}${reconnectCode === null ? '' : 'Code'}`,
      `The token expires: ${callback}the live session carries on, but a reconnection after this is refused${reconnectCode === null ? '' : ` with ${reconnectCode}`}.`,
      reconnectCode === null ? cbParams : { ...cbParams, code: String(reconnectCode) },
    );
  }
  out.push({ type: 'token_expired', at: expiresAt, ifNotRenewed, code: null, ...worded, assumption: dropAssumed, assumptionKey: assumedKey(platform, dropToggle) });
  if (effect === 'kick' || effect === 'disconnect') {
    out.push({
      type: 'disconnected',
      at: expiresAt,
      ifNotRenewed,
      code: effect === 'kick' ? rules.codes.expiryKick : null,
      ...(effect === 'kick' && rules.codes.expiryKick !== null
        ? said('endsSessionReason', `${sdk} ends the session (reason ${rules.codes.expiryKick}); the app logs in again with a new token from its server.`, { sdk, code: String(rules.codes.expiryKick) })
        : said('endsSession', `${sdk} ends the session; the app logs in again with a new token from its server.`, { sdk })),
      assumption: null,
      assumptionKey: null,
    });
  }
  return out;
}


