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
 * discarded: it is renamed to `profiles.json.corrupt-<UTC stamp>`, the rename is reported
 * (vault:status, CLI stderr), and TokenLab starts from an empty list.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { defaultRegistry, type FamilyRegistry } from '../../shared/families/registry';
import { createDataFile } from './dataFile';
import type { IdentifierValue, Profile } from './profile';
import { migrateProfileV1, profileV1Schema } from './profileMigration';

export const PROFILES_FILE = 'profiles.json';
export const PROFILES_SCHEMA_VERSION = 2;

/** What is stored per profile is the domain profile: the file has no secret field. */
export type StoredProfile = Profile;

const storedProfileSchema = z.strictObject({
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

const anyVersionSchema = z.discriminatedUnion('schemaVersion', [
  z.strictObject({ schemaVersion: z.literal(1), profiles: z.array(profileV1Schema) }),
  z.strictObject({ schemaVersion: z.literal(2), profiles: z.array(storedProfileSchema) }),
]);

/** Names are unique ignoring case and Unicode composition ("Prod" and "prod" are the same). */
export function nameKey(name: string): string {
  return name.trim().normalize('NFC').toLowerCase();
}

/** The profiles of a parsed document in the current shape, or why the document cannot be used. */
function toCurrent(doc: z.infer<typeof anyVersionSchema>, registry: FamilyRegistry): Profile[] | string {
  const out: Profile[] = [];
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const [index, entry] of doc.profiles.entries()) {
    let profile: Profile;
    if (doc.schemaVersion === 1) {
      const migrated = migrateProfileV1(entry as z.infer<typeof profileV1Schema>, registry);
      if (!migrated.ok) return `profiles.${index}: ${migrated.reason}`;
      profile = migrated.profile;
    } else {
      const stored = entry as z.infer<typeof storedProfileSchema>;
      const family = registry.get(stored.family);
      if (!family) return `profiles.${index}.family: unknown token family "${stored.family}"`;
      const credentials = family.profile.credentialsSchema.safeParse(stored.credentials);
      if (!credentials.success) return `profiles.${index}.credentials: ${credentials.error.issues[0]?.message ?? 'invalid'}`;
      profile = { ...stored, credentials: credentials.data as Record<string, IdentifierValue> };
    }
    if (ids.has(profile.id)) return `top level: duplicate profile id ${profile.id}`;
    const key = nameKey(profile.name);
    if (names.has(key)) return `top level: duplicate profile name "${profile.name}"`;
    ids.add(profile.id);
    names.add(key);
    out.push(profile);
  }
  return out;
}

export interface CorruptFileReport {
  backupPath: string;
  reason: string;
}

export interface ProfileStore {
  readonly path: string;
  /** Current profiles (a version-1 file is migrated in memory); a corrupt file is moved aside. */
  load(): Promise<StoredProfile[]>;
  /** Always writes the current version. */
  save(profiles: readonly StoredProfile[]): Promise<void>;
  /** The corrupt file set aside during this process's lifetime, if any. */
  corruption(): CorruptFileReport | null;
}

export function createProfileStore(dataDir: string, nowMs: () => number, registry: FamilyRegistry = defaultRegistry): ProfileStore {
  const file = createDataFile(join(dataDir, PROFILES_FILE), nowMs);
  let corrupt: CorruptFileReport | null = null;

  async function setAside(reason: string): Promise<never[]> {
    corrupt = { backupPath: await file.moveAside(), reason };
    return [];
  }

  return {
    path: file.path,
    corruption: () => corrupt,
    async load() {
      const text = await file.read();
      if (text === null) return [];
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return setAside(text.trim() === '' ? 'the file is empty' : 'the file is not valid JSON');
      }
      const parsed = anyVersionSchema.safeParse(json);
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        return setAside(`unexpected content${first ? ` at ${first.path.join('.') || 'top level'}: ${first.message}` : ''}`);
      }
      const current = toCurrent(parsed.data, registry);
      if (typeof current === 'string') return setAside(`unexpected content at ${current}`);
      return current;
    },
    async save(profiles) {
      const stored = profiles.map((p) => ({
        id: p.id,
        family: p.family,
        name: p.name,
        env: p.env,
        credentials: p.credentials,
        fingerprint: p.fingerprint,
        secretStored: p.secretStored,
        staticTokenAccids: p.staticTokenAccids,
        createdAt: p.createdAt,
      }));
      await file.write(`${JSON.stringify({ schemaVersion: PROFILES_SCHEMA_VERSION, profiles: stored }, null, 2)}\n`);
    },
  };
}
