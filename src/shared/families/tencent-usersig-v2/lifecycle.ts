/**
 * How Tencent's SDKs treat a UserSig over its life: ../shared/docs/sdk-lifecycle.md, "The newer
 * families" — "Tencent IM" and "Tencent TRTC". What those bullets do not say is an assumption,
 * listed as such; the `toggles` ones are switches in the scenario.
 */
import type { LifecycleSpec, PlatformRules, ScenarioOption } from '../family';
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

/** The room the simulator's PrivateMapKeys are for (a string room id). */
export const TRTC_SIM_ROOM = 'sim-room';

/** The PrivateMapKey's own lifetime (scenario `tencent.privateMapKeySeconds`): a UserSig whose room privileges end first. */
const PRIVATE_MAP_KEY_OPTION: ScenarioOption = {
  path: ['tencent', 'privateMapKeySeconds'],
  label: 'PrivateMapKey lifetime (s; empty = no PrivateMapKey)',
  choices: [],
  kind: 'number',
};

/**
 * "Tencent TRTC": the UserSig is checked at room entry (`onEnterRoom` < 0: -3320 invalid,
 * -100018 verification failed, -100006 PrivateMapKey failed); expiry during a call is not
 * documented (assumption: nothing until the next entry / switch). "A short PrivateMapKey can
 * remove the user from the room; `updatePrivateMapKey` renews it": with the scenario's
 * PrivateMapKey lifetime, the tokens carry one for the room that ends first, its end removes
 * the user (when exactly is assumed, switchable) and the app renews it with updatePrivateMapKey.
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
  scenarioOptions: [PRIVATE_MAP_KEY_OPTION],
  privilegeEnd: { name: 'PrivateMapKey', atEnd: 'kick', renewCall: 'updatePrivateMapKey' },
  // Only updatePrivateMapKey takes a new token in a session (a run with a PrivateMapKey); its answers are not documented.
  renewCodes: { tokenExpired: null, otherApp: null, otherUser: null, otherSecret: null },
  assumptions: [
    {
      id: 'trtcExpiryExitsRoom',
      toggles: 'dropAtExpiry',
      defaultOn: false,
      label: 'An expired UserSig removes the user from the TRTC room',
      text: 'What an expired UserSig does to a user already in the room is not documented: assumed nothing until the next enterRoom / switchRoom (a network reconnect is not an entry and is not checked).',
    },
    { id: 'trtcEnterRoomCode', text: 'Which of -3320 (invalid) and -100018 (verification failed) onEnterRoom reports for each wrong UserSig is not documented: -100018 is shown.', defaultOn: true },
    {
      id: 'trtcPrivateMapKeyRemoves',
      toggles: 'dropAtPrivilegeEnd',
      defaultOn: true,
      label: 'An ended PrivateMapKey removes the user from the TRTC room at once',
      text: 'The section says a short PrivateMapKey can remove the user from the room, not when: assumed at the moment it ends, without a code (switched off: nothing until the next entry or role switch).',
    },
    {
      id: 'trtcUpdatePrivateMapKey',
      text: 'updatePrivateMapKey is assumed to take the new PrivateMapKey at once, without a callback, and to refuse one that is expired, for another user or app or badly signed, without a code (the section names no result); the app times it from the PrivateMapKey\'s own end.',
      defaultOn: true,
    },
  ],
};

export const tencentLifecycle: LifecycleSpec<TencentCredentials, TencentRequest> = {
  platforms: [TENCENT_IM_RULES, TENCENT_TRTC_RULES],
  sessionEndOf: privateMapKeyEnd,
  simulation: {
    throwaway: (hex) => ({ credentials: { sdkAppId: 1_400_000_000 + (parseInt(hex(6), 16) % 100_000_000) }, secret: hex(64), otherSecret: hex(64) }),
    otherApp: (c) => ({ sdkAppId: c.sdkAppId === 0xffff_ffff ? 1 : c.sdkAppId + 1 }),
    request({ platformId, userId, ttlSeconds, privateMapKeySeconds }) {
      if (platformId !== TENCENT_TRTC_RULES.id || privateMapKeySeconds === undefined) return { request: { userId, ttl: ttlSeconds } };
      // A UserSig with a PrivateMapKey for the room (all privileges), ending first when it is shorter.
      const pmk = Math.min(privateMapKeySeconds, ttlSeconds);
      return {
        request: { userId, ttl: ttlSeconds, strRoomId: TRTC_SIM_ROOM, privilegeMap: 255, ...(pmk < ttlSeconds ? { privateMapKeyTtl: pmk } : {}) },
        ...(pmk < ttlSeconds ? { sessionSeconds: pmk } : {}),
      };
    },
  },
};

/** TRTC: the PrivateMapKey's end when it comes before the UserSig's expiry (the inspection's `privateMapKey.expireAt`). */
function privateMapKeyEnd(platformId: string, fields: Readonly<Record<string, unknown>>, expiresAt: number): number | null {
  if (platformId !== TENCENT_TRTC_RULES.id) return null;
  const pmk = fields['privateMapKey'];
  const ends = typeof pmk === 'object' && pmk !== null ? (pmk as Record<string, unknown>)['expireAt'] : undefined;
  return typeof ends === 'number' && ends < expiresAt ? ends : null;
}
