/** Agora AccessToken2 (`007`): RTC, RTM, Chat and every service of the current official code. */
import type { Preset, TokenFamily } from '../family';
import { mintAccessToken } from '../agora-accesstoken/generate';
import { agoraAppIdInput, agoraLifecycle, agoraProfile, type AgoraCredentials } from '../support/agora';
import { agoraExpectFor, agoraRequestFields, agoraRequestSchema, type AgoraRequest } from '../support/agoraRequest';
import { detectAccessToken2 } from './detect';
import { mintAccessToken2 } from './generate';
import { ACCESS_TOKEN2_ID, inspectAccessToken2 } from './inspect';

const presets: readonly Preset<AgoraRequest>[] = [
  { id: 'agora-rtc-publisher-1h', label: 'RTC publisher, 1 h', request: { service: 'rtc', channel: 'demo-channel', uid: 1001, role: 'publisher', ttl: 3600, privilegeTtl: 3600, version: '007' } },
  { id: 'agora-rtc-any-user-1h', label: 'RTC uid 0 (any user), subscriber, 1 h', request: { service: 'rtc', channel: 'demo-channel', uid: 0, role: 'subscriber', ttl: 3600, version: '007' } },
  { id: 'agora-rtc-join-expires-early', label: 'RTC: join privilege 5 min, token 1 h', request: { service: 'rtc', channel: 'demo-channel', account: 'speaker-1', role: 'publisher', ttl: 3600, privilegeTtl: 300, version: '007' } },
  { id: 'agora-rtm-1h', label: 'RTM login, 1 h', request: { service: 'rtm', account: 'rtm-user', role: 'publisher', ttl: 3600, version: '007' } },
  { id: 'agora-chat-user-24h', label: 'Chat user, 24 h', request: { service: 'chat-user', account: 'chat_user', role: 'publisher', ttl: 86_400, version: '007' } },
  { id: 'agora-chat-app-24h', label: 'Chat app token, 24 h', request: { service: 'chat-app', role: 'publisher', ttl: 86_400, version: '007' } },
  { id: 'agora-rtc-short-60s', label: 'RTC, 60 s (watch the 30 s warning)', request: { service: 'rtc', channel: 'demo-channel', uid: 1001, role: 'publisher', ttl: 60, privilegeTtl: 60, version: '007' } },
];

export const agoraAccessToken2: TokenFamily<AgoraCredentials, AgoraRequest> = {
  id: ACCESS_TOKEN2_ID,
  label: 'Agora AccessToken2 (007)',
  vendor: 'Agora',
  cliNames: ['agora', 'agora-007'],
  detect: detectAccessToken2,
  inspect: (base, options, crypto) => inspectAccessToken2(base, options, crypto),
  verifyInputs: [
    agoraAppIdInput,
    { key: 'userId', label: 'User (uid or account)', cliFlag: '--user-id', help: 'Every non-empty uid / user id / account in the token must equal it; uid 0 and the Chat app token bind no user.' },
  ],
  profile: agoraProfile,
  generator: {
    fields: agoraRequestFields,
    requestSchema: agoraRequestSchema,
    // `--version 006` mints the legacy format from the same profile.
    mint: (request, context) => (request.version === '006' ? mintAccessToken(request, context) : mintAccessToken2(request, context)),
    expectFor: (request, credentials) => agoraExpectFor(request, credentials.appId),
  },
  lifecycle: agoraLifecycle,
  presets,
  tokenName: 'An Agora token',
  userOf: (inspection, expect) => {
    const services = inspection.fields?.['services'];
    for (const service of Array.isArray(services) ? (services as Record<string, unknown>[]) : []) {
      const user = service['uid'] ?? service['userId'];
      if (typeof user === 'string' && user !== '' && user !== '0') return user;
    }
    // uid 0 (any user), a Chat app token: the user the token was checked for, if any.
    return expect.userId ?? null;
  },
  roomOf: (inspection) => {
    const services = inspection.fields?.['services'];
    for (const service of Array.isArray(services) ? (services as Record<string, unknown>[]) : []) {
      if (typeof service['channel'] === 'string' && service['channel'] !== '') return service['channel'];
    }
    return null;
  },
};
