/**
 * How Agora's SDKs treat a token over its life, as the simulator and the live mode read them:
 * ../shared/docs/sdk-lifecycle.md, "The newer families" — "Agora RTC (native 4.x)" and
 * "Agora RTM 2.x" (RTM 1.x and Chat are in the RTM bullet). Shared by the 007 and 006 families (the same
 * SDKs take both); the simulator mints 007 tokens for them. What the section does not say is
 * an assumption, listed as such; the `toggles` ones are switches in the scenario.
 */
import type { LifecycleSpec, PlatformRules, ScenarioOption } from '../family';
import type { AgoraCredentials } from '../support/agora';
import type { AgoraRequest } from '../support/agoraRequest';

/** sdk-lifecycle.md: `onTokenPrivilegeWillExpire` / `tokenPrivilegeWillExpire` 30 s before. */
export const AGORA_WILL_EXPIRE_LEAD_MS = 30_000;

/** The join privilege's own lifetime (scenario `agora.joinPrivilegeSeconds`): an RTC token whose join ends first. */
const JOIN_PRIVILEGE_OPTION: ScenarioOption = {
  path: ['agora', 'joinPrivilegeSeconds'],
  label: 'Join privilege lifetime (s; empty = the token\'s)',
  choices: [],
  kind: 'number',
};

const WARN_AT_ONCE = (sdk: string, callback: string) => ({
  toggles: 'warnAtOnce' as const,
  defaultOn: false,
  label: `${sdk} warns at once when under 30 s remain as a token arrives`,
  text: `Whether ${callback} fires at once when under 30 s remain as a token arrives is not documented (it is for ZEGO ZIM): assumed it does not.`,
});

/**
 * sdk-lifecycle.md "Agora RTC (native 4.x)": warning 30 s before; `onRequestToken` once expired;
 * renewToken (4.6+ `onRenewTokenResult`: 0 ok, 1 failure, 2 expired, 3 invalid — uid/channel
 * differ, 4 invalid channel, 5 App ID differs, 6 superseded); join errors 109 expired / 110
 * invalid; connection reasons 8 invalid token, 9 expired; kicked when the join privilege ends.
 */
export const AGORA_RTC_RULES: PlatformRules = {
  id: 'agora-rtc-native',
  label: 'Agora RTC (native 4.x)',
  simulated: true,
  sdkName: 'Agora RTC',
  willExpireCallback: 'onTokenPrivilegeWillExpire',
  expiredCallback: 'onRequestToken',
  renewal: 'renew-call',
  scenarioOptions: [JOIN_PRIVILEGE_OPTION],
  willExpireLeadMs: AGORA_WILL_EXPIRE_LEAD_MS,
  warnsAtOnceUnderLead: false,
  atExpiry: 'kick',
  codes: { tokenExpired: 109, otherApp: 110, otherUser: 110, otherSecret: 110, noPublishPrivilege: null, renewWhenLoggedOut: null, expiryKick: 9 },
  renewCodes: { tokenExpired: 2, otherApp: 5, otherUser: 3, otherSecret: 1 },
  reconnectCodes: { tokenExpired: 9, otherApp: 8, otherUser: 8, otherSecret: 8 },
  assumptions: [
    { id: 'agoraRtcWarnsAtOnce', ...WARN_AT_ONCE('Agora RTC', 'onTokenPrivilegeWillExpire') },
    {
      id: 'agoraRtcWarnsBeforeJoinEnds',
      toggles: 'warnBySession',
      defaultOn: true,
      label: 'onTokenPrivilegeWillExpire counts from the join privilege\'s end',
      text: 'When the join privilege ends before the token, onTokenPrivilegeWillExpire is assumed to fire 30 s before the join privilege ends (the section times it from the token\'s expiry).',
    },
    { id: 'agoraRtcRenewSignature', text: 'renewToken with a token signed with another App Certificate is assumed to report 1 (failure): the section lists no result for it.', defaultOn: true },
    { id: 'agoraRtcRenewLoggedOut', text: 'renewToken after the user was kicked is assumed to have no effect and no code (the section names none); the app must join again.', defaultOn: true },
  ],
};

/**
 * sdk-lifecycle.md "Agora RTC (native 4.x)", its Web SDK sentence: `token-privilege-will-expire`
 * (30 s), `token-privilege-did-expire`; the kick when the join privilege ends is the bullet's.
 */
