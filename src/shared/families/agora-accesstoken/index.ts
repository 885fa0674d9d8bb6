/** Agora AccessToken (`006`), the legacy format: verifying needs the channel and uid it binds. */
import type { Preset, TokenFamily } from '../family';
import { agoraAppIdInput, agoraLifecycle, agoraProfile, type AgoraCredentials } from '../support/agora';
import { agoraExpectFor, agoraRequestFields, agoraRequestSchema, type AgoraRequest } from '../support/agoraRequest';
import { detectAccessToken } from './detect';
import { mintAccessToken } from './generate';
import { ACCESS_TOKEN_ID, inspectAccessToken } from './inspect';
import { ACCESS_TOKEN_NO_USER_NOTE } from './texts';

const presets: readonly Preset<AgoraRequest>[] = [
  { id: 'agora006-rtc-publisher-1h', label: '006 RTC publisher, 1 h', request: { service: 'rtc', channel: 'demo-channel', uid: 1001, role: 'publisher', ttl: 3600, version: '006' } },
  { id: 'agora006-rtc-any-user', label: '006 RTC uid 0 (any user), 1 h', request: { service: 'rtc', channel: 'demo-channel', uid: 0, role: 'subscriber', ttl: 3600, version: '006' } },
  { id: 'agora006-rtm-1h', label: '006 RTM login, 1 h', request: { service: 'rtm', account: 'rtm-user', role: 'publisher', ttl: 3600, version: '006' } },
];

export const agoraAccessToken: TokenFamily<AgoraCredentials, AgoraRequest> = {
  id: ACCESS_TOKEN_ID,
  label: 'Agora AccessToken (006, legacy)',
  vendor: 'Agora',
  cliNames: ['agora-006'],
  detect: detectAccessToken,
  inspect: (base, options, crypto) => inspectAccessToken(base, options, crypto),
  verifyInputs: [
    agoraAppIdInput,
    { key: 'channel', label: 'Channel name', cliFlag: '--channel', requiredToVerify: true, help: 'The channel the client joins (RTM: the account). The signature binds it, but the token holds only its CRC-32: give it to verify.' },
    { key: 'uid', label: 'uid or account', cliFlag: '--uid', requiredToVerify: true, help: 'The uid (decimal) or account the client joins with, also bound by the signature; empty for RTM. A uid-0 token accepts any.' },
    { key: 'userId', label: 'User (uid or account)', cliFlag: '--user-id', help: 'Used as the uid (RTC) or the account (RTM) when --uid / --channel are not given.' },
  ],
  profile: agoraProfile,
  generator: {
    fields: agoraRequestFields.filter((f) => f.key !== 'version'),
    requestSchema: agoraRequestSchema,
    mint: (request, context) => mintAccessToken({ ...request, version: '006' }, context),
    expectFor: (request, credentials) => agoraExpectFor({ ...request, version: '006' }, credentials.appId),
  },
  lifecycle: agoraLifecycle,
  presets,
  tokenName: 'An Agora 006 token',
  noUserNote: ACCESS_TOKEN_NO_USER_NOTE,
  // A 006 token holds only the uid's CRC-32: the user is what it was verified with.
  userOf: (_inspection, expect) => (expect.uid !== undefined && expect.uid !== '' ? expect.uid : (expect.userId ?? null)),
  roomOf: (_inspection, expect) => expect.channel ?? null,
};
