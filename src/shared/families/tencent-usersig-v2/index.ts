/** Tencent Cloud TRTC / IM UserSig (TLSSigAPIv2), with or without a PrivateMapKey userbuf. */
import { z } from 'zod';
import type { Preset, TokenFamily } from '../family';
import { detectUserSig } from './detect';
import { mintUserSig, tencentRequestFields, tencentRequestSchema, type TencentCredentials, type TencentRequest } from './generate';
import { USERSIG_ID, inspectUserSig } from './inspect';

const presets: readonly Preset<TencentRequest>[] = [
  { id: 'tencent-im-180d', label: 'IM / TRTC UserSig, 180 days (console default)', request: { userId: 'user_01', ttl: 180 * 86_400 } },
  { id: 'tencent-1d', label: 'UserSig, 1 day', request: { userId: 'user_01', ttl: 86_400 } },
  { id: 'tencent-pmk-anchor', label: 'TRTC PrivateMapKey: room 1234, all privileges, 5 min', request: { userId: 'anchor_01', ttl: 300, roomId: 1234, privilegeMap: 255 } },
  { id: 'tencent-pmk-audience', label: 'TRTC PrivateMapKey: string room, audience (42), 1 h', request: { userId: 'viewer_01', ttl: 3600, strRoomId: 'live-room', privilegeMap: 42 } },
];

export const tencentUserSigV2: TokenFamily<TencentCredentials, TencentRequest> = {
  id: USERSIG_ID,
  label: 'Tencent UserSig (TLSSigAPIv2)',
  vendor: 'Tencent Cloud',
  cliNames: ['tencent', 'tencent-usersig'],
  detect: detectUserSig,
  inspect: (base, options, crypto) => inspectUserSig(base, options, crypto),
  verifyInputs: [
    { key: 'appId', label: 'SDKAppID', cliFlag: '--app-id', help: 'The SDKAppID the UserSig must be for.' },
    { key: 'userId', label: 'UserID', cliFlag: '--user-id', help: 'The identifier the client logs in with (exact, case-sensitive).' },
    { key: 'channel', label: 'Room (PrivateMapKey)', cliFlag: '--channel', help: 'The room the PrivateMapKey should allow; checked only as a warning.' },
  ],
  profile: {
    identifiers: [{ key: 'sdkAppId', label: 'SDKAppID', kind: 'integer', required: true, cliFlag: '--app-id', help: 'From the TRTC / IM console, e.g. 1400000000.' }],
    credentialsSchema: z.object({ sdkAppId: z.number().int().min(1).max(0xffff_ffff) }),
    secretLabel: 'SDK secret key',
    checkSecret(raw) {
      const secret = raw.trim();
      if (secret === '') return { ok: false, message: 'The SDK secret key is empty.' };
      if (!/^[0-9a-fA-F]{64}$/.test(secret)) {
        return { ok: true, secret, warning: `A TLSSigAPIv2 secret key is 64 hex characters; this one is ${secret.length} characters. It is used as text either way.` };
      }
      return { ok: true, secret };
    },
    expectFrom: (c) => ({ appId: String(c.sdkAppId) }),
    describe: (c) => `SDKAppID ${c.sdkAppId}`,
  },
  generator: {
    fields: tencentRequestFields,
    requestSchema: tencentRequestSchema,
    mint: mintUserSig,
    expectFor: (request, credentials) => ({ appId: String(credentials.sdkAppId), userId: request.userId }),
  },
  lifecycle: {
    platforms: [
      {
        id: 'tencent-im',
        label: 'Tencent IM (Chat)',
        willExpireLeadMs: null,
        warnsAtOnceUnderLead: false,
        atExpiry: 'disconnect',
        // 70001 expired, 70014 SDKAppID differs, 70013 user differs, 70009 bad signature; 6206 at login.
        codes: { tokenExpired: 70_001, otherApp: 70_014, otherUser: 70_013, otherSecret: 70_009, noPublishPrivilege: null, renewWhenLoggedOut: null, expiryKick: null },
        assumptions: [
          { id: 'tencent-im-expired-callback-timing', text: 'When onUserSigExpired fires relative to the expiry is not documented: assumed at expiry.', defaultOn: true },
        ],
      },
      {
        id: 'tencent-trtc',
        label: 'Tencent TRTC',
        willExpireLeadMs: null,
        warnsAtOnceUnderLead: false,
        atExpiry: 'none',
        codes: { tokenExpired: -100_018, otherApp: -100_018, otherUser: -100_018, otherSecret: -100_018, noPublishPrivilege: -100_006, renewWhenLoggedOut: null, expiryKick: null },
        assumptions: [
          { id: 'tencent-trtc-expiry-in-call', text: 'What an expired UserSig does to a user already in the room is not documented: assumed nothing until the next enterRoom / switchRoom.', defaultOn: true },
          { id: 'tencent-trtc-pmk-recheck', text: 'A PrivateMapKey that ends during the call can remove the user (documented as possible, timing not documented): assumed removed at its expiry.', defaultOn: false },
        ],
      },
    ],
  },
  presets,
  tokenName: 'A Tencent UserSig',
  userOf: (inspection) => {
    const user = inspection.fields?.['TLS.identifier'];
    return typeof user === 'string' ? user : null;
  },
  // The room only a PrivateMapKey names; a plain UserSig enters any room.
  roomOf: (inspection) => {
    const key = inspection.fields?.['privateMapKey'] as Record<string, unknown> | null | undefined;
    const room = key?.['strRoomId'] ?? key?.['roomId'];
    return typeof room === 'string' && room !== '' ? room : typeof room === 'number' && room !== 0 ? String(room) : null;
  },
};
