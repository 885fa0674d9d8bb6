/**
 * A plain JWT has no SDK of its own, so ../shared/docs/sdk-lifecycle.md has no section for it:
 * every rule here is an assumption (a backend that checks the token when a connection presents
 * it), shown as such; the live mode counts any JWT down on it.
 */
import type { LifecycleSpec, PlatformRules } from '../family';
import type { JwtGenericCredentials, JwtGenericRequest } from './index';

export const JWT_GENERIC_RULES: PlatformRules = {
  id: 'jwt-generic-server',
  label: 'Generic JWT backend (all assumed)',
  simulated: true,
  sdkName: 'The backend',
  renewal: 'held',
  willExpireLeadMs: null,
  warnsAtOnceUnderLead: false,
  atExpiry: 'none',
  codes: { tokenExpired: 401, otherApp: 401, otherUser: 403, otherSecret: 401, noPublishPrivilege: null, renewWhenLoggedOut: null, expiryKick: null },
  assumptions: [
    { id: 'jwtGenericCheckedAtConnect', text: 'A plain JWT is assumed checked only when a connection presents it (HTTP 401 when expired, badly signed or for another issuer; 403 for another subject); the app\'s renewal is kept for the next connect.', defaultOn: true },
    {
      id: 'jwtGenericExpiryDrops',
      toggles: 'dropAtExpiry',
      defaultOn: false,
      label: 'The backend drops a live connection when its JWT expires',
      text: 'Whether the backend drops a live connection at the JWT\'s exp is unknown: assumed it does not.',
    },
  ],
};

export const jwtGenericLifecycle: LifecycleSpec<JwtGenericCredentials, JwtGenericRequest> = {
  platforms: [JWT_GENERIC_RULES],
  simulation: {
    throwaway: (hex) => ({ credentials: { issuer: `sim-issuer-${hex(6)}` }, secret: hex(32), otherSecret: hex(32) }),
    otherApp: (c) => ({ issuer: `${c.issuer ?? 'sim-issuer'}-other` }),
    request: ({ userId, ttlSeconds }) => ({ request: { alg: 'HS256', sub: userId, ttl: ttlSeconds, claims: {} } }),
  },
};
