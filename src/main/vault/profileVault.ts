/**
 * The profile vault: profiles in profiles.json, their secrets in the SecretStore (OS keychain).
 *
 * The only place that pairs the two halves, so the rules live here once for the app (IPC) and
 * the CLI: names unique, secrets validated and trimmed, keychain written before the file on
 * add and removed before the file on delete (a refusing keychain leaves nothing half-done),
 * exports without secrets. Every operation holds profiles.json's inter-process lock and
 * re-reads the file first, so the CLI and the app (or eight CLIs) can change it at once.
 * `readSecret` is the single way out for a secret, used by the signing service in main only.
 */
import { z } from 'zod';
import { TokenLabError } from '../../shared/errors';
import { describeZodError } from '../../shared/ipc/describeZodError';
import { addProfileRequestSchema, type AddProfileRequest, type ImportReport } from '../../shared/ipc/channels/profiles';
import type { VaultStatus } from '../../shared/ipc/channels/vault';
import {
  apiBaseSchema,
  appKeySchema,
  DEFAULT_COMMSEASE_API_BASE,
  DEFAULT_ENV_TAG,
  envTagSchema,
  fingerprintSchema,
  profileNameSchema,
  type ProfileView,
} from '../../shared/ipc/schemas/profile';
import { profileId as profileIdSchema, zegoAppId, accid as accidSchema } from '../../shared/ipc/schemas/common';
import { controlCharacterProblem } from '../../shared/security/secretText';
import { ZEGO_SECRET_LENGTH } from '../../shared/tokens/zego/generateZegoToken';
import { createSerialQueue } from './jsonDataFile';
import { secretFingerprint } from './fingerprint';
import { profileOwnedAccounts, profileSecretAccount, staticTokenAccount } from './keychainAccounts';
import { nameKey, type ProfileStore, type StoredProfile } from './profileStore';
import type { SecretStore } from './secretStore';

export interface ProfileVault {
  status(): Promise<VaultStatus>;
  list(): Promise<ProfileView[]>;
  get(id: string): Promise<ProfileView>;
  findByName(name: string): Promise<ProfileView>;
  add(input: AddProfileRequest): Promise<ProfileView>;
  rename(id: string, name: string): Promise<ProfileView>;
  retag(id: string, env: string): Promise<ProfileView>;
  replaceSecret(id: string, secret: string): Promise<{ profile: ProfileView; previousFingerprint: string | null }>;
  delete(id: string): Promise<void>;
  exportJson(ids?: readonly string[]): Promise<{ json: string; count: number }>;
  importJson(json: string): Promise<ImportReport>;
  /** Main-process only: the secret, for the signing service. Never returned over IPC. */
  readSecret(id: string): Promise<string>;
  /** CommsEase static tokens (secrets too): stored per accid in the keychain. */
  setStaticToken(profileId: string, accid: string, token: string): Promise<ProfileView>;
  /** Main-process only. null when none is stored for that accid. */
  readStaticToken(profileId: string, accid: string): Promise<string | null>;
  deleteStaticToken(profileId: string, accid: string): Promise<ProfileView>;
}

export interface ProfileVaultOptions {
  dataDir: string;
  store: ProfileStore;
  secrets: SecretStore;
  /** Epoch seconds. */
  now: () => number;
  /** 16 lowercase hex characters; random in production. */
  newId: () => string;
}

export const EXPORT_FORMAT = 'tokenlab-profiles';
export const EXPORT_SCHEMA_VERSION = 1;
const MAX_IMPORT = 1000;

/** One profile in an export file: the public fields only. */
const exportedProfileSchema = z.discriminatedUnion('provider', [
  z.strictObject({
    provider: z.literal('zego'),
    name: profileNameSchema,
    env: envTagSchema,
    appId: zegoAppId,
    fingerprint: fingerprintSchema.nullable(),
  }),
  z.strictObject({
    provider: z.literal('commsease'),
    name: profileNameSchema,
    env: envTagSchema,
    appKey: appKeySchema,
    apiBase: apiBaseSchema,
    fingerprint: fingerprintSchema.nullable(),
  }),
]);
type ExportedProfile = z.infer<typeof exportedProfileSchema>;

const exportDocumentSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
  exportedAt: z.number().optional(),
  profiles: z.array(z.unknown()).max(MAX_IMPORT),
});

/** Secrets as pasted: surrounding whitespace trimmed, inner whitespace refused, per-provider rules. */
export function normalizeSecret(provider: 'zego' | 'commsease', raw: string): string {
  const secret = raw.trim();
  if (secret === '') throw new TokenLabError('INVALID_INPUT', 'the secret is empty');
  const control = controlCharacterProblem(secret, 'the secret');
  if (control !== null) throw new TokenLabError('INVALID_INPUT', control);
  if (/\s/.test(secret)) throw new TokenLabError('INVALID_INPUT', 'the secret contains whitespace (check the copy-paste)');
  if (provider === 'zego') {
    const bytes = Buffer.byteLength(secret, 'utf8');
    if (bytes !== ZEGO_SECRET_LENGTH) {
      throw new TokenLabError(
        'ZEGO_SECRET_INVALID',
        `a ZEGO ServerSecret has ${ZEGO_SECRET_LENGTH} characters, this one has ${bytes} (check for a missing or extra character)`,
        5,
      );
    }
  }
  return secret;
}

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new TokenLabError('INVALID_INPUT', `${what}: ${describeZodError(parsed.error)}`);
  return parsed.data;
}

