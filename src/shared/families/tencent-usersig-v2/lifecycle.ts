/**
 * How Tencent's SDKs treat a UserSig over its life: ../shared/docs/sdk-lifecycle.md, "The newer
 * families" — "Tencent IM" and "Tencent TRTC". What those bullets do not say is an assumption,
 * listed as such; the `toggles` ones are switches in the scenario.
 */
import type { LifecycleSpec, PlatformRules } from '../family';
import type { TencentCredentials, TencentRequest } from './generate';

/**
 * "Tencent IM": no "will expire" callback; login with an expired UserSig fails (6206 / 70001);
 * while online `onUserSigExpired` fires and the app must log in again; 70009 bad signature,
 * 70013 user differs, 70014 SDKAppID differs.
 */
export const TENCENT_IM_RULES: PlatformRules = {
  id: 'tencent-im',
  label: 'Tencent IM (Chat)',
  simulated: true,
  sdkName: 'Tencent IM',
  expiredCallback: 'onUserSigExpired',
  // No renewToken: a new UserSig reaches the SDK through a new login, which the server checks.
  renewal: 'renew-call',
  willExpireLeadMs: null,
  warnsAtOnceUnderLead: false,
  atExpiry: 'disconnect',
  codes: { tokenExpired: 70_001, otherApp: 70_014, otherUser: 70_013, otherSecret: 70_009, noPublishPrivilege: null, renewWhenLoggedOut: null, expiryKick: null },
  assumptions: [
    { id: 'tencentImExpiredAtExpiry', text: 'When onUserSigExpired fires relative to the expiry is not documented: assumed at the expiry instant.', defaultOn: true },
    { id: 'tencentImRenewIsLogin', text: 'Tencent IM has no renewToken: a renewal here is a new login with the fresh UserSig while online, assumed seamless and refused with the login codes (70001 / 70009 / 70013 / 70014).', defaultOn: true },
  ],
};

/**
 * "Tencent TRTC": the UserSig is checked at room entry (`onEnterRoom` < 0: -3320 invalid,
 * -100018 verification failed, -100006 PrivateMapKey failed); expiry during a call is not
 * documented (assumption: nothing until the next entry / switch).
 */
export const TENCENT_TRTC_RULES: PlatformRules = {
  id: 'tencent-trtc',
  label: 'Tencent TRTC',
  simulated: true,
  sdkName: 'TRTC',
  renewal: 'none',
  checksAtReconnect: false,
  willExpireLeadMs: null,
  warnsAtOnceUnderLead: false,
  atExpiry: 'none',
  codes: { tokenExpired: -100_018, otherApp: -100_018, otherUser: -100_018, otherSecret: -100_018, noPublishPrivilege: -100_006, renewWhenLoggedOut: null, expiryKick: null },
  assumptions: [
    {
      id: 'trtcExpiryExitsRoom',
      toggles: 'dropAtExpiry',
      defaultOn: false,
      label: 'An expired UserSig removes the user from the TRTC room',
      text: 'What an expired UserSig does to a user already in the room is not documented: assumed nothing until the next enterRoom / switchRoom (a network reconnect is not an entry and is not checked).',
    },
    { id: 'trtcEnterRoomCode', text: 'Which of -3320 (invalid) and -100018 (verification failed) onEnterRoom reports for each wrong UserSig is not documented: -100018 is shown.', defaultOn: true },
  ],
};

export const tencentLifecycle: LifecycleSpec<TencentCredentials, TencentRequest> = {
  platforms: [TENCENT_IM_RULES, TENCENT_TRTC_RULES],
  simulation: {
    throwaway: (hex) => ({ credentials: { sdkAppId: 1_400_000_000 + (parseInt(hex(6), 16) % 100_000_000) }, secret: hex(64), otherSecret: hex(64) }),
    otherApp: (c) => ({ sdkAppId: c.sdkAppId === 0xffff_ffff ? 1 : c.sdkAppId + 1 }),
    request: ({ userId, ttlSeconds }) => ({ request: { userId, ttl: ttlSeconds } }),
  },
};
