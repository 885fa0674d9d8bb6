/**
 * The data folder holding something hostile: a FIFO where profiles.json should be (reading it
 * used to wait forever for a writer, hanging the app and the CLI), files that only look like
 * our temp files (the sweep deleted them), and more profiles than a spread can take.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDataFile } from '../../src/main/vault/dataFile';
import { createMemorySecretStore } from '../../src/main/vault/memorySecretStore';
import { createProfileStore } from '../../src/main/vault/profileStore';
import { runTokenlab } from '../support/cliHarness';

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'tokenlab-hostile-data-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

/** Settles within `ms`, or rejects saying it hung. */
function within<T>(promise: Promise<T>, ms = 5_000): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`still waiting after ${ms} ms: it hangs`)), ms))]);
}

describe('a FIFO as profiles.json', () => {
  beforeEach(() => execFileSync('mkfifo', [join(home, 'profiles.json')]));

  it('the store refuses it at once with IO_ERROR instead of waiting for a writer', async () => {
    const store = createProfileStore(home, () => Date.now());
    await expect(within(store.load())).rejects.toMatchObject({ code: 'IO_ERROR', message: expect.stringContaining('not a regular file') });
  });

  it('tokenlab profile list exits 2 with the reason', async () => {
    const r = await within(runTokenlab(['profile', 'list'], { env: { TOKENLAB_HOME: home }, secretStore: createMemorySecretStore() }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a regular file');
  });
});

describe('the temp-file sweep deletes only what our writer made', () => {
  it('keeps look-alikes, removes a dead writer’s temp file', async () => {
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid as number;
    const ours = `profiles.json.tmp-${deadPid}-0123456789ab`;
    const lookAlikes = ['profiles.json.tmp-notes', 'profiles.json.tmp-backup-2026', `profiles.json.tmp-${deadPid}-mine`, `profiles.json.tmp-${deadPid}-0123456789ab.keep`, 'profiles.json.tmp-'];
    for (const name of [ours, ...lookAlikes]) writeFileSync(join(home, name), 'x');
    await createDataFile(join(home, 'profiles.json')).read();
    expect(existsSync(join(home, ours))).toBe(false);
    for (const name of lookAlikes) expect(existsSync(join(home, name)), name).toBe(true);
  });
});

describe('a very large profile list', () => {
  it('profile list prints 150,000 profiles (a spread of that many arguments overflowed the stack)', async () => {
    const count = 150_000;
    const profiles = Array.from({ length: count }, (_, i) => ({
      id: i.toString(16).padStart(16, '0'), provider: 'zego', name: `p${i}`, env: 'dev', appId: 1, appKey: null, apiBase: null,
      fingerprint: null, secretStored: false, staticTokenAccids: [], createdAt: 1_700_000_000,
    }));
    writeFileSync(join(home, 'profiles.json'), JSON.stringify({ schemaVersion: 1, profiles }));
    const r = await runTokenlab(['profile', 'list'], { env: { TOKENLAB_HOME: home }, secretStore: createMemorySecretStore() });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(count + 1);
  }, 60_000);
});
