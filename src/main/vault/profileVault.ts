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
import { mainT, MainTextError, type MainErrorKey, type MainTranslate } from '../i18n/mainText';
import type { Language } from '../../shared/i18n';
import type { TokenFamily } from '../../shared/families/family';
import { defaultRegistry, type FamilyRegistry } from '../../shared/families/registry';
import { describeZodError, zodDetailParams } from '../../shared/ipc/describeZodError';
import { addProfileRequestShape, type AddProfileRequest, type ImportReport } from '../../shared/ipc/channels/profiles';
import type { VaultStatus } from '../../shared/ipc/channels/vault';
import { DEFAULT_ENV_TAG, envTagSchema, fingerprintSchema, profileNameSchema, type ProfileView } from '../../shared/ipc/schemas/profile';
import { profileId as profileIdSchema, accid as accidSchema } from '../../shared/ipc/schemas/common';
import { refuseTokenControlCharacters } from '../commsease/staticTokenStore';
import { createSerialQueue } from './jsonDataFile';
import { secretFingerprint } from './fingerprint';
import { profileOwnedAccounts, profileSecretAccount, staticTokenAccount } from './keychainAccounts';
import { isProfileOf, toProfileView, type IdentifierValue, type Profile } from './profile';
import { nameKey, type ProfileStore, type StoredProfile } from './profileStore';
import type { SecretStore } from './secretStore';

/** A profile of the family asked for, with its secret: what signing, the simulator and CommsEase need. */
export interface ProfileCredentials<C> {
  profile: Profile<C>;
  secret: string;
}

export interface ProfileVault {
  /** `language`: the one the damaged-file reason is worded in (default English). */
  status(language?: Language): Promise<VaultStatus>;
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
  /**
   * Main-process only: the profile, narrowed to `family`, and its secret, in one turn of the
   * queue (one file read, one keychain read). A profile of another family is refused with
   * the registry's one message.
   */
  credentials<C>(id: string, family: TokenFamily<C, never> | TokenFamily<C>, purpose?: string): Promise<ProfileCredentials<C>>;
  /** Like `credentials`, found by name (the CLI's `--profile NAME`). */
  credentialsByName<C>(name: string, family: TokenFamily<C, never> | TokenFamily<C>, purpose?: string): Promise<ProfileCredentials<C>>;
  /** Main-process only: any family's profile with its secret (verification against a profile). */
  anyCredentials(id: string): Promise<ProfileCredentials<Readonly<Record<string, IdentifierValue>>>>;
  /** The profile named so, narrowed to `family` (no secret read): the CLI's `commsease static set|check`. */
  profileOf<C>(name: string, family: TokenFamily<C, never> | TokenFamily<C>): Promise<Profile<C>>;
  /** Like `anyCredentials`, found by name (`tokenlab verify --profile NAME`). */
  anyCredentialsByName(name: string): Promise<ProfileCredentials<Readonly<Record<string, IdentifierValue>>>>;
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
  /** The token families profiles may belong to; default: the shipped ones. */
  registry?: FamilyRegistry;
  /** The language an import report's reasons are worded in (default English). */
  language?: () => Language;
}

export const EXPORT_FORMAT = 'tokenlab-profiles';
export const EXPORT_SCHEMA_VERSION = 1;
const MAX_IMPORT = 1000;

/**
 * One profile in an export file: the public fields only, the family named by its CLI name
 * and its identifiers as top-level keys (the format predates token families; unchanged).
 */
const exportedProfileBaseSchema = z.object({
  provider: z.string(),
  name: profileNameSchema,
  env: envTagSchema,
  fingerprint: fingerprintSchema.nullable(),
});
const exportDocumentSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
  exportedAt: z.number().optional(),
  profiles: z.array(z.unknown()).max(MAX_IMPORT),
});

