/**
 * profiles.json: the non-secret half of every profile, read and written whole.
 *
 * The document is versioned. Version 2 (written since token families) stores each profile as
 * `{ id, family, name, env, credentials, fingerprint, secretStored, staticTokenAccids,
 * createdAt }`, the credentials checked by the family's schema. Version 1 (the loose record
 * with nullable appId / appKey / apiBase) is read through profileMigration.ts and written
 * back as version 2 at the next save.
 *
 * A file that does not parse, or does not match the schema (edited by hand, truncated by a
 * disk error, written by something that bypassed our atomic write), is never silently
 * discarded: it is copied to `profiles.json.corrupt-<UTC stamp>`, every profile that still
 * parses is written back, and the repair is reported (vault:status, CLI stderr).
 * Reads need no lock; the vault runs each operation inside `exclusive`, so a change made by
 * the CLI while the app is open (or by eight CLIs at once) is never lost.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { defaultRegistry, type FamilyRegistry } from '../../shared/families/registry';
import type { Language } from '../../shared/i18n';
import { createDataFile } from './dataFile';
import { damageIssue, fieldOf, openJsonDocument, salvageArray, type JsonDocumentSpec } from './jsonDataFile';
import type { IdentifierValue, Profile } from './profile';
import { migrateProfileV1, profileV1Schema } from './profileMigration';

export const PROFILES_FILE = 'profiles.json';
export const PROFILES_SCHEMA_VERSION = 2;

/** What is stored per profile is the domain profile: the file has no secret field. */
export type StoredProfile = Profile;

const storedProfileShape = z.strictObject({
  id: z.string().regex(/^[0-9a-f]{16}$/),
  family: z.string().max(64),
  name: z.string(),
  env: z.string(),
  credentials: z.record(z.string(), z.union([z.string(), z.number()])),
  fingerprint: z.string().regex(/^[0-9a-f]{8}$/).nullable(),
  secretStored: z.boolean(),
  staticTokenAccids: z.array(z.string()),
  createdAt: z.number().int().min(0),
});

/** Names are unique ignoring case and Unicode composition ("Prod" and "prod" are the same). */
export function nameKey(name: string): string {
  return name.trim().normalize('NFC').toLowerCase();
}

/** One version-2 entry: its family must be registered and its credentials pass the family's schema. */
function storedProfileSchema(registry: FamilyRegistry): z.ZodType<Profile> {
  return storedProfileShape.transform((stored, ctx) => {
    const family = registry.get(stored.family);
    if (!family) {
      ctx.addIssue({ code: 'custom', path: ['family'], ...damageIssue('unknownFamily', { family: stored.family.slice(0, 64) }) });
      return z.NEVER;
    }
    const credentials = family.profile.credentialsSchema.safeParse(stored.credentials);
    if (!credentials.success) {
      ctx.addIssue({ code: 'custom', path: ['credentials'], message: credentials.error.issues[0]?.message ?? 'invalid' });
      return z.NEVER;
    }
    return { ...stored, credentials: credentials.data as Record<string, IdentifierValue> };
  }) as unknown as z.ZodType<Profile>;
}

/** One version-1 entry, migrated. */
function v1ProfileSchema(registry: FamilyRegistry): z.ZodType<Profile> {
  return profileV1Schema.transform((old, ctx) => {
    const migrated = migrateProfileV1(old, registry);
    if (!migrated.ok) {
      ctx.addIssue({ code: 'custom', ...migrated.issue });
      return z.NEVER;
    }
    return migrated.profile;
  }) as unknown as z.ZodType<Profile>;
}

interface ProfilesDocument {
  schemaVersion: typeof PROFILES_SCHEMA_VERSION;
  profiles: Profile[];
}

