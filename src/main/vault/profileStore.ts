/**
 * profiles.json: the non-secret half of every profile, read and written whole.
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
import { profileViewSchema, type ProfileView } from '../../shared/ipc/schemas/profile';
import { createDataFile } from './dataFile';
import { fieldOf, openJsonDocument, salvageArray, type JsonDocumentSpec } from './jsonDataFile';

export const PROFILES_FILE = 'profiles.json';
export const PROFILES_SCHEMA_VERSION = 1;

/** What is stored per profile is exactly its public view: the file has no secret field. */
export type StoredProfile = ProfileView;

const documentSchema = z
  .strictObject({
    schemaVersion: z.literal(PROFILES_SCHEMA_VERSION),
    profiles: z.array(profileViewSchema),
  })
  .superRefine((doc, ctx) => {
    const ids = new Set<string>();
    const names = new Set<string>();
    for (const p of doc.profiles) {
      if (ids.has(p.id)) ctx.addIssue({ code: 'custom', message: `duplicate profile id ${p.id}` });
      const key = nameKey(p.name);
      if (names.has(key)) ctx.addIssue({ code: 'custom', message: `duplicate profile name "${p.name}"` });
      ids.add(p.id);
      names.add(key);
    }
  });

/** Names are unique ignoring case and Unicode composition ("Prod" and "prod" are the same). */
export function nameKey(name: string): string {
  return name.trim().normalize('NFC').toLowerCase();
}

export interface CorruptFileReport {
  backupPath: string;
  reason: string;
}

export interface ProfileStore {
  readonly path: string;
  /** Current profiles; a damaged file is repaired first (reported through `corruption`). */
  load(): Promise<StoredProfile[]>;
  /** Call inside `exclusive`, after `load`: the file must not have changed in between. */
  save(profiles: readonly StoredProfile[]): Promise<void>;
  /** Runs `operation` holding profiles.json's inter-process lock (the CLI and the app share the file). */
  exclusive<T>(operation: () => Promise<T>): Promise<T>;
  /** The damaged file repaired during this process's lifetime, if any. */
  corruption(): CorruptFileReport | null;
}

type ProfilesDocument = z.infer<typeof documentSchema>;

const profilesDocument: JsonDocumentSpec<ProfilesDocument> = {
  schema: documentSchema,
  empty: () => ({ schemaVersion: PROFILES_SCHEMA_VERSION, profiles: [] }),
  entries: 'profiles',
  serialize: (document) => `${JSON.stringify(document, null, 2)}\n`,
  salvage(value) {
    const { items, dropped } = salvageArray(fieldOf(value, 'profiles'), profileViewSchema, (p) => [`id:${p.id}`, `name:${nameKey(p.name)}`]);
    return { document: { schemaVersion: PROFILES_SCHEMA_VERSION, profiles: items }, kept: items.length, dropped };
  },
};

export function createProfileStore(dataDir: string, nowMs: () => number): ProfileStore {
  const file = openJsonDocument(createDataFile(join(dataDir, PROFILES_FILE), nowMs), profilesDocument);
  return {
    path: file.path,
    corruption: () => {
      const damage = file.damage();
      return damage && { backupPath: damage.backupPath, reason: damage.reason };
    },
    exclusive: (operation) => file.locked(operation),
    load: async () => (await file.read()).profiles,
    save: (profiles) => file.transact((_current, write) => write({ schemaVersion: PROFILES_SCHEMA_VERSION, profiles: [...profiles] })),
  };
}
