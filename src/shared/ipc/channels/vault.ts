/**
 * `vault:*` — is the OS keychain usable, and is the profiles file healthy?
 *
 * The renderer asks once at start-up (and after the user fixes something) to show a specific
 * banner: "install libsecret", "unlock your keyring", or "profiles.json was corrupt, kept as …".
 */
import { z } from 'zod';
import { defineChannel } from '../channel';
import { emptyRequest } from '../schemas/common';

export const KEYCHAIN_STATES = ['available', 'locked', 'unavailable', 'error'] as const;
export type KeychainState = (typeof KEYCHAIN_STATES)[number];

export const vaultStatusSchema = z.strictObject({
  keychain: z.strictObject({
    state: z.enum(KEYCHAIN_STATES),
    /** One sentence for the banner; empty when available. */
    message: z.string(),
    /** What to install or do, e.g. "sudo apt install libsecret-1-0 gnome-keyring"; null when nothing. */
    remedy: z.string().nullable(),
  }),
  /** The data folder (not secret: it is where profiles.json lives). */
  dataDir: z.string(),
  /** A corrupt profiles file found at start-up and kept aside; null when none. */
  corruptBackup: z
    .strictObject({
      backupPath: z.string(),
      reason: z.string(),
    })
    .nullable(),
});
export type VaultStatus = z.infer<typeof vaultStatusSchema>;

export const vaultChannels = {
  'vault:status': defineChannel({
    summary: 'keychain availability (with what to install) and profiles-file health',
    request: emptyRequest,
    response: vaultStatusSchema,
  }),
} as const;
