/**
 * keychain.ts against a real Secret Service: gnome-keyring in a private D-Bus session, one
 * session per scenario (unlocked, locked, absent). Each scenario runs in a child process
 * (fixtures/keychainProbe.ts), so a crash inside libsecret fails the test instead of killing
 * the runner, and the user's own keyring is never touched.
 *
 * Skips only when dbus-run-session or gnome-keyring-daemon is not installed — never when
 * CI=true.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKeychainStore, PROBE_ACCOUNT } from '../../../src/main/vault/keychain';

const PROBE = join(__dirname, 'fixtures/keychainProbe.ts');
const SERVICE = `TokenLab-test-${process.pid}`;

function installed(binary: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${binary}`], { encoding: 'utf8' }).status === 0;
}
const haveSecretService = installed('dbus-run-session') && installed('gnome-keyring-daemon') && installed('gdbus');
if (!haveSecretService && process.env['CI'] === 'true') {
  throw new Error('CI=true but dbus-run-session / gnome-keyring-daemon / gdbus are missing: keychain tests must run in CI');
}

interface Outcome {
  op: string;
  ok: boolean;
  value?: unknown;
  code?: string;
  message?: string;
}

const LOCK =
  "gdbus call --session --dest org.freedesktop.secrets --object-path /org/freedesktop/secrets " +
  "--method org.freedesktop.Secret.Service.Lock \"['/org/freedesktop/secrets/collection/login']\" >/dev/null";

/** Run the probe in a fresh private D-Bus session with an unlocked login keyring; `between` runs before the second batch. */
function inKeyring(first: string[][], between = '', second: string[][] = []): { first: Outcome[]; second: Outcome[]; status: number | null; stderr: string } {
  const home = mkdtempSync(join(tmpdir(), 'tokenlab-keyring-'));
  try {
    const probe = (ops: string[][]) => `node --import tsx ${PROBE} ${SERVICE} '${JSON.stringify(ops)}'`;
    const script = [
      'echo -n test-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null',
      `${probe(first)} || exit 90`,
      'echo ---',
      between,
      second.length > 0 ? `${probe(second)} || exit 91` : 'true',
    ].join('\n');
    const result = spawnSync('dbus-run-session', ['--', 'sh', '-c', script], {
      encoding: 'utf8',
      env: { ...process.env, XDG_DATA_HOME: home, XDG_RUNTIME_DIR: home, HOME: home },
      cwd: join(__dirname, '../../..'),
      timeout: 60_000,
    });
    const [a = '', b = ''] = result.stdout.split('---\n');
    const parse = (text: string) => text.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Outcome);
    return { first: parse(a), second: parse(b), status: result.status, stderr: result.stderr };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

describe.skipIf(!haveSecretService)('keychain against gnome-keyring (private D-Bus session)', () => {
  it('stores, reads back, lists and deletes secrets under its own service name', () => {
    const run = inKeyring([
      ['status'],
      ['set', 'profile:0000000000000001', 'zego-secret-0123456789abcdef0123'],
      ['set', 'static:0000000000000001:alice', 'static-token'],
      ['get', 'profile:0000000000000001'],
      ['list'],
      ['set', 'profile:0000000000000001', 'replaced'],
      ['get', 'profile:0000000000000001'],
      ['delete', 'profile:0000000000000001'],
      ['get', 'profile:0000000000000001'],
      ['delete', 'profile:0000000000000001'],
      ['list'],
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.first.map((o) => (o.ok ? o.value : o.code))).toEqual([
      { state: 'available', message: '', remedy: null },
      null,
      null,
      'zego-secret-0123456789abcdef0123',
      ['profile:0000000000000001', 'static:0000000000000001:alice'],
      null,
      'replaced',
      true,
      null,
      false,
      ['static:0000000000000001:alice'],
    ]);
  });

  it('reports a locked keyring as KEYCHAIN_LOCKED for every operation — and does not crash listing it', () => {
    const run = inKeyring(
      [['set', 'profile:0000000000000002', 'stored-before-lock']],
      LOCK,
      [['get', 'profile:0000000000000002'], ['get', 'profile:missing'], ['set', 'x', 'y'], ['list'], ['status']],
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.first).toEqual([{ op: 'set', ok: true, value: null }]);
    expect(run.second.map((o) => [o.op, o.ok ? 'ok' : o.code])).toEqual([
      ['get', 'KEYCHAIN_LOCKED'],
      ['get', 'KEYCHAIN_LOCKED'],
      ['set', 'KEYCHAIN_LOCKED'],
      ['list', 'KEYCHAIN_LOCKED'],
      ['status', 'ok'],
    ]);
    expect(run.second.at(-1)?.value).toMatchObject({ state: 'locked' });
    expect(run.second[0]?.message).toMatch(/locked/i);
  });

  it('reports an absent Secret Service as KEYCHAIN_UNAVAILABLE, with what to install', () => {
    const result = spawnSync(
      'node',
      ['--import', 'tsx', PROBE, SERVICE, JSON.stringify([['get', 'a'], ['set', 'a', 'b'], ['list'], ['status']])],
      {
        encoding: 'utf8',
        env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/tokenlab-no-bus' },
        cwd: join(__dirname, '../../..'),
        timeout: 60_000,
      },
    );
    expect(result.status, result.stderr).toBe(0);
    const outcomes = result.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Outcome);
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.code))).toEqual(['KEYCHAIN_UNAVAILABLE', 'KEYCHAIN_UNAVAILABLE', 'KEYCHAIN_UNAVAILABLE', 'ok']);
    expect(outcomes[3]?.value).toMatchObject({ state: 'unavailable', remedy: expect.stringMatching(/libsecret/) });
  });
});

describe('keychain when keytar cannot load (no libsecret)', () => {
  const missingLibsecret = async (): Promise<never> => {
    throw new Error('libsecret-1.so.0: cannot open shared object file: No such file or directory');
  };

  it('does not crash: status says unavailable and what to install', async () => {
    const store = createKeychainStore({ load: missingLibsecret, platform: 'linux' });
    await expect(store.status()).resolves.toMatchObject({
      state: 'unavailable',
      remedy: expect.stringMatching(/apt install libsecret-1-0/),
    });
  });

  it('fails every operation with KEYCHAIN_UNAVAILABLE, never silently', async () => {
    const store = createKeychainStore({ load: missingLibsecret, platform: 'linux' });
    await expect(store.get('a')).rejects.toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE', message: expect.stringMatching(/libsecret/) });
    await expect(store.set('a', 'b')).rejects.toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' });
    await expect(store.listAccounts()).rejects.toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' });
    await expect(store.delete('a')).rejects.toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' });
  });

  it('retries loading, so installing libsecret works without a reinstall of TokenLab', async () => {
    let attempts = 0;
    const entries = new Map<string, string>();
    const store = createKeychainStore({
      load: async () => {
        attempts++;
        if (attempts === 1) throw new Error('libsecret-1.so.0: cannot open shared object file');
        return {
          getPassword: async (_s, a) => entries.get(a) ?? null,
          setPassword: async (_s, a, p) => void entries.set(a, p),
          deletePassword: async (_s, a) => entries.delete(a),
          findCredentials: async () => [...entries].map(([account, password]) => ({ account, password })),
        };
      },
    });
    await expect(store.set('a', 'b')).rejects.toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' });
    await store.set('a', 'b');
    await expect(store.get('a')).resolves.toBe('b');
    await expect(store.listAccounts()).resolves.toEqual(['a']); // the write probe is not listed
    expect(entries.has(PROBE_ACCOUNT)).toBe(false);
  });
});