/** A secret as pasted, checked by its family (trimmed, no inner whitespace, the vendor's length rules). */
export function normalizeSecret(family: TokenFamily, raw: string): string {
  const checked = family.profile.checkSecret(raw);
  if (!checked.ok && checked.textKey !== undefined) throw new MainTextError(checked.code ?? 'INVALID_INPUT', checked.textKey satisfies MainErrorKey, checked.textParams, checked.vendorCode);
  if (!checked.ok) throw new TokenLabError(checked.code ?? 'INVALID_INPUT', checked.message, checked.vendorCode);
  return checked.secret;
}

/** `value` checked by `schema`; otherwise a MainTextError (`what` words it, the issues as its detail in both languages; one about the whole value needs no "(request)"). */
function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, what: MainErrorKey): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new MainTextError('INVALID_INPUT', what, zodDetailParams(parsed.error, 5, false));
  return parsed.data;
}

type ExportedProfile = { family: string; name: string; env: string; credentials: Record<string, IdentifierValue>; fingerprint: string | null };

/** One export entry in the domain's terms, or why it is skipped; unknown keys (a smuggled secret) are refused. */
function parseExportedWith(registry: FamilyRegistry, entry: unknown, t: MainTranslate, language: Language): { ok: true; profile: ExportedProfile } | { ok: false; reason: string } {
  const base = exportedProfileBaseSchema.safeParse(entry);
  // The report names the entry; an issue about the whole entry is not a "(request)".
  if (!base.success) return { ok: false, reason: describeZodError(base.error, 2, language, false) };
  const family = registry.byCliName(base.data.provider);
  if (!family) return { ok: false, reason: t('importReason.unknownFamily', { provider: base.data.provider.slice(0, 32) }) };
  const record = entry as Record<string, unknown>;
  const allowed = new Set(['provider', 'name', 'env', 'fingerprint', ...family.profile.identifiers.map((f) => f.key)]);
  const extra = Object.keys(record).filter((key) => !allowed.has(key));
  if (extra.length > 0) {
    const fields = extra.map((k) => `"${k.slice(0, 32)}"`).join(', ');
    return { ok: false, reason: t(extra.length > 1 ? 'importReason.unexpectedFields' : 'importReason.unexpectedField', { fields }) };
  }
  const raw: Record<string, unknown> = {};
  for (const field of family.profile.identifiers) if (record[field.key] !== undefined) raw[field.key] = record[field.key];
  const credentials = family.profile.credentialsSchema.safeParse(raw);
  if (!credentials.success) return { ok: false, reason: describeZodError(credentials.error, 2, language, false) };
  return {
    ok: true,
    profile: { family: family.id, name: base.data.name, env: base.data.env, credentials: credentials.data as Record<string, IdentifierValue>, fingerprint: base.data.fingerprint },
  };
}

