import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadProfileCredentials } from '../../src/cli/profileCredentials';
import type { CliIo } from '../../src/cli/io';
import { createMemorySecretStore, type MemorySecretStore } from '../../src/main/vault/memorySecretStore';
import { runTokenlab, type CliRunOptions } from '../support/cliHarness';

const ZEGO_SECRET = 'fa94dd0f974cf2e293728a526b028271';
const CE_SECRET = '2afa7b254f15';

let home: string;
let secrets: MemorySecretStore;

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'tokenlab-cli-profile-'));
  secrets = createMemorySecretStore();
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

const tokenlab = (argv: string[], options: CliRunOptions = {}) =>
  runTokenlab(argv, { env: { TOKENLAB_HOME: home }, secretStore: secrets, ...options });

const addZego = (name = 'acme', extra: string[] = []) =>
  tokenlab(['profile', 'add', '--provider', 'zego', '--name', name, '--app-id', '1234567890', ...extra], { stdin: `${ZEGO_SECRET}\n` });

describe('tokenlab profile add', () => {
  it('reads the secret from stdin when it is not a terminal, and prints the fingerprint only', async () => {
    const run = await addZego('acme', ['--env', 'prod']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^added acme \(zego, appId 1234567890, env prod, fingerprint [0-9a-f]{8}\)\n$/);
    expect(run.stdout + run.stderr).not.toContain(ZEGO_SECRET);
    expect([...secrets.entries.values()]).toEqual([ZEGO_SECRET]);
    expect(await readFile(join(home, 'profiles.json'), 'utf8')).not.toContain(ZEGO_SECRET);
  });

  it('asks with a hidden prompt when stdin is a terminal', async () => {
    const run = await tokenlab(['profile', 'add', '--provider', 'commsease', '--name', 'ce', '--app-key', 'abc'], {
      stdinIsTTY: true,
      prompts: [CE_SECRET],
    });
    expect(run.code).toBe(0);
    expect([...secrets.entries.values()]).toEqual([CE_SECRET]);
  });

  it('never takes a secret from argv, and does not echo it in the refusal', async () => {
    const run = await tokenlab(['profile', 'add', '--provider', 'zego', '--name', 'x', '--app-id', '1', '--secret', ZEGO_SECRET]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/never accepted on the command line/);
    expect(run.stderr).not.toContain(ZEGO_SECRET);
    expect(secrets.entries.size).toBe(0);
  });

  it.each([
    [['--provider', 'zego', '--name', 'x'], /--app-id/],
    [['--provider', 'zego', '--name', 'x', '--app-id', '1', '--app-key', 'k'], /CommsEase/],
    [['--provider', 'commsease', '--name', 'x', '--app-id', '1'], /--app-key/],
    [['--provider', 'agora', '--name', 'x'], /--provider zego\|commsease/],
    [['--provider', 'zego', '--app-id', '1'], /--name/],
  ])('refuses %j with a usage error', async (args, message) => {
    const run = await tokenlab(['profile', 'add', ...args], { stdin: ZEGO_SECRET });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('refuses an empty stdin and a ZEGO secret of the wrong length, naming the official error', async () => {
    expect((await tokenlab(['profile', 'add', '--provider', 'zego', '--name', 'x', '--app-id', '1'], { stdin: '' })).stderr).toMatch(/stdin was empty/);
    const short = await tokenlab(['profile', 'add', '--provider', 'zego', '--name', 'x', '--app-id', '1'], { stdin: 'short' });
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/32 characters/);
  });

  it('says the keychain is locked instead of storing anything elsewhere', async () => {
    secrets.setState('locked');
    const run = await addZego();
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/locked/i);
    secrets.setState('available');
    expect((await tokenlab(['profile', 'list', '--json'])).stdout.trim()).toBe('[]');
  });
});

