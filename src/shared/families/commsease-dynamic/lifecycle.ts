/**
 * How the CommsEase SDK treats its tokens over their life (../shared/docs/sdk-lifecycle.md):
 * no "will expire" callback, and one code (302) for every failed token check.
 */
import type { PlatformRules } from '../family';

export const COMMSEASE_AUTH_FAILED = 302;

const CODES: PlatformRules['codes'] = {
  tokenExpired: COMMSEASE_AUTH_FAILED,
  otherApp: COMMSEASE_AUTH_FAILED,
  otherUser: COMMSEASE_AUTH_FAILED,
  otherSecret: COMMSEASE_AUTH_FAILED,
  noPublishPrivilege: null,
  renewWhenLoggedOut: null,
  expiryKick: null,
};

export const COMMSEASE_DYNAMIC_RULES: PlatformRules = {
  id: 'commsease-dynamic',
  label: 'CommsEase, dynamic token',
  simulated: true,
  providerAsksBeforeReconnect: true,
  willExpireLeadMs: null,
  warnsAtOnceUnderLead: false,
  atExpiry: 'none',
  codes: CODES,
  assumptions: [
    { id: 'commsEaseExpiryDropsConnection', text: 'A dynamic token expiring during a live connection drops it.', defaultOn: false },
  ],
};

export const COMMSEASE_STATIC_RULES: PlatformRules = {
  id: 'commsease-static',
  label: 'CommsEase, static token',
  simulated: true,
  mintsTokens: false,
  staticToken: true,
  willExpireLeadMs: null,
  warnsAtOnceUnderLead: false,
  atExpiry: 'none',
  codes: CODES,
  assumptions: [],
};
