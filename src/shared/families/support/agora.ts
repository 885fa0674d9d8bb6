/**
 * What Agora's two token families share: the profile (App ID + App Certificate) and the SDK
 * rules over a token's life (../../../../../shared/docs/sdk-lifecycle.md, README-agora.md).
 */
import { z } from 'zod';
import type { ProfileSpec, VerifyInputSpec } from '../family';

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
      const notHex = /[^0-9a-fA-F]/.test(secret);
      return { ok: false, message: `An App Certificate is 32 hex characters; this one is ${secret.length} characters${notHex ? ' and not all hex' : ''}.`, textKey: notHex ? 'agoraCertificateNotHex' : 'agoraCertificate', textParams: { length: secret.length } };
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

/** The SDK rules live with the 007 family (its folder's lifecycle.ts); the 006 family shares them. */
export { agoraLifecycle } from '../agora-accesstoken2/lifecycle';

/** Plain-words notes shared by 006 and 007 inspections. */
export const AGORA_TEXT = {
  wrongCertificate:
    'The signature does not verify with this App Certificate: it is another project\'s certificate (or the secondary one), or the token was altered.',
  certificateFormat: (length: number) => `The App Certificate given is ${length} characters; Agora certificates are 32 hex characters.`,
  uidZero: 'Built for uid 0: it binds no user, so any uid may join with it.',
} as const;
