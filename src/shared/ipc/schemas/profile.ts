/**
 * The public view of a profile: everything about it except its secret.
 *
 * This is what crosses into the renderer, a CLI listing and an export. The fingerprint (first
 * 8 hex of SHA-256 of the secret) lets two people confirm they hold the same secret without
 * revealing it; 32 bits are too few to help anyone guess a 32-character secret.
 */
import { z } from 'zod';
import { epochSeconds, profileId, zegoAppId } from './common';

export const PROVIDERS = ['zego', 'commsease'] as const;
export const providerSchema = z.enum(PROVIDERS);
export type Provider = z.infer<typeof providerSchema>;

export const DEFAULT_COMMSEASE_API_BASE = 'https://api.netease.im/nimserver';

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
  .regex(/^[a-z0-9][a-z0-9_-]{0,23}$/, 'an environment tag is 1–24 letters, digits, "-" or "_" (e.g. dev, staging, prod)');
export const DEFAULT_ENV_TAG = 'dev';

/** CommsEase app keys are 32 hex characters in the console; accept any short token-like string. */
export const appKeySchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'an app key is 1–64 letters, digits, "-" or "_"');

/** The CommsEase server API base (https only: the CheckSum headers must not travel in clear). */
export const apiBaseSchema = z
  .string()
  .trim()
  .max(512)
  .refine((value) => {
    try {
      const url = new URL(value);
      // No "?" or "#": endpoint paths are appended to the base, which would land inside a query or fragment.
      return (url.protocol === 'https:' || (url.protocol === 'http:' && url.hostname === '127.0.0.1')) && url.username === '' && url.password === '' && !/[?#]/.test(value);
    } catch {
      return false;
    }
  }, 'the API base must be an https:// URL (http:// only for 127.0.0.1) without "?" or "#"');

export const fingerprintSchema = z.string().regex(/^[0-9a-f]{8}$/);

export const profileViewSchema = z.strictObject({
  id: profileId,
  provider: providerSchema,
  name: z.string(),
  env: z.string(),
  /** ZEGO only. */
  appId: zegoAppId.nullable(),
  /** CommsEase only. */
  appKey: z.string().nullable(),
  /** CommsEase only. */
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
