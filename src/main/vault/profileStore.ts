/**
 * profiles.json: the non-secret half of every profile, read and written whole.
 *
 * A file that does not parse, or does not match the schema (edited by hand, truncated by a
 * disk error, written by something that bypassed our atomic write), is never silently
 * discarded: it is renamed to `profiles.json.corrupt-<UTC stamp>`, the rename is reported
 * (vault:status, CLI stderr), and TokenLab starts from an empty list.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { profileViewSchema, type ProfileView } from '../../shared/ipc/schemas/profile';
import { createDataFile } from './dataFile';

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
  /** Current profiles; a corrupt file is moved aside (reported through `corruption`). */
  load(): Promise<StoredProfile[]>;
  save(profiles: readonly StoredProfile[]): Promise<void>;
  /** The corrupt file set aside during this process's lifetime, if any. */
  corruption(): CorruptFileReport | null;
}

export function createProfileStore(dataDir: string, nowMs: () => number): ProfileStore {
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
      const parsed = documentSchema.safeParse(json);
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        return setAside(`unexpected content${first ? ` at ${first.path.join('.') || 'top level'}: ${first.message}` : ''}`);
      }
      return parsed.data.profiles;
    },
    async save(profiles) {
      await file.write(`${JSON.stringify({ schemaVersion: PROFILES_SCHEMA_VERSION, profiles }, null, 2)}\n`);
    },
  };
}
