/**
 * Secrets at entry: control characters (libsecret cuts a secret at NUL, leaving a profile that
 * no longer matches its fingerprint) are refused with a clear message, and a secret typed by
 * mistake as a CLI argument is never echoed back.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { createStaticTokenStore } from '../../../src/main/commsease/staticTokenStore';
import { createMemorySecretStore, type MemorySecretStore } from '../../../src/main/vault/memorySecretStore';
import { createProfileStore } from '../../../src/main/vault/profileStore';
import { createProfileVault, type ProfileVault } from '../../../src/main/vault/profileVault';
import { endpointUrl } from '../../../src/main/commsease/serverApiClient';
import { apiBaseSchema } from '../../../src/shared/ipc/schemas/profile';
import { runTokenlab } from '../../support/cliHarness';

let dir: string;
let secrets: MemorySecretStore;
let vault: ProfileVault;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tokenlab-entry-'));
  secrets = createMemorySecretStore();
  let n = 1;
  vault = createProfileVault({ dataDir: dir, store: createProfileStore(dir, () => 0), secrets, now: () => 1_700_000_000, newId: () => (n++).toString(16).padStart(16, '0') });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('control characters in secrets are refused at entry', () => {
  it('in a profile secret: the message names the character and its position, not the secret', async () => {
    const attempt = vault.add({ provider: 'commsease', name: 'ce', appKey: 'abc', secret: 'TOPSECRET\u0000tail' });
    await expect(attempt).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('NUL character at position 10') });
    await expect(attempt).rejects.not.toMatchObject({ message: expect.stringContaining('TOPSECRET') });
    expect(secrets.entries.size).toBe(0);
    await expect(vault.add({ provider: 'commsease', name: 'ce', appKey: 'abc', secret: 'abc\u001bdef' })).rejects.toThrow(/U\+001B/);
  });

  it('in a static token and a login-callback token', async () => {
    const profile = await vault.add({ provider: 'commsease', name: 'ce', appKey: 'abc', secret: 'good-secret' });
    const store = createStaticTokenStore(vault, nodeCryptoPort);
    await expect(store.set(profile.id, 'alice', 'tok\u0000en')).rejects.toThrow(/NUL character at position 4/);
    await expect(vault.setStaticToken(profile.id, 'alice', 'tok\u0007en')).rejects.toThrow(/U\+0007/);
    expect(await store.accids(profile.id)).toEqual([]);
  });

  it('in the CLI (profile add from stdin): exit 2 and nothing stored', async () => {
    const r = await runTokenlab(['profile', 'add', '--provider', 'commsease', '--name', 'ce', '--app-key', 'abc'], {
      stdin: 'TOPSECRET\u0000rest\n',
      env: { TOKENLAB_HOME: dir },
      secretStore: secrets,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('NUL character');
    expect(r.stderr + r.stdout).not.toContain('TOPSECRET');
    expect(secrets.entries.size).toBe(0);
  });
});

describe('a secret passed by mistake as an argument', () => {
  it('is named by position and length, never echoed', async () => {
    const r = await runTokenlab(['commsease', 'callback', 'verify', '--profile', 'x', 'TOPSECRET-value-123'], { env: { TOKENLAB_HOME: dir }, secretStore: secrets });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unexpected argument #1 (19 characters, not shown)');
    expect(r.stderr).not.toContain('TOPSECRET');
    const unknown = await runTokenlab(['TOPSECRET-value-123'], { env: { TOKENLAB_HOME: dir } });
    expect(unknown.stderr).not.toContain('TOPSECRET');
    expect((await runTokenlab(['profile', 'Xy9+TOPSECRET'], { env: { TOKENLAB_HOME: dir } })).stderr).not.toContain('TOPSECRET');
  });
});

describe('API bases', () => {
  it('refuses "?" and "#", which would put the endpoint inside a query or fragment', () => {
    expect(apiBaseSchema.safeParse('https://proxy.example.com/nim?key=1').success).toBe(false);
    expect(apiBaseSchema.safeParse('https://proxy.example.com/nim#x').success).toBe(false);
    expect(apiBaseSchema.safeParse('https://proxy.example.com/nim?').success).toBe(false);
    expect(endpointUrl('https://proxy.example.com/nim/', 'create')).toBe('https://proxy.example.com/nim/user/create.action');
  });
});
