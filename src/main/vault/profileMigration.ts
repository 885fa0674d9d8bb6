/**
 * profiles.json as TokenLab wrote it before token families (schemaVersion 1), and how it
 * becomes today's document: one loose record per profile with nullable appId / appKey /
 * apiBase, turned into `{ family, credentials }` by the family's own identifier list.
 *
 * Frozen: this schema describes files already on users' disks; never change it.
 */
import { z } from 'zod';
import type { FamilyRegistry } from '../../shared/families/registry';
import { zodIssueParams } from '../../shared/ipc/describeZodError';
import { damageIssue } from './jsonDataFile';
import type { IdentifierValue, Profile } from './profile';

export const profileV1Schema = z.strictObject({
  id: z.string().regex(/^[0-9a-f]{16}$/),
  provider: z.string(),
  name: z.string(),
  env: z.string(),
  appId: z.number().int().min(1).max(0xffff_ffff).nullable(),
  appKey: z.string().nullable(),
  apiBase: z.string().nullable(),
  fingerprint: z.string().regex(/^[0-9a-f]{8}$/).nullable(),
  secretStored: z.boolean(),
  staticTokenAccids: z.array(z.string()),
  createdAt: z.number().int().min(0),
});
export type ProfileV1 = z.infer<typeof profileV1Schema>;

/**
 * A v1 profile in the v2 shape, or the reason it cannot be: its provider names the family
 * (`zego`, `commsease`), and the family's identifier keys pick its credentials.
 */
export function migrateProfileV1(old: ProfileV1, registry: FamilyRegistry): { ok: true; profile: Profile } | { ok: false; issue: ReturnType<typeof damageIssue> } {
  const family = registry.byCliName(old.provider);
  if (!family) return { ok: false, issue: damageIssue('unknownProvider', { provider: old.provider }) };
  const flat = old as unknown as Record<string, unknown>;
  const raw: Record<string, IdentifierValue> = {};
  for (const field of family.profile.identifiers) {
    const value = flat[field.key];
    if (typeof value === 'string' || typeof value === 'number') raw[field.key] = value;
  }
  const credentials = family.profile.credentialsSchema.safeParse(raw);
  if (!credentials.success) {
    const first = credentials.error.issues[0];
    return { ok: false, issue: first === undefined ? damageIssue('badIdentifiers', { name: old.name }) : damageIssue('profileIdentifiers', { name: old.name, ...zodIssueParams(first, 'detail') }) };
  }
  return {
    ok: true,
    profile: {
      id: old.id,
      family: family.id,
      name: old.name,
      env: old.env,
      credentials: credentials.data as Record<string, IdentifierValue>,
      fingerprint: old.fingerprint,
      secretStored: old.secretStored,
      staticTokenAccids: old.staticTokenAccids,
      createdAt: old.createdAt,
    },
  };
}
