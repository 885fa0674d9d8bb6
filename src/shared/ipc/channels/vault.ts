/**
 * `vault:*` — is the OS keychain usable, is the profiles file healthy, and does the keychain
 * hold entries of ours that nothing uses any more?
 *
 * The renderer asks once at start-up (and after the user fixes something) to show a specific
 * banner: "install libsecret", "unlock your keyring", or "profiles.json was damaged, kept as …".
 * The keychain doctor lists orphaned entries by account name and reason (never a secret);
 * removal is the user's confirmed choice, and main deletes only entries that are orphans at
 * that moment, whatever the request lists.
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

export const ORPHAN_KINDS = ['profile-secret', 'static-token', 'callback-case-token', 'pinned-token'] as const;

export const orphanedSecretSchema = z.strictObject({
  /** The keychain account under the service "TokenLab", e.g. `profile:<id>` (a name, not a secret). */
  account: z.string(),
  kind: z.enum(ORPHAN_KINDS),
  /** Why nothing uses it, in words. */
  reason: z.string(),
});
export type OrphanedSecretView = z.infer<typeof orphanedSecretSchema>;

/** Bounds of a removal request: account names as the doctor listed them. */
export const MAX_ORPHANS_PER_REMOVAL = 1000;
const accountName = z.string().min(1).max(600);

export const vaultChannels = {
  'vault:status': defineChannel({
    summary: 'keychain availability (with what to install) and profiles-file health',
    request: emptyRequest,
    response: vaultStatusSchema,
  }),
  'vault:findOrphans': defineChannel({
    summary: 'keychain entries of TokenLab that no profile, test case or pinned token in the data folder uses (names and reasons only)',
    request: emptyRequest,
    response: z.strictObject({ dataDir: z.string(), orphans: z.array(orphanedSecretSchema) }),
  }),
  'vault:removeOrphans': defineChannel({
    summary: 'delete the listed keychain entries that are orphans right now (after the user confirmed); any other is kept',
    request: z.strictObject({ accounts: z.array(accountName).min(1).max(MAX_ORPHANS_PER_REMOVAL) }),
    response: z.strictObject({ removed: z.array(z.string()), kept: z.array(z.string()) }),
  }),
} as const;
