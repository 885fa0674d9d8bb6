/**
 * The public view of a profile: everything about it except its secret.
 *
 * This is what crosses into the renderer and a CLI listing; the domain model is
 * src/main/vault/profile.ts and the file format src/main/vault/profileStore.ts. The fingerprint (first
 * 8 hex of SHA-256 of the secret) lets two people confirm they hold the same secret without
 * revealing it; 32 bits are too few to help anyone guess a 32-character secret.
 */
import { z } from 'zod';
import { commsEaseApiBaseSchema, commsEaseAppKeySchema } from '../../families/commsease-dynamic';
import { defaultRegistry } from '../../families/registry';
import { epochSeconds, profileId } from './common';
import { registeredFamilyId } from './inspection';

/** A profile's family, as the CLI and the legacy IPC shape name it (`zego`, `commsease`). */
export const providerSchema = z.string().refine((name) => defaultRegistry.byCliName(name) !== undefined, 'not a known provider');
export type Provider = string;

export { DEFAULT_COMMSEASE_API_BASE } from '../../families/commsease-dynamic';

/** Profile names: what people type in `--profile NAME`; unique (case-insensitively). */
export const profileNameSchema = z
  .string()
  .trim()
  .min(1, 'a name is needed')
  .max(64, 'a name has at most 64 characters')
  .regex(/^[^\p{Cc}\p{Cf}]+$/u, 'a name cannot hold control characters');

/** Environment tags such as dev / staging / prod: shown in colour wherever the profile appears. */
export const envTagSchema = z
  .string()
  .trim()
  .toLowerCase()
  // Letters of any script (生产, тест), so a team names its environments in its own language.
  .regex(/^[\p{L}\p{N}][\p{L}\p{M}\p{N}_-]{0,23}$/u, 'an environment tag is 1–24 letters, digits, "-" or "_" (e.g. dev, staging, prod, 生产)');
export const DEFAULT_ENV_TAG = 'dev';

/** Kept here for the CommsEase channels; the family owns the rules. */
export const appKeySchema = commsEaseAppKeySchema;
export const apiBaseSchema = commsEaseApiBaseSchema;

export const fingerprintSchema = z.string().regex(/^[0-9a-f]{8}$/);

/** A public identifier's value: what a profile form field holds. */
export const identifierValueSchema = z.union([z.string().max(1024), z.number()]);

export const profileViewSchema = z.strictObject({
  id: profileId,
  /** The token family (registry id). */
  family: registeredFamilyId,
  /** The family's CLI name (`zego`, `commsease`), as `--provider` takes it. */
  provider: providerSchema,
  name: z.string(),
  env: z.string(),
  /** The family's public identifiers (its `profile.identifiers` keys); never the secret. */
  credentials: z.record(z.string().max(64), identifierValueSchema),
  /** One line for lists, from the family: "appId 123456". */
  summary: z.string(),
  /**
   * Legacy flat copies of the identifiers named appId / appKey / apiBase, for screens not yet
   * reading `credentials`; null when the family has no such identifier.
   */
  appId: z.number().nullable(),
  appKey: z.string().nullable(),
  apiBase: z.string().nullable(),
  /** First 8 hex of SHA-256 of the secret; null only for an imported profile whose file carried none. */
  fingerprint: fingerprintSchema.nullable(),
  /** false: the keychain holds no secret for it yet (imported profiles, or removed outside TokenLab). */
  secretStored: z.boolean(),
  /** CommsEase accids with a static token stored in the keychain. */
  staticTokenAccids: z.array(z.string()),
  createdAt: epochSeconds,
});
export type ProfileView = z.infer<typeof profileViewSchema>;
