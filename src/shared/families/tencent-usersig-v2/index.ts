/** Tencent Cloud TRTC / IM UserSig (TLSSigAPIv2), with or without a PrivateMapKey userbuf. */
import { z } from 'zod';
import type { Preset, TokenFamily } from '../family';
import { detectUserSig, detectUserSigCarrying } from './detect';
import { mintUserSig, tencentRequestFields, tencentRequestSchema, type TencentCredentials, type TencentRequest } from './generate';
import { USERSIG_ID, inspectUserSig } from './inspect';
import { tencentLifecycle } from './lifecycle';

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
  detectCarrying: detectUserSigCarrying,
  inspect: (base, options, crypto, carried) => inspectUserSig(base, options, crypto, typeof carried === 'string' ? carried : undefined),
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
      if (secret === '') return { ok: false, message: 'The SDK secret key is empty.', textKey: 'tencentSecretEmpty' };
      if (!/^[0-9a-fA-F]{64}$/.test(secret)) {
        return { ok: true, secret, warning: `A TLSSigAPIv2 secret key is 64 hex characters; this one is ${secret.length} characters. It is used as text either way.`, warningKey: 'tencentSecretLength', warningParams: { length: secret.length } };
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
  lifecycle: tencentLifecycle,
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
