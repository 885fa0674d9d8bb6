/**
 * Eight `tokenlab profile add` at once, as real processes against one TOKENLAB_HOME and the real
 * keychain: every one says "added", so every one must be in profiles.json with its secret in
 * the keychain — and no secret may be left without its profile.
 *
 * Before data files were locked, each process read the (empty) list, added its profile and
 * wrote the list back: the last writer won, profiles.json kept one or two, and the others'
 * secrets stayed orphaned in the keychain. Run through scripts/test.sh for a private
 * gnome-keyring: `CI=true bash scripts/test.sh test/hostile/profileRace.test.ts`.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileView } from '../../src/shared/ipc/schemas/profile';
import type { SecretStore } from '../../src/main/vault/secretStore';
import { secretFingerprint } from '../../src/main/vault/fingerprint';
import { ensureCliBuilt, REPO_ROOT, TOKENLAB_BIN } from './support/builtCli';
import { realKeychainOrSkip } from './support/realKeychain';

const PROCESSES = 8;
const secretOf = (i: number): string => `race-secret-${i}-`.padEnd(32, String.fromCharCode(97 + i));

let home: string;
let keychain: SecretStore | null;
let before: Set<string>;

beforeAll(async () => {
  keychain = await realKeychainOrSkip();
  home = await mkdtemp(join(tmpdir(), 'tokenlab-race-'));
  before = new Set(keychain ? await keychain.listAccounts() : []);
  ensureCliBuilt();
}, 180_000);

afterAll(async () => {
  // Remove only what this test created: never an entry that was there before it started.
  if (keychain) for (const account of await keychain.listAccounts()) if (!before.has(account)) await keychain.delete(account);
  await rm(home, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Start every process first, each blocked reading its secret on stdin; then release them together. */
async function addAllAtOnce(): Promise<Run[]> {
  const children = Array.from({ length: PROCESSES }, (_, i) =>
    spawn(process.execPath, [TOKENLAB_BIN, 'profile', 'add', '--provider', 'zego', '--name', `race-${i}`, '--app-id', String(1000 + i)], {
      cwd: REPO_ROOT,
      env: { ...process.env, TOKENLAB_HOME: home },
      stdio: ['pipe', 'pipe', 'pipe'],
    }),
  );
  const runs = children.map(
    (child) =>
      new Promise<Run>((done, fail) => {
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString('utf8')));
        child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
        child.on('error', fail);
        child.on('close', (code) => done({ code, stdout, stderr }));
      }),
  );
  children.forEach((child, i) => child.stdin.end(`${secretOf(i)}\n`));
  return Promise.all(runs);
}

describe('eight tokenlab processes adding profiles at once', () => {
  it('keeps all eight profiles, each with its own secret in the keychain, and orphans none', async (context) => {
    if (!keychain) return context.skip('no usable OS keychain outside CI');
    const runs = await addAllAtOnce();
    for (const run of runs) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^added race-\d/);
    }

    const file = JSON.parse(await readFile(join(home, 'profiles.json'), 'utf8')) as { profiles: ProfileView[] };
    const names = file.profiles.map((p) => p.name).sort();
    expect(names).toEqual(Array.from({ length: PROCESSES }, (_, i) => `race-${i}`));
    for (const profile of file.profiles) {
      const i = Number(profile.name.slice('race-'.length));
      const stored = await keychain.get(`profile:${profile.id}`);
      expect(stored, profile.name).toBe(secretOf(i));
      expect(profile.fingerprint).toBe(secretFingerprint(secretOf(i)));
    }

    const created = (await keychain.listAccounts()).filter((a) => !before.has(a)).sort();
    expect(created).toEqual(file.profiles.map((p) => `profile:${p.id}`).sort());
  }, 120_000);
});
