/**
 * profiles.json as the pre-family TokenLab wrote it (schemaVersion 1; the fixture was written
 * by that code, commit 3e705d9) still opens unchanged, and is written back as version 2.
 */
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commsEaseFamily } from '../../../src/shared/families/commsease-dynamic';
import { zegoToken04Family } from '../../../src/shared/families/zego-token04';
import { createMemorySecretStore, type MemorySecretStore } from '../../../src/main/vault/memorySecretStore';
import { createProfileStore } from '../../../src/main/vault/profileStore';
import { createProfileVault, type ProfileVault } from '../../../src/main/vault/profileVault';
import { profileSecretAccount } from '../../../src/main/vault/keychainAccounts';

const FIXTURE = join(__dirname, 'fixtures', 'profiles-v1.json');
const ZEGO_SECRET = '0123456789abcdef0123456789abcdef';

let dir: string;
let secrets: MemorySecretStore;
let vault: ProfileVault;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tokenlab-migrate-'));
  await copyFile(FIXTURE, join(dir, 'profiles.json'));
  secrets = createMemorySecretStore();
  await secrets.set(profileSecretAccount('0123456789abcdef'), ZEGO_SECRET);
  await secrets.set(profileSecretAccount('fedcba9876543210'), 'appsecret123');
  vault = createProfileVault({ dataDir: dir, store: createProfileStore(dir, () => 0), secrets, now: () => 1_700_000_100, newId: () => 'aaaaaaaaaaaaaaaa' });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('profiles.json version 1', () => {
  it('lists every profile with the same public fields as before', async () => {
    const profiles = await vault.list();
    expect(profiles.map((p) => [p.name, p.provider, p.env, p.appId, p.appKey, p.apiBase, p.fingerprint, p.secretStored, p.staticTokenAccids])).toEqual([
      ['Acme prod', 'zego', 'prod', 1234567890, null, null, '3eb1bd43', true, []],
      ['IM dev', 'commsease', 'dev', null, '1b5a13badcae420803b90032ea101baf', 'https://api.netease.im/nimserver', '50ec2ea0', true, ['alice']],
      ['IM staging', 'commsease', 'staging', null, 'key2', 'https://api.example.com/nimserver', null, false, []],
    ]);
    expect(profiles.map((p) => [p.family, p.credentials])).toEqual([
      ['zego-token04', { appId: 1234567890 }],
      ['commsease-dynamic', { appKey: '1b5a13badcae420803b90032ea101baf', apiBase: 'https://api.netease.im/nimserver' }],
      ['commsease-dynamic', { appKey: 'key2', apiBase: 'https://api.example.com/nimserver' }],
    ]);
    expect((await vault.status()).corruptBackup).toBeNull();
  });

  it('gives the narrowed credentials and the secret of a migrated profile', async () => {
    const zego = await vault.credentials('0123456789abcdef', zegoToken04Family);
    expect([zego.profile.credentials.appId, zego.secret]).toEqual([1234567890, ZEGO_SECRET]);
    const ce = await vault.credentials('fedcba9876543210', commsEaseFamily);
    expect(ce.profile.credentials.appKey).toBe('1b5a13badcae420803b90032ea101baf');
    await expect(vault.credentials('0123456789abcdef', commsEaseFamily)).rejects.toThrow(
      'profile "Acme prod" is a zego profile (ZEGO Token04); this needs a commsease one (CommsEase dynamic token)',
    );
  });

  it('is written back as version 2 at the next change, keeping every profile', async () => {
    const before = await vault.list();
    await vault.retag('fedcba9876543210', 'staging');
    const written = JSON.parse(await readFile(join(dir, 'profiles.json'), 'utf8')) as { schemaVersion: number; profiles: Record<string, unknown>[] };
    expect(written.schemaVersion).toBe(2);
    expect(written.profiles[0]).toEqual({
      id: '0123456789abcdef',
      family: 'zego-token04',
      name: 'Acme prod',
      env: 'prod',
      credentials: { appId: 1234567890 },
      fingerprint: '3eb1bd43',
      secretStored: true,
      staticTokenAccids: [],
      createdAt: 1700000000,
    });
    const after = await createProfileVault({ dataDir: dir, store: createProfileStore(dir, () => 0), secrets, now: () => 0, newId: () => 'b'.repeat(16) }).list();
    expect(after).toEqual(before.map((p) => (p.id === 'fedcba9876543210' ? { ...p, env: 'staging' } : p)));
  });
});
