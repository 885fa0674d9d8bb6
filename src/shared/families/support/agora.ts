/**
 * What Agora's two token families share: the profile (App ID + App Certificate) and the SDK
 * rules over a token's life (../../../../../shared/docs/sdk-lifecycle.md, README-agora.md).
 */
import { z } from 'zod';
import type { LifecycleSpec, ProfileSpec, VerifyInputSpec } from '../family';

export interface AgoraCredentials {
  appId: string;
}

export const AGORA_HEX32 = /^[0-9a-fA-F]{32}$/;

export const agoraCredentialsSchema = z.object({
  appId: z.string().trim().regex(AGORA_HEX32, 'An Agora App ID is 32 hex characters'),
});

const shortId = (id: string) => (id.length > 8 ? `${id.slice(0, 4)}…${id.slice(-4)}` : id);

export const agoraProfile: ProfileSpec<AgoraCredentials> = {
  identifiers: [
    { key: 'appId', label: 'App ID', kind: 'text', required: true, cliFlag: '--app-id', help: '32 hex characters, from the Agora console' },
  ],
  credentialsSchema: agoraCredentialsSchema,
  secretLabel: 'App Certificate',
  checkSecret(raw) {
    const secret = raw.trim();
    if (!AGORA_HEX32.test(secret)) {
      return { ok: false, message: `An App Certificate is 32 hex characters; this one is ${secret.length} characters${/[^0-9a-fA-F]/.test(secret) ? ' and not all hex' : ''}.` };
    }
    return { ok: true, secret };
  },
  expectFrom: (c) => ({ appId: c.appId }),
  describe: (c) => `App ID ${shortId(c.appId)}`,
};

export const agoraAppIdInput: VerifyInputSpec = {
  key: 'appId',
  label: 'App ID',
  cliFlag: '--app-id',
  help: 'The App ID the token must be for (exact, case-sensitive).',
};

export const agoraLifecycle: LifecycleSpec = {
  platforms: [
    {
      id: 'agora-rtc-native',
      label: 'Agora RTC (native 4.x)',
      willExpireLeadMs: 30_000,
      warnsAtOnceUnderLead: false,
      atExpiry: 'kick',
      // ERR_TOKEN_EXPIRED 109 / ERR_INVALID_TOKEN 110 at join; connection reason 9 TOKEN_EXPIRED.
      codes: { tokenExpired: 109, otherApp: 110, otherUser: 110, otherSecret: 110, noPublishPrivilege: null, renewWhenLoggedOut: null, expiryKick: 9 },
      assumptions: [
        { id: 'agora-rtc-warn-under-lead', text: 'Whether onTokenPrivilegeWillExpire fires at once when less than 30 s remain at join is not documented: assumed it does not.', defaultOn: false },
        { id: 'agora-rtc-privilege-zero', text: 'A privilege value of 0 is taken as "bounded by the token expiry" (the builders\' default; not documented for the server).', defaultOn: true },
      ],
    },
    {
      id: 'agora-rtm-2',
      label: 'Agora RTM / Signaling 2.x',
      willExpireLeadMs: 30_000,
      warnsAtOnceUnderLead: false,
      atExpiry: 'kick',
      codes: { tokenExpired: 5, otherApp: 6, otherUser: 6, otherSecret: 6, noPublishPrivilege: null, renewWhenLoggedOut: 102, expiryKick: null },
      assumptions: [
        { id: 'agora-rtm-codes', text: 'RTM 2.x numbers for INVALID_TOKEN / TOKEN_EXPIRED are not in the sources; the RTM 1.x renewToken codes (5 expired, 6 invalid, 102 not logged in) are shown.', defaultOn: true },
      ],
    },
    {
      id: 'agora-chat',
      label: 'Agora Chat',
      willExpireLeadMs: 30_000,
      warnsAtOnceUnderLead: false,
      atExpiry: 'disconnect',
      codes: { tokenExpired: 108, otherApp: 202, otherUser: 202, otherSecret: 202, noPublishPrivilege: null, renewWhenLoggedOut: null, expiryKick: null },
      assumptions: [
        { id: 'agora-chat-lead', text: 'How long before expiry onTokenWillExpire fires is not documented: 30 s is assumed, as for RTC and RTM.', defaultOn: true },
        { id: 'agora-chat-codes', text: 'Chat error numbers (108 token expired, 202 authentication failed) are not in the sources used: assumed.', defaultOn: true },
      ],
    },
  ],
};

/** Plain-words notes shared by 006 and 007 inspections. */
export const AGORA_TEXT = {
  wrongCertificate:
    'The signature does not verify with this App Certificate: it is another project\'s certificate (or the secondary one), or the token was altered.',
  certificateFormat: (length: number) => `The App Certificate given is ${length} characters; Agora certificates are 32 hex characters.`,
  uidZero: 'Built for uid 0: it binds no user, so any uid may join with it.',
} as const;