export function createProfileVault(options: ProfileVaultOptions): ProfileVault {
  const { store, secrets, now, newId } = options;
  /** Runs one operation at a time, holding profiles.json's inter-process lock. */
  const serial = createSerialQueue(store.exclusive);

  function find(profiles: readonly StoredProfile[], id: string): StoredProfile {
    const found = profiles.find((p) => p.id === id);
    if (!found) throw new TokenLabError('PROFILE_NOT_FOUND', `no profile with id ${id}`);
    return found;
  }

  function assertNameFree(profiles: readonly StoredProfile[], name: string, exceptId?: string): void {
    const clash = profiles.find((p) => p.id !== exceptId && nameKey(p.name) === nameKey(name));
    if (clash) throw new TokenLabError('PROFILE_EXISTS', `a profile named "${clash.name}" already exists`);
  }

  function freshId(profiles: readonly StoredProfile[]): string {
    for (let i = 0; i < 8; i++) {
      const id = newId();
      if (!profiles.some((p) => p.id === id)) return parseOrThrow(profileIdSchema, id, 'generated id');
    }
    throw new TokenLabError('INTERNAL', 'could not draw an unused profile id');
  }

  /**
   * Changes one profile and saves. `loaded` spares a second read when the caller read the file
   * with nothing awaited since; after a keychain call, read again (the CLI may have written).
   */
  async function update(id: string, change: (p: StoredProfile) => StoredProfile, loaded?: readonly StoredProfile[]): Promise<ProfileView> {
    const profiles = loaded ?? (await store.load());
    const current = find(profiles, id);
    const next = change(current);
    await store.save(profiles.map((p) => (p.id === id ? next : p)));
    return next;
  }

  return {
    async status() {
      // Loading moves a corrupt file aside, so the report below covers what we just found.
      await serial(() => store.load()).catch(() => []);
      return { keychain: await secrets.status(), dataDir: options.dataDir, corruptBackup: store.corruption() };
    },

    list: () => serial(() => store.load()),

    get: (id) => serial(async () => find(await store.load(), id)),

    findByName: (name) =>
      serial(async () => {
        const profiles = await store.load();
        const found = profiles.find((p) => nameKey(p.name) === nameKey(name));
        if (!found) {
          const known = profiles.map((p) => p.name).join(', ');
          throw new TokenLabError('PROFILE_NOT_FOUND', `no profile named "${name}"${known ? ` (profiles: ${known})` : ' (no profiles yet)'}`);
        }
        return found;
      }),

    add: (input) =>
      serial(async () => {
        const request = parseOrThrow(addProfileRequestSchema, input, 'invalid profile');
        const secret = normalizeSecret(request.provider, request.secret);
        const profiles = await store.load();
        assertNameFree(profiles, request.name);
        const id = freshId(profiles);
        const profile: StoredProfile = {
          id,
          provider: request.provider,
          name: request.name,
          env: request.env ?? DEFAULT_ENV_TAG,
          appId: request.provider === 'zego' ? request.appId : null,
          appKey: request.provider === 'commsease' ? request.appKey : null,
          apiBase: request.provider === 'commsease' ? (request.apiBase ?? DEFAULT_COMMSEASE_API_BASE) : null,
          fingerprint: secretFingerprint(secret),
          secretStored: true,
          staticTokenAccids: [],
          createdAt: now(),
        };
        await secrets.set(profileSecretAccount(id), secret);
        try {
          await store.save([...profiles, profile]);
        } catch (error) {
          await secrets.delete(profileSecretAccount(id)).catch(() => false);
          throw error;
        }
        return profile;
      }),

    rename: (id, name) =>
      serial(async () => {
        const clean = parseOrThrow(profileNameSchema, name, 'invalid name');
        const profiles = await store.load();
        find(profiles, id);
        assertNameFree(profiles, clean, id);
        return update(id, (p) => ({ ...p, name: clean }), profiles);
      }),

    retag: (id, env) =>
      serial(async () => {
        const clean = parseOrThrow(envTagSchema, env, 'invalid environment tag');
        return update(id, (p) => ({ ...p, env: clean }));
      }),

    replaceSecret: (id, rawSecret) =>
      serial(async () => {
        const current = find(await store.load(), id);
        const secret = normalizeSecret(current.provider, rawSecret);
        const account = profileSecretAccount(id);
        const previous = current.secretStored ? await secrets.get(account) : null;
        await secrets.set(account, secret);
        try {
          const profile = await update(id, (p) => ({ ...p, fingerprint: secretFingerprint(secret), secretStored: true }));
          return { profile, previousFingerprint: current.fingerprint };
        } catch (error) {
          // Put the keychain back as it was, so file and keychain keep agreeing.
          if (previous !== null) await secrets.set(account, previous).catch(() => {});
          else await secrets.delete(account).catch(() => false);
          throw error;
        }
      }),

    delete: (id) =>
      serial(async () => {
        const profiles = await store.load();
        const profile = find(profiles, id);
        // Keychain first: if it refuses (locked), nothing is removed and the error says why.
        // Always asked (not only when the file says a secret is stored): an imported profile may
        // own static tokens or test-case tokens added since, and no entry may outlive its profile.
        const owned = profileOwnedAccounts(id);
        for (const account of owned.exact) await secrets.delete(account);
        for (const accid of profile.staticTokenAccids) await secrets.delete(staticTokenAccount(id, accid));
        for (const account of await secrets.listAccounts()) {
          if (owned.prefixes.some((prefix) => account.startsWith(prefix))) await secrets.delete(account);
        }
        await store.save(profiles.filter((p) => p.id !== id));
      }),

    exportJson: (ids) =>
      serial(async () => {
        const profiles = await store.load();
        const chosen = ids === undefined ? profiles : ids.map((id) => find(profiles, id));
        const exported: ExportedProfile[] = chosen.map((p) =>
          p.provider === 'zego'
            ? { provider: 'zego', name: p.name, env: p.env, appId: p.appId as number, fingerprint: p.fingerprint }
            : {
                provider: 'commsease',
                name: p.name,
                env: p.env,
                appKey: p.appKey as string,
                apiBase: p.apiBase ?? DEFAULT_COMMSEASE_API_BASE,
                fingerprint: p.fingerprint,
              },
        );
        const document = { format: EXPORT_FORMAT, schemaVersion: EXPORT_SCHEMA_VERSION, exportedAt: now(), profiles: exported };
        return { json: `${JSON.stringify(document, null, 2)}\n`, count: exported.length };
      }),

    importJson: (json) =>
      serial(async () => {
        let raw: unknown;
        try {
          raw = JSON.parse(json);
        } catch {
          throw new TokenLabError('INVALID_INPUT', 'the import is not valid JSON');
        }
        const document = parseOrThrow(exportDocumentSchema, raw, 'not a TokenLab profiles export');
        const profiles = await store.load();
        const imported: StoredProfile[] = [];
        const skipped: ImportReport['skipped'] = [];
        for (const [index, entry] of document.profiles.entries()) {
          const parsed = exportedProfileSchema.safeParse(entry);
          const label =
            typeof entry === 'object' && entry !== null && typeof (entry as { name?: unknown }).name === 'string'
              ? ((entry as { name: string }).name.slice(0, 64))
              : `#${index + 1}`;
          if (!parsed.success) {
            skipped.push({ name: label, reason: describeZodError(parsed.error, 2) });
            continue;
          }
          const p = parsed.data;
          if ([...profiles, ...imported].some((q) => nameKey(q.name) === nameKey(p.name))) {
            skipped.push({ name: p.name, reason: 'a profile with this name already exists' });
            continue;
          }
          imported.push({
            id: freshId([...profiles, ...imported]),
            provider: p.provider,
            name: p.name,
            env: p.env,
            appId: p.provider === 'zego' ? p.appId : null,
            appKey: p.provider === 'commsease' ? p.appKey : null,
            apiBase: p.provider === 'commsease' ? p.apiBase : null,
            fingerprint: p.fingerprint,
            secretStored: false,
            staticTokenAccids: [],
            createdAt: now(),
          });
        }
        if (imported.length > 0) await store.save([...profiles, ...imported]);
        return { imported, skipped };
      }),

    readSecret: (id) =>
      serial(async () => {
        const profile = find(await store.load(), id);
        if (!profile.secretStored) {
          throw new TokenLabError('SECRET_MISSING', `profile "${profile.name}" has no secret yet: enter it (replace secret) before using it`);
        }
        const secret = await secrets.get(profileSecretAccount(id));
        if (secret === null) {
          throw new TokenLabError(
            'SECRET_MISSING',
            `the keychain holds no secret for profile "${profile.name}" (removed outside TokenLab?): enter it again`,
          );
        }
        if (profile.fingerprint !== null && secretFingerprint(secret) !== profile.fingerprint) {
          throw new TokenLabError(
            'SECRET_UNREADABLE',
            `the keychain entry of profile "${profile.name}" no longer matches its fingerprint ${profile.fingerprint}: enter the secret again`,
          );
        }
        return secret;
      }),

    setStaticToken: (id, accid, token) =>
      serial(async () => {
        const cleanAccid = parseOrThrow(accidSchema, accid, 'invalid accid');
        const current = find(await store.load(), id);
        if (current.provider !== 'commsease') throw new TokenLabError('INVALID_INPUT', 'static tokens belong to CommsEase profiles');
        const clean = token.trim();
        if (clean === '' || clean.length > 1024) throw new TokenLabError('INVALID_INPUT', 'a static token has 1–1024 characters');
        const control = controlCharacterProblem(clean, 'the token');
        if (control !== null) throw new TokenLabError('INVALID_INPUT', control);
        await secrets.set(staticTokenAccount(id, cleanAccid), clean);
        return update(id, (p) => ({
          ...p,
          staticTokenAccids: p.staticTokenAccids.includes(cleanAccid) ? p.staticTokenAccids : [...p.staticTokenAccids, cleanAccid],
        }));
      }),

    readStaticToken: (id, accid) =>
      serial(async () => {
        const profile = find(await store.load(), id);
        if (!profile.staticTokenAccids.includes(accid)) return null;
        return secrets.get(staticTokenAccount(id, accid));
      }),

    deleteStaticToken: (id, accid) =>
      serial(async () => {
        find(await store.load(), id);
        await secrets.delete(staticTokenAccount(id, accid));
        return update(id, (p) => ({ ...p, staticTokenAccids: p.staticTokenAccids.filter((a) => a !== accid) }));
      }),
  };
}