export const AGORA_RTC_WEB_RULES: PlatformRules = {
  id: 'agora-rtc-web',
  label: 'Agora RTC (Web SDK)',
  simulated: true,
  sdkName: 'Agora Web SDK',
  willExpireCallback: 'token-privilege-will-expire',
  expiredCallback: 'token-privilege-did-expire',
  renewal: 'renew-call',
  scenarioOptions: [JOIN_PRIVILEGE_OPTION],
  willExpireLeadMs: AGORA_WILL_EXPIRE_LEAD_MS,
  warnsAtOnceUnderLead: false,
  atExpiry: 'kick',
  codes: { tokenExpired: null, otherApp: null, otherUser: null, otherSecret: null, noPublishPrivilege: null, renewWhenLoggedOut: null, expiryKick: null },
  assumptions: [
    { id: 'agoraWebWarnsAtOnce', ...WARN_AT_ONCE('The Agora Web SDK', 'token-privilege-will-expire') },
    {
      id: 'agoraWebWarnsBeforeJoinEnds',
      toggles: 'warnBySession',
      defaultOn: true,
      label: 'token-privilege-will-expire counts from the join privilege\'s end',
      text: 'When the join privilege ends before the token, token-privilege-will-expire is assumed to fire 30 s before the join privilege ends.',
    },
    { id: 'agoraWebCodes', text: 'The Web SDK\'s error names for a refused or expired token are not in the section: refusals are shown without a code.', defaultOn: true },
  ],
};

/** sdk-lifecycle.md "Agora RTM 2.x": `tokenPrivilegeWillExpire` 30 s before; online past expiry unrenewed: kicked, log in again. */
export const AGORA_RTM_RULES: PlatformRules = {
  id: 'agora-rtm-2',
  label: 'Agora RTM / Signaling 2.x',
  simulated: true,
  sdkName: 'Agora RTM',
  willExpireCallback: 'tokenPrivilegeWillExpire',
  renewal: 'renew-call',
  willExpireLeadMs: AGORA_WILL_EXPIRE_LEAD_MS,
  warnsAtOnceUnderLead: false,
  atExpiry: 'kick',
  codes: { tokenExpired: null, otherApp: null, otherUser: null, otherSecret: null, noPublishPrivilege: null, renewWhenLoggedOut: null, expiryKick: null },
  assumptions: [
    { id: 'agoraRtmWarnsAtOnce', ...WARN_AT_ONCE('Agora RTM', 'tokenPrivilegeWillExpire') },
    { id: 'agoraRtmCodes', text: 'RTM 2.x error numbers for a refused, expired or wrong token are not in the section: refusals are shown without a code.', defaultOn: true },
  ],
};

/**
 * sdk-lifecycle.md, RTM bullet: "RTM 1.x: `onTokenExpired` only while reconnecting". Nothing
 * happens at expiry while the client is connected; a reconnection with an expired token is
 * refused and reported by onTokenExpired. The section names no "will expire" callback, no
 * renewal call and no codes for 1.x: each is an assumption below.
 */
export const AGORA_RTM1_RULES: PlatformRules = {
  id: 'agora-rtm-1',
  label: 'Agora RTM 1.x (legacy)',
  simulated: true,
  sdkName: 'Agora RTM 1.x',
  expiredCallback: 'onTokenExpired',
  expiredCallbackWhileReconnecting: true,
  renewal: 'renew-call',
  // Only when its switch is on (agoraRtm1Warns, default off): the section names no warning for 1.x.
  willExpireLeadMs: AGORA_WILL_EXPIRE_LEAD_MS,
  warnsAtOnceUnderLead: false,
  atExpiry: 'none',
  codes: { tokenExpired: null, otherApp: null, otherUser: null, otherSecret: null, noPublishPrivilege: null, renewWhenLoggedOut: null, expiryKick: null },
  assumptions: [
    {
      id: 'agoraRtm1Warns',
      toggles: 'warning',
      defaultOn: false,
      label: 'Agora RTM 1.x warns 30 s before expiry (as RTM 2.x)',
      text: 'The section names no "will expire" callback for RTM 1.x, only onTokenExpired: assumed none, so only the app\'s own timer renews before expiry (switched on: a warning 30 s before, as RTM 2.x\'s tokenPrivilegeWillExpire).',
    },
    {
      id: 'agoraRtm1ExpiryDrops',
      toggles: 'dropAtExpiry',
      defaultOn: false,
      label: 'An expired token ends a connected RTM 1.x session',
      text: 'onTokenExpired comes only while reconnecting, so a connected client is assumed to stay online past expiry (the section does not say what expiry does to a live connection).',
    },
    {
      id: 'agoraRtm1RenewOnTokenExpired',
      toggles: 'renewWhileReconnecting',
      defaultOn: true,
      label: 'The app answers onTokenExpired and the reconnection goes on',
      text: 'onTokenExpired is assumed to come when a reconnection is refused for an expired token; an app that renews at all (any policy but never) answers it with a new token (renewToken) and the SDK reconnects with it; unanswered, the SDK ends disconnected.',
    },
    { id: 'agoraRtm1Renew', text: 'RTM 1.x is assumed to take a new token with renewToken as 2.x does (the section names no renewal call for 1.x).', defaultOn: true },
    { id: 'agoraRtm1Codes', text: 'RTM 1.x error numbers for a refused, expired or wrong token are not in the section: refusals are shown without a code.', defaultOn: true },
  ],
};

