import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemorySecretStore, type MemorySecretStore } from '../../../src/main/vault/memorySecretStore';
import { createProfileStore } from '../../../src/main/vault/profileStore';
import { createProfileVault, type ProfileVault } from '../../../src/main/vault/profileVault';
import { secretFingerprint } from '../../../src/main/vault/fingerprint';
import { wordError } from '../../../src/main/i18n/mainText';
import type { TokenLabError } from '../../../src/shared/errors';

const ZEGO_SECRET = 'fa94dd0f974cf2e293728a526b028271';
const CE_SECRET = '2afa7b254f15';

let dir: string;
let secrets: MemorySecretStore;
let vault: ProfileVault;
let clock: number;
let idCounter: number;

function openVault(): ProfileVault {
  return createProfileVault({
    dataDir: dir,
    store: createProfileStore(dir, () => clock * 1000),
    secrets,
    now: () => clock,
    newId: () => (idCounter++).toString(16).padStart(16, '0'),
  });
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tokenlab-vault-'));
  secrets = createMemorySecretStore();
  clock = 1_700_000_000;
  idCounter = 1;
  vault = openVault();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const addZego = (name = 'acme-prod', extra: Record<string, unknown> = {}) =>
  vault.add({ provider: 'zego', name, appId: 1234567890, secret: ZEGO_SECRET, env: 'prod', ...extra });

describe('profile vault', () => {
  it('stores the secret in the keychain and only its fingerprint in profiles.json', async () => {
    const profile = await addZego();
    expect(profile).toMatchObject({ name: 'acme-prod', provider: 'zego', appId: 1234567890, env: 'prod', secretStored: true });
    expect(profile.fingerprint).toBe(secretFingerprint(ZEGO_SECRET));
    expect(profile.fingerprint).toMatch(/^[0-9a-f]{8}$/);
    expect(secrets.entries.get(`profile:${profile.id}`)).toBe(ZEGO_SECRET);
    const file = await readFile(join(dir, 'profiles.json'), 'utf8');
    expect(file).toContain('acme-prod');
    expect(file).not.toContain(ZEGO_SECRET);
    expect(await vault.readSecret(profile.id)).toBe(ZEGO_SECRET);
  });

  it('defaults CommsEase profiles to the public API base and trims a pasted secret', async () => {
    const profile = await vault.add({ provider: 'commsease', name: 'ce', appKey: 'abc123', secret: `  ${CE_SECRET}\n` });
    expect(profile.apiBase).toBe('https://api.netease.im/nimserver');
    expect(profile.env).toBe('dev');
    expect(await vault.readSecret(profile.id)).toBe(CE_SECRET);
  });

  it('refuses a ZEGO secret that is not 32 characters, with the official error number', async () => {
    await expect(vault.add({ provider: 'zego', name: 'x', appId: 1, secret: 'short' })).rejects.toMatchObject({
      code: 'ZEGO_SECRET_INVALID',
      vendorCode: 5,
    });
    expect(secrets.entries.size).toBe(0);
  });

  it('keeps names unique ignoring case, on add, rename and import', async () => {
    const a = await addZego('Prod');
    await expect(addZego('prod')).rejects.toMatchObject({ code: 'PROFILE_EXISTS' });
    const b = await addZego('staging');
    await expect(vault.rename(b.id, 'PROD')).rejects.toMatchObject({ code: 'PROFILE_EXISTS' });
    await expect(vault.rename(a.id, 'prod')).resolves.toMatchObject({ name: 'prod' }); // itself: fine
  });

  it('renames, retags and finds profiles by name', async () => {
    const p = await addZego('old');
    await vault.rename(p.id, 'new');
    await vault.retag(p.id, 'Staging');
    await expect(vault.findByName('NEW')).resolves.toMatchObject({ id: p.id, env: 'staging' });
    await expect(vault.findByName('old')).rejects.toMatchObject({ code: 'PROFILE_NOT_FOUND' });
  });

  it('replaces a secret and reports the fingerprint change', async () => {
    const p = await addZego();
    const other = 'b'.repeat(32);
    const { profile, previousFingerprint } = await vault.replaceSecret(p.id, other);
    expect(previousFingerprint).toBe(secretFingerprint(ZEGO_SECRET));
    expect(profile.fingerprint).toBe(secretFingerprint(other));
    expect(await vault.readSecret(p.id)).toBe(other);
  });

  it('deletes the keychain entries (secret and static tokens) with the profile', async () => {
    const ce = await vault.add({ provider: 'commsease', name: 'ce', appKey: 'abc', secret: CE_SECRET });
    await vault.setStaticToken(ce.id, 'alice', 'static-token-1');
    await secrets.set(`static:${ce.id}:orphan`, 'left-over'); // not on the profile any more
    await secrets.set(`callbackcase:${ce.id}:00000000000000aa`, 'case-token');
    const keep = await addZego();
    await vault.delete(ce.id);
    expect([...secrets.entries.keys()]).toEqual([`profile:${keep.id}`]);
    expect((await vault.list()).map((p) => p.name)).toEqual(['acme-prod']);
  });

  it('changes nothing when the keychain is locked, and says so', async () => {
    const p = await addZego();
    secrets.setState('locked');
    await expect(vault.delete(p.id)).rejects.toMatchObject({ code: 'KEYCHAIN_LOCKED' });
    await expect(addZego('second')).rejects.toMatchObject({ code: 'KEYCHAIN_LOCKED' });
    await expect(vault.readSecret(p.id)).rejects.toMatchObject({ code: 'KEYCHAIN_LOCKED' });
    secrets.setState('available');
    expect((await vault.list()).map((q) => q.name)).toEqual(['acme-prod']);
  });

  it('deletes an imported profile (no secret) without leaving keychain entries, and refuses when unreachable', async () => {
    const p = await addZego();
    const { json } = await vault.exportJson();
    await vault.delete(p.id);
    const [imported] = (await vault.importJson(json.replace('acme-prod', 'again'))).imported;
    await secrets.set(`callbackcase:${imported!.id}:00000000000000bb`, 'case-token');
    secrets.setState('unavailable');
    await expect(vault.delete(imported!.id)).rejects.toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' });
    secrets.setState('available');
    await vault.delete(imported!.id);
    expect(secrets.entries.size).toBe(0);
  });

  it('lists profiles without the keychain (it may be unavailable)', async () => {
    await addZego();
    secrets.setState('unavailable');
    await expect(vault.list()).resolves.toHaveLength(1);
    await expect(vault.status()).resolves.toMatchObject({ keychain: { state: 'unavailable' }, corruptBackup: null });
  });

  it('exports without secrets and imports as profiles that still need their secret', async () => {
    const z = await addZego();
    await vault.add({ provider: 'commsease', name: 'ce', appKey: 'abc', secret: CE_SECRET, apiBase: 'https://example.test/nim' });
    const { json, count } = await vault.exportJson();
    expect(count).toBe(2);
    expect(json).not.toContain(ZEGO_SECRET);
    expect(json).not.toContain(CE_SECRET);

    const other = await mkdtemp(join(tmpdir(), 'tokenlab-vault-b-'));
    const target = createProfileVault({
      dataDir: other,
      store: createProfileStore(other, () => 0),
      secrets: createMemorySecretStore(),
      now: () => 5,
      newId: () => 'ffffffffffff' + String(idCounter++).padStart(4, '0'),
    });
    const report = await target.importJson(json);
    expect(report.skipped).toEqual([]);
    expect(report.imported.map((p) => [p.name, p.secretStored, p.fingerprint])).toEqual([
      ['acme-prod', false, z.fingerprint],
      ['ce', false, secretFingerprint(CE_SECRET)],
    ]);
    const imported = report.imported[0]!;
    await expect(target.readSecret(imported.id)).rejects.toMatchObject({ code: 'SECRET_MISSING' });
    const again = await target.importJson(json);
    expect(again.imported).toEqual([]);
    expect(again.skipped.map((s) => s.name)).toEqual(['acme-prod', 'ce']);
    await rm(other, { recursive: true, force: true });
  });

  it('refuses an import entry that smuggles a secret field instead of storing it', async () => {
    const json = JSON.stringify({
      format: 'tokenlab-profiles',
      schemaVersion: 1,
      profiles: [{ provider: 'zego', name: 'sneaky', env: 'dev', appId: 5, fingerprint: null, secret: ZEGO_SECRET }],
    });
    const report = await vault.importJson(json);
    expect(report.imported).toEqual([]);
    expect(report.skipped[0]?.name).toBe('sneaky');
    expect(await readdir(dir).then((names) => names.includes('profiles.json'))).toBe(false);
  });

  it('skips an import entry that is not a profile, naming the entry rather than a "(request)", in both languages', async () => {
    const json = JSON.stringify({ format: 'tokenlab-profiles', schemaVersion: 1, profiles: [5] });
    for (const language of ['en', 'zh-CN'] as const) {
      const own = await mkdtemp(join(tmpdir(), 'tokenlab-vault-l-'));
      const target = createProfileVault({ dataDir: own, store: createProfileStore(own, () => 0), secrets: createMemorySecretStore(), now: () => 5, newId: () => 'eeeeeeeeeeee0001', language: () => language });
      const report = await target.importJson(json);
      expect(report.imported).toEqual([]);
      expect(report.skipped).toHaveLength(1);
      expect(report.skipped[0]?.name).toBe('#1');
      expect(report.skipped[0]?.reason).not.toMatch(/request|请求/);
      expect(report.skipped[0]?.reason.length).toBeGreaterThan(0);
      if (language === 'zh-CN') expect(report.skipped[0]?.reason).not.toMatch(/[A-Za-z]{3,}/);
      await rm(own, { recursive: true, force: true });
    }
  });

  it('detects a keychain entry that no longer matches the fingerprint', async () => {
    const p = await addZego();
    await secrets.set(`profile:${p.id}`, 'c'.repeat(32));
    await expect(vault.readSecret(p.id)).rejects.toMatchObject({ code: 'SECRET_UNREADABLE' });
  });

  it('keeps a copy of a corrupt profiles.json aside, reports it, and goes on with what still parses', async () => {
    await writeFile(join(dir, 'profiles.json'), '{"schemaVersion":1,"profiles":[{"id":');
    const status = await vault.status();
    expect(status.corruptBackup?.backupPath).toMatch(/profiles\.json\.corrupt-\d{8}T\d{9}Z$/);
    expect(status.corruptBackup?.reason).toMatch(/not valid JSON.*0 profiles recovered, 1 unreadable/);
    const kept = await readFile(status.corruptBackup!.backupPath, 'utf8');
    expect(kept).toBe('{"schemaVersion":1,"profiles":[{"id":');
    await expect(vault.list()).resolves.toEqual([]);
    await addZego();
    expect((await vault.list()).length).toBe(1);
  });

  it('words a damaged profiles.json in the language asked for: the page shows why in Chinese', async () => {
    // Two entries with one id: the second is a duplicate the schema names by its catalogue key.
    const p = await addZego();
    const file = JSON.parse(await readFile(join(dir, 'profiles.json'), 'utf8')) as { profiles: object[] };
    await writeFile(join(dir, 'profiles.json'), JSON.stringify({ ...file, profiles: [file.profiles[0], { ...file.profiles[0], name: 'other' }] }));
    const en = await vault.status();
    const zh = await vault.status('zh-CN');
    expect(en.corruptBackup?.reason).toBe(`unexpected content at top level: duplicate profile id ${p.id}; 1 profiles recovered, 1 unreadable`);
    expect(zh.corruptBackup?.reason).toBe(`顶层的内容不符合预期：重复的档案 ID ${p.id}；已恢复 1 个档案，1 个无法读取`);
  });

  it('words a profiles.json whose entry was edited by hand (bad identifiers): zod’s English as before, Chinese for the page', async () => {
    await addZego();
    const file = JSON.parse(await readFile(join(dir, 'profiles.json'), 'utf8')) as { profiles: { credentials: object }[] };
    await writeFile(join(dir, 'profiles.json'), JSON.stringify({ ...file, profiles: [{ ...file.profiles[0], credentials: { appId: 0 } }] }));
    const en = await vault.status();
    const zh = await vault.status('zh-CN');
    // The file's shape is a union of its versions: zod's own English names no field, as before; the Chinese has no English.
    expect(en.corruptBackup?.reason).toBe('unexpected content at top level: Invalid input; 0 profiles recovered, 1 unreadable');
    expect(zh.corruptBackup?.reason).toMatch(/^顶层的内容不符合预期：[^A-Za-z]+；已恢复 0 个档案，1 个无法读取$/);
  });

  it('names a missing profile in English for the log, and by its catalogue key for the reader', async () => {
    const error = await vault.findByName('nope').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'PROFILE_NOT_FOUND', message: 'no profile named "nope" (no profiles yet)' });
    expect(wordError(error as TokenLabError, 'zh-CN')).toBe('没有名为“nope”的档案（还没有任何档案）');
    await addZego();
    const known = await vault.findByName('nope').catch((e: unknown) => e);
    expect((known as Error).message).toMatch(/^no profile named "nope" \(profiles: /);
    expect(wordError(known as TokenLabError, 'zh-CN')).toMatch(/^没有名为“nope”的档案（已有档案：/);
  });

  it('sees changes made by another process (the CLI) between calls', async () => {
    await addZego('from-app');
    const cli = openVault();
    await cli.add({ provider: 'zego', name: 'from-cli', appId: 7, secret: ZEGO_SECRET });
    expect((await vault.list()).map((p) => p.name).sort()).toEqual(['from-app', 'from-cli']);
  });
});
