/**
 * How Twilio's SDKs treat an Access Token over its life: ../shared/docs/sdk-lifecycle.md, "The
 * newer families" — "Twilio": Video stays connected past expiry, but a reconnection fails
 * (20104); Voice raises `tokenWillExpire` 10 s before by default (`refreshTokenMs`) and takes
 * `updateToken`; Conversations: `tokenAboutToExpire` / `tokenExpired` (server-driven; lead time
 * not documented). Maximum TTL 24 h. The rest is an assumption, listed as such.
 */
import type { LifecycleSpec, PlatformRules } from '../family';
import type { TwilioCredentials, TwilioRequest } from './index';

// 20104 is the section's; 20103 (issuer / subject) and 20107 (signature) are the inspector's
// (token-formats.md, README-jwt.md), assumed to be what a connect with such a token reports.
const CODES: PlatformRules['codes'] = {
  tokenExpired: 20_104,
  otherApp: 20_103,
  otherUser: 20_107,
  otherSecret: 20_107,
  noPublishPrivilege: null,
  renewWhenLoggedOut: null,
  expiryKick: null,
};
const CODES_ASSUMED = {
  id: 'twilioCodes',
  text: '20104 (expired) is documented for these SDKs; 20103 for another account or API key and 20107 for another user or secret are assumed from the token checks.',
  defaultOn: true,
};

export const TWILIO_VIDEO_RULES: PlatformRules = {
  id: 'twilio-video',
  label: 'Twilio Video',
  simulated: true,
  sdkName: 'Twilio Video',
  renewal: 'none',
  willExpireLeadMs: null,
  warnsAtOnceUnderLead: false,
  atExpiry: 'none',
  codes: CODES,
  assumptions: [
    { id: 'twilioVideoReconnectToken', text: 'No way to hand a connected Room a new token is documented: a reconnection is assumed to use the token the Room was joined with.', defaultOn: true },
    CODES_ASSUMED,
  ],
};

export const TWILIO_VOICE_RULES: PlatformRules = {
  id: 'twilio-voice',
  label: 'Twilio Voice JS',
  simulated: true,
  sdkName: 'Twilio Voice',
  willExpireCallback: 'tokenWillExpire',
  renewal: 'renew-call',
  willExpireLeadMs: 10_000,
  warnsAtOnceUnderLead: false,
  atExpiry: 'none',
  codes: CODES,
  assumptions: [
    {
      id: 'twilioVoiceWarnsAtOnce',
      toggles: 'warnAtOnce',
      defaultOn: false,
      label: 'Twilio Voice warns at once when under 10 s remain',
      text: 'Whether tokenWillExpire fires at once when under 10 s remain as a token arrives is not documented: assumed it does not.',
    },
    {
      id: 'twilioVoiceExpiryUnregisters',
      toggles: 'dropAtExpiry',
      defaultOn: false,
      label: 'An expired token ends the Twilio Voice Device\'s session',
      text: 'What expiry does to a registered Device or a call in progress is not documented: assumed nothing (the call continues) until the next connect.',
    },
    CODES_ASSUMED,
  ],
};

export const TWILIO_CONVERSATIONS_RULES: PlatformRules = {
  id: 'twilio-conversations',
  label: 'Twilio Conversations',
  simulated: true,
  sdkName: 'Twilio Conversations',
  willExpireCallback: 'tokenAboutToExpire',
  expiredCallback: 'tokenExpired',
  renewal: 'renew-call',
  willExpireLeadMs: 180_000,
  warnsAtOnceUnderLead: false,
  atExpiry: 'none',
  codes: CODES,
  assumptions: [
    {
      id: 'twilioConversationsWarns',
      toggles: 'warning',
      defaultOn: true,
      label: 'tokenAboutToExpire arrives 3 min before (lead assumed)',
      text: 'The server sends tokenAboutToExpire; its lead time is not documented: 3 min is assumed (the Programmable Chat figure).',
    },
    {
      id: 'twilioConversationsWarnsAtOnce',
      toggles: 'warnAtOnce',
      defaultOn: false,
      label: 'tokenAboutToExpire arrives at once when under 3 min remain',
      text: 'Whether tokenAboutToExpire comes at once for a token with under 3 min left is not documented: assumed it does not.',
    },
    {
      id: 'twilioConversationsExpiryDisconnects',
      toggles: 'dropAtExpiry',
      defaultOn: true,
      label: 'tokenExpired ends the Conversations connection',
      text: 'What tokenExpired does to the connection is not documented: assumed the client is disconnected until it is given a new token (a new login here).',
    },
    CODES_ASSUMED,
  ],
};

export const twilioLifecycle: LifecycleSpec<TwilioCredentials, TwilioRequest> = {
  platforms: [TWILIO_VIDEO_RULES, TWILIO_VOICE_RULES, TWILIO_CONVERSATIONS_RULES],
  simulation: {
    throwaway: (hex) => ({ credentials: { accountSid: `AC${hex(32)}`, apiKeySid: `SK${hex(32)}` }, secret: hex(32), otherSecret: hex(32) }),
    otherApp: (c) => ({ ...c, apiKeySid: `SK${flipLastHex(c.apiKeySid.slice(2))}` }),
    request({ platformId, userId, ttlSeconds }) {
      if (platformId === TWILIO_VOICE_RULES.id) return { request: { identity: userId, ttl: ttlSeconds, voiceIncomingAllow: true } };
      if (platformId === TWILIO_CONVERSATIONS_RULES.id) return { request: { identity: userId, ttl: ttlSeconds, chatServiceSid: 'IS00000000000000000000000000000000' } };
      return { request: { identity: userId, ttl: ttlSeconds, videoRoom: 'sim-room' } };
    },
  },
};

function flipLastHex(id: string): string {
  const last = id[id.length - 1];
  return id.slice(0, -1) + (last === '0' ? '1' : '0');
}
