/**
 * How LiveKit treats an access token over its life: ../shared/docs/sdk-lifecycle.md, "The newer
 * families" — "LiveKit": checked at connect; while connected the server refreshes it (a new
 * 10-minute token about every 5 minutes), so expiry never drops a live session; a reconnect
 * with an expired token gets 401. Maximum TTL not documented.
 */
import type { LifecycleSpec, PlatformRules } from '../family';
import type { LiveKitCredentials, LiveKitRequest } from './index';

export const LIVEKIT_RULES: PlatformRules = {
  id: 'livekit',
  label: 'LiveKit (server refreshes tokens)',
  simulated: true,
  sdkName: 'LiveKit',
  renewal: 'none',
  serverRefresh: { everyMs: 5 * 60_000, validForMs: 10 * 60_000 },
  willExpireLeadMs: null,
  warnsAtOnceUnderLead: false,
  atExpiry: 'none',
  codes: { tokenExpired: 401, otherApp: 401, otherUser: 401, otherSecret: 401, noPublishPrivilege: null, renewWhenLoggedOut: null, expiryKick: null },
  assumptions: [
    { id: 'livekitRefreshCadence', text: 'The server\'s refresh is modelled as exactly every 5 min after connect, each token valid 10 min ("about every 5 minutes" in the section); a reconnect uses the latest refreshed token.', defaultOn: true },
    { id: 'livekitWrongTokenCode', text: 'A token for another API key or user, or signed with another secret, is assumed refused with 401 like an expired one.', defaultOn: true },
  ],
};

export const liveKitLifecycle: LifecycleSpec<LiveKitCredentials, LiveKitRequest> = {
  platforms: [LIVEKIT_RULES],
  simulation: {
    throwaway: (hex) => ({ credentials: { apiKey: `API${hex(12)}` }, secret: hex(43), otherSecret: hex(43) }),
    otherApp: (c) => ({ apiKey: `${c.apiKey}x` }),
    request: ({ userId, ttlSeconds }) => ({ request: { identity: userId, room: 'sim-room', roomJoin: true, ttl: ttlSeconds } }),
  },
};