/** sdk-lifecycle.md, RTM bullet: "Chat: `onTokenWillExpire` / `onTokenDidExpire` (lead time not documented)". */
export const AGORA_CHAT_RULES: PlatformRules = {
  id: 'agora-chat',
  label: 'Agora Chat',
  simulated: true,
  sdkName: 'Agora Chat',
  willExpireCallback: 'onTokenWillExpire',
  expiredCallback: 'onTokenDidExpire',
  renewal: 'renew-call',
  willExpireLeadMs: AGORA_WILL_EXPIRE_LEAD_MS,
  warnsAtOnceUnderLead: false,
  atExpiry: 'none',
  codes: { tokenExpired: null, otherApp: null, otherUser: null, otherSecret: null, noPublishPrivilege: null, renewWhenLoggedOut: null, expiryKick: null },
  assumptions: [
    {
      id: 'agoraChatWarns',
      toggles: 'warning',
      defaultOn: true,
      label: 'Agora Chat raises onTokenWillExpire 30 s before (lead assumed)',
      text: 'How long before expiry onTokenWillExpire fires is not documented: 30 s is assumed, as for RTC and RTM.',
    },
    { id: 'agoraChatWarnsAtOnce', ...WARN_AT_ONCE('Agora Chat', 'onTokenWillExpire') },
    {
      id: 'agoraChatExpiryLogsOut',
      toggles: 'dropAtExpiry',
      defaultOn: true,
      label: 'onTokenDidExpire ends the Chat connection',
      text: 'What onTokenDidExpire does to the connection is not documented: assumed the user is logged out and must log in again.',
    },
    { id: 'agoraChatCodes', text: 'Agora Chat error numbers for a refused token are not in the section: refusals are shown without a code.', defaultOn: true },
  ],
};

/** Throwaway and "other app" identities, and the request the simulator mints per platform (007). */
export const agoraLifecycle: LifecycleSpec<AgoraCredentials, AgoraRequest> = {
  platforms: [AGORA_RTC_RULES, AGORA_RTC_WEB_RULES, AGORA_RTM_RULES, AGORA_RTM1_RULES, AGORA_CHAT_RULES],
  sessionEndOf: joinPrivilegeEnd,
  simulation: {
    throwaway: (hex) => ({ credentials: { appId: hex(32) }, secret: hex(32), otherSecret: hex(32) }),
    otherApp: (c) => ({ appId: flipLastHex(c.appId) }),
    request({ platformId, userId, ttlSeconds, joinPrivilegeSeconds }) {
      if (platformId === AGORA_RTC_RULES.id || platformId === AGORA_RTC_WEB_RULES.id) {
        const join = joinPrivilegeSeconds !== undefined && joinPrivilegeSeconds < ttlSeconds ? joinPrivilegeSeconds : undefined;
        return {
          request: { service: 'rtc', channel: 'sim-channel', account: userId, role: 'publisher', ttl: ttlSeconds, version: '007', ...(join === undefined ? {} : { privilegeTtl: join }) },
          ...(join === undefined ? {} : { sessionSeconds: join }),
        };
      }
      const service = platformId === AGORA_CHAT_RULES.id ? 'chat-user' : 'rtm';
      return { request: { service, account: userId, role: 'publisher', ttl: ttlSeconds, version: '007' } };
    },
  },
};

/** The RTC join privilege's end (privilege 1 of the rtc service) when it comes before the token's expiry. */
function joinPrivilegeEnd(platformId: string, fields: Readonly<Record<string, unknown>>, expiresAt: number): number | null {
  if ((platformId !== AGORA_RTC_RULES.id && platformId !== AGORA_RTC_WEB_RULES.id) || !Array.isArray(fields['services'])) return null;
  for (const service of fields['services'] as unknown[]) {
    if (typeof service !== 'object' || service === null || (service as Record<string, unknown>)['name'] !== 'rtc') continue;
    const ends = (service as Record<string, unknown>)['privilegeExpiresAt'];
    const join = typeof ends === 'object' && ends !== null ? (ends as Record<string, unknown>)['1'] : undefined;
    if (typeof join === 'number' && join < expiresAt) return join;
  }
  return null;
}

function flipLastHex(id: string): string {
  const last = id[id.length - 1];
  return id.slice(0, -1) + (last === '0' ? '1' : '0');
}