describe('tokenlab profile list / rm / rename / retag / set-secret', () => {
  it('lists fingerprints, never secrets, as a table and as JSON', async () => {
    await addZego('acme', ['--env', 'prod']);
    await tokenlab(['profile', 'add', '--provider', 'commsease', '--name', 'ce', '--app-key', 'abc'], { stdin: CE_SECRET });
    const table = await tokenlab(['profile', 'list']);
    expect(table.stdout.split('\n')[0]).toMatch(/^NAME\s+PROVIDER\s+ENV\s+APP\s+FINGERPRINT$/);
    expect(table.stdout).toMatch(/acme\s+zego\s+prod\s+1234567890\s+[0-9a-f]{8}/);
    const json = JSON.parse((await tokenlab(['profile', 'list', '--json'])).stdout) as Array<Record<string, unknown>>;
    expect(json.map((p) => [p['name'], p['provider'], p['apiBase']])).toEqual([
      ['acme', 'zego', null],
      ['ce', 'commsease', 'https://api.netease.im/nimserver'],
    ]);
    expect(JSON.stringify(json) + table.stdout).not.toMatch(new RegExp(`${ZEGO_SECRET}|${CE_SECRET}`));
  });

  it('renames, retags, replaces the secret and removes (with its keychain entry)', async () => {
    await addZego('old');
    expect((await tokenlab(['profile', 'rename', 'old', 'new'])).stdout).toBe('renamed old to new\n');
    expect((await tokenlab(['profile', 'retag', 'NEW', 'staging'])).stdout).toBe('new is now tagged staging\n');
    const replaced = await tokenlab(['profile', 'set-secret', 'new'], { stdin: 'b'.repeat(32) });
    expect(replaced.stdout).toMatch(/fingerprint [0-9a-f]{8} → [0-9a-f]{8} \(a different secret\)/);
    expect((await tokenlab(['profile', 'rm', 'new'])).code).toBe(0);
    expect(secrets.entries.size).toBe(0);
    const gone = await tokenlab(['profile', 'rm', 'new']);
    expect(gone.code).toBe(2);
    expect(gone.stderr).toMatch(/no profile named "new"/);
  });

  it('refuses a rename onto an existing name', async () => {
    await addZego('a');
    await addZego('b');
    const run = await tokenlab(['profile', 'rename', 'a', 'B']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/already exists/);
  });

  it('reports a corrupt profiles file on stderr, keeping it aside', async () => {
    const { writeFile, readdir } = await import('node:fs/promises');
    await writeFile(join(home, 'profiles.json'), 'not json');
    const run = await tokenlab(['profile', 'list']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/was damaged \(the file is not valid JSON.*0 profiles recovered.*\); the original is kept as .*profiles\.json\.corrupt-/);
    expect((await readdir(home)).some((f) => f.startsWith('profiles.json.corrupt-'))).toBe(true);
  });
});

describe('loadProfileCredentials (for verify/generate --profile)', () => {
  function io(): CliIo & { secretStore: MemorySecretStore } {
    let err = '';
    return {
      secretStore: secrets,
      stdin: { isTTY: false, readAll: async () => '', lines: async function* () {} },
      stdout: { isTTY: false, write: () => {} },
      stderr: { isTTY: false, write: (t) => void (err += t) },
      env: { TOKENLAB_HOME: home },
      now: () => 1_700_000_000,
      randomBytes: (n) => new Uint8Array(n),
      promptHidden: async () => '',
    };
  }

  it('returns the provider, public identifier and secret of a stored profile, by name (any case)', async () => {
    await addZego('Acme');
    await expect(loadProfileCredentials('acme', io())).resolves.toEqual({ family: 'zego-token04', credentials: { appId: 1234567890 }, secret: ZEGO_SECRET, name: 'Acme' });
    await tokenlab(['profile', 'add', '--provider', 'commsease', '--name', 'ce', '--app-key', 'abc'], { stdin: CE_SECRET });
    await expect(loadProfileCredentials('ce', io())).resolves.toEqual({ family: 'commsease-dynamic', credentials: { appKey: 'abc', apiBase: 'https://api.netease.im/nimserver' }, secret: CE_SECRET, name: 'ce' });
  });

  it('fails with PROFILE_NOT_FOUND listing the known names, and with KEYCHAIN_LOCKED when locked', async () => {
    await addZego('acme');
    await expect(loadProfileCredentials('nope', io())).rejects.toMatchObject({ code: 'PROFILE_NOT_FOUND', message: expect.stringContaining('acme') });
    secrets.setState('locked');
    await expect(loadProfileCredentials('acme', io())).rejects.toMatchObject({ code: 'KEYCHAIN_LOCKED' });
  });
});