function noDuplicates(profiles: readonly Profile[], ctx: z.RefinementCtx): void {
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const p of profiles) {
    if (ids.has(p.id)) ctx.addIssue({ code: 'custom', ...damageIssue('duplicateId', { id: p.id }) });
    const key = nameKey(p.name);
    if (names.has(key)) ctx.addIssue({ code: 'custom', ...damageIssue('duplicateName', { name: p.name }) });
    ids.add(p.id);
    names.add(key);
  }
}

/** Either version on the way in, always version 2 out; every profile checked by its family. */
function documentSchema(registry: FamilyRegistry): z.ZodType<ProfilesDocument> {
  return z
    .union([
      z.strictObject({ schemaVersion: z.literal(1), profiles: z.array(v1ProfileSchema(registry)) }),
      z.strictObject({ schemaVersion: z.literal(2), profiles: z.array(storedProfileSchema(registry)) }),
    ])
    .transform((doc, ctx) => {
      noDuplicates(doc.profiles, ctx);
      return { schemaVersion: PROFILES_SCHEMA_VERSION, profiles: doc.profiles };
    }) as unknown as z.ZodType<ProfilesDocument>;
}

/** The file's form of a profile: exactly the stored fields, in a stable order. */
function toStored(p: Profile): Profile {
  return {
    id: p.id,
    family: p.family,
    name: p.name,
    env: p.env,
    credentials: p.credentials,
    fingerprint: p.fingerprint,
    secretStored: p.secretStored,
    staticTokenAccids: p.staticTokenAccids,
    createdAt: p.createdAt,
  };
}

function profilesDocument(registry: FamilyRegistry): JsonDocumentSpec<ProfilesDocument> {
  return {
    schema: documentSchema(registry),
    empty: () => ({ schemaVersion: PROFILES_SCHEMA_VERSION, profiles: [] }),
    entries: 'profiles',
    serialize: (document) => `${JSON.stringify({ schemaVersion: document.schemaVersion, profiles: document.profiles.map(toStored) }, null, 2)}\n`,
    salvage(value) {
      const entry = fieldOf(value, 'schemaVersion') === 1 ? v1ProfileSchema(registry) : storedProfileSchema(registry);
      const { items, dropped } = salvageArray(fieldOf(value, 'profiles'), entry, (p) => [`id:${p.id}`, `name:${nameKey(p.name)}`]);
      return { document: { schemaVersion: PROFILES_SCHEMA_VERSION, profiles: items }, kept: items.length, dropped };
    },
  };
}

export interface CorruptFileReport {
  backupPath: string;
  /** In English (logs, --json). */
  reason: string;
  /** The reason in `language` (the page's banner, the CLI's stderr). */
  worded(language: Language): string;
}

export interface ProfileStore {
  readonly path: string;
  /** Current profiles (a version-1 file is migrated in memory); a damaged file is repaired first. */
  load(): Promise<StoredProfile[]>;
  /** Call inside `exclusive`, after `load`: the file must not have changed in between. Always writes version 2. */
  save(profiles: readonly StoredProfile[]): Promise<void>;
  /** Runs `operation` holding profiles.json's inter-process lock (the CLI and the app share the file). */
  exclusive<T>(operation: () => Promise<T>): Promise<T>;
  /** The damaged file repaired during this process's lifetime, if any. */
  corruption(): CorruptFileReport | null;
}

export function createProfileStore(dataDir: string, nowMs: () => number, registry: FamilyRegistry = defaultRegistry): ProfileStore {
  const file = openJsonDocument(createDataFile(join(dataDir, PROFILES_FILE), nowMs), profilesDocument(registry));
  return {
    path: file.path,
    corruption: () => {
      const damage = file.damage();
      return damage && { backupPath: damage.backupPath, reason: damage.reason, worded: damage.worded };
    },
    exclusive: (operation) => file.locked(operation),
    load: async () => (await file.read()).profiles,
    save: (profiles) => file.transact((_current, write) => write({ schemaVersion: PROFILES_SCHEMA_VERSION, profiles: profiles.map(toStored) })),
  };
}