export function createProfileVault(options: ProfileVaultOptions): ProfileVault {
  const { store, secrets, now, newId } = options;
  const registry = options.registry ?? defaultRegistry;
  const parseExported = (entry: unknown, t: MainTranslate, language: Language) => parseExportedWith(registry, entry, t, language);
  const view = (p: StoredProfile): ProfileView => toProfileView(p, registry);
  const familyOf = (p: StoredProfile): TokenFamily => registry.require(p.family);

  /** The family's credentials from `source` (its identifier keys), checked by its schema. */
  function credentialsFrom(family: TokenFamily, source: Readonly<Record<string, unknown>>, what: MainErrorKey): Record<string, IdentifierValue> {
    const raw: Record<string, unknown> = {};
    for (const field of family.profile.identifiers) if (source[field.key] !== undefined) raw[field.key] = source[field.key];
    return parseOrThrow(family.profile.credentialsSchema, raw, what) as Record<string, IdentifierValue>;
  }

  /** The secret of a profile just read from the file: stored, present, matching its fingerprint. */
  async function secretOf(profile: StoredProfile): Promise<string> {
    if (!profile.secretStored) {
      throw new MainTextError('SECRET_MISSING', 'profileNoSecretYet', { name: profile.name });
    }
    const secret = await secrets.get(profileSecretAccount(profile.id));
    if (secret === null) {
      throw new MainTextError(
        'SECRET_MISSING',
        'profileSecretGone',
        { name: profile.name },
      );
    }
    if (profile.fingerprint !== null && secretFingerprint(secret) !== profile.fingerprint) {
      throw new MainTextError(
        'SECRET_UNREADABLE',
        'profileSecretChanged',
        { name: profile.name, fingerprint: profile.fingerprint },
      );
    }
    return secret;
  }

  function byName(profiles: readonly StoredProfile[], name: string): StoredProfile {
    const found = profiles.find((p) => nameKey(p.name) === nameKey(name));
    if (!found) {
      const known = profiles.map((p) => p.name).join(', ');
      throw known ? new MainTextError('PROFILE_NOT_FOUND', 'profileNotFound', { name, known }) : new MainTextError('PROFILE_NOT_FOUND', 'profileNotFoundNone', { name });
    }
    return found;
  }

  async function narrowed<C>(profile: StoredProfile, family: TokenFamily<C, never> | TokenFamily<C>, purpose?: string): Promise<ProfileCredentials<C>> {
    if (!isProfileOf(profile, family)) throw registry.wrongFamily(profile.name, profile.family, family.id, purpose);
    return { profile: profile as unknown as Profile<C>, secret: await secretOf(profile) };
  }
  /** Runs one operation at a time, holding profiles.json's inter-process lock. */
  const serial = createSerialQueue(store.exclusive);

  function find(profiles: readonly StoredProfile[], id: string): StoredProfile {
    const found = profiles.find((p) => p.id === id);
    if (!found) throw new MainTextError('PROFILE_NOT_FOUND', 'profileNotFoundById', { id });
    return found;
  }

  function assertNameFree(profiles: readonly StoredProfile[], name: string, exceptId?: string): void {
    const clash = profiles.find((p) => p.id !== exceptId && nameKey(p.name) === nameKey(name));
    if (clash) throw new MainTextError('PROFILE_EXISTS', 'profileExists', { name: clash.name });
  }

  function freshId(profiles: readonly StoredProfile[]): string {
    for (let i = 0; i < 8; i++) {
      const id = newId();
      if (!profiles.some((p) => p.id === id)) return parseOrThrow(profileIdSchema, id, 'generatedIdInvalid');
    }
    throw new MainTextError('INTERNAL', 'noUnusedProfileId');
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
    return view(next);
  }

  return {
    async status(language: Language = 'en') {
      // Loading moves a corrupt file aside, so the report below covers what we just found.
      await serial(() => store.load()).catch(() => []);
      const corrupt = store.corruption();
      const corruptBackup = corrupt && { backupPath: corrupt.backupPath, reason: corrupt.worded(language) };
      return { keychain: await secrets.status(), dataDir: options.dataDir, corruptBackup };
    },

    list: () => serial(async () => (await store.load()).map(view)),

    get: (id) => serial(async () => view(find(await store.load(), id))),

    findByName: (name) => serial(async () => view(byName(await store.load(), name))),

    add: (input) =>
      serial(async () => {
        const request = parseOrThrow(addProfileRequestShape, input, 'profileInvalid') as AddProfileRequest;
        const family = request.family !== undefined ? registry.get(request.family) : registry.byCliName(request.provider ?? '');
        if (!family) throw new MainTextError('INVALID_INPUT', 'profileUnknownFamily', { field: request.family !== undefined ? 'family' : 'provider' });
        // Identifiers in `credentials`, or (the older shape) as top-level keys of the request.
        const credentials = credentialsFrom(family, request.credentials ?? (request as unknown as Record<string, unknown>), 'profileInvalid');
        const secret = normalizeSecret(family, request.secret);
        const profiles = await store.load();
        assertNameFree(profiles, request.name);
        const id = freshId(profiles);
        const profile: StoredProfile = {
          id,
          family: family.id,
          name: request.name,
          env: request.env ?? DEFAULT_ENV_TAG,
          credentials,
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
        return view(profile);
      }),

    rename: (id, name) =>
      serial(async () => {
        const clean = parseOrThrow(profileNameSchema, name, 'nameInvalid');
        const profiles = await store.load();
        find(profiles, id);
        assertNameFree(profiles, clean, id);
        return update(id, (p) => ({ ...p, name: clean }), profiles);
      }),

    retag: (id, env) =>
      serial(async () => {
        const clean = parseOrThrow(envTagSchema, env, 'envTagInvalid');
        return update(id, (p) => ({ ...p, env: clean }));
      }),

    replaceSecret: (id, rawSecret) =>
      serial(async () => {
        const current = find(await store.load(), id);
        const secret = normalizeSecret(familyOf(current), rawSecret);
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
        const exported = chosen.map((p) => ({
          provider: familyOf(p).cliNames[0] ?? p.family,
          name: p.name,
          env: p.env,
          ...p.credentials,
          fingerprint: p.fingerprint,
        }));
        const document = { format: EXPORT_FORMAT, schemaVersion: EXPORT_SCHEMA_VERSION, exportedAt: now(), profiles: exported };
        return { json: `${JSON.stringify(document, null, 2)}\n`, count: exported.length };
      }),

    importJson: (json) =>
      serial(async () => {
        let raw: unknown;
        try {
          raw = JSON.parse(json);
        } catch {
          throw new MainTextError('INVALID_INPUT', 'importNotJson');
        }
        const document = parseOrThrow(exportDocumentSchema, raw, 'notAnExport');
        const profiles = await store.load();
        const imported: StoredProfile[] = [];
        const skipped: ImportReport['skipped'] = [];
        const language = options.language?.() ?? 'en';
        const t = mainT(language);
        for (const [index, entry] of document.profiles.entries()) {
          const parsed = parseExported(entry, t, language);
          const label =
            typeof entry === 'object' && entry !== null && typeof (entry as { name?: unknown }).name === 'string'
              ? ((entry as { name: string }).name.slice(0, 64))
              : `#${index + 1}`;
          if (!parsed.ok) {
            skipped.push({ name: label, reason: parsed.reason });
            continue;
          }
          const p = parsed.profile;
          if ([...profiles, ...imported].some((q) => nameKey(q.name) === nameKey(p.name))) {
            skipped.push({ name: p.name, reason: t('importReason.nameTaken') });
            continue;
          }
          imported.push({
            id: freshId([...profiles, ...imported]),
            family: p.family,
            name: p.name,
            env: p.env,
            credentials: p.credentials,
            fingerprint: p.fingerprint,
            secretStored: false,
            staticTokenAccids: [],
            createdAt: now(),
          });
        }
        if (imported.length > 0) await store.save([...profiles, ...imported]);
        return { imported: imported.map(view), skipped };
      }),

    readSecret: (id) => serial(async () => secretOf(find(await store.load(), id))),

    credentials: (id, family, purpose) => serial(async () => narrowed(find(await store.load(), id), family, purpose)),

    credentialsByName: (name, family, purpose) => serial(async () => narrowed(byName(await store.load(), name), family, purpose)),

    anyCredentials: (id) =>
      serial(async () => {
        const profile = find(await store.load(), id);
        return { profile, secret: await secretOf(profile) };
      }),

    profileOf: (name, family) =>
      serial(async () => {
        const profile = byName(await store.load(), name);
        if (!isProfileOf(profile, family)) throw registry.wrongFamily(profile.name, profile.family, family.id);
        return profile as unknown as Profile<never>;
      }),

    anyCredentialsByName: (name) =>
      serial(async () => {
        const profile = byName(await store.load(), name);
        return { profile, secret: await secretOf(profile) };
      }),

    setStaticToken: (id, accid, token) =>
      serial(async () => {
        const cleanAccid = parseOrThrow(accidSchema, accid, 'accidInvalid');
        const current = find(await store.load(), id);
        if (!familyOf(current).profile.holdsStaticTokens) throw new MainTextError('INVALID_INPUT', 'staticTokensCommsEaseOnly');
        const clean = token.trim();
        if (clean === '' || clean.length > 1024) throw new MainTextError('INVALID_INPUT', 'staticTokenLength');
        refuseTokenControlCharacters(clean);
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
