/**
 * `tokenlab profile doctor`: keychain entries nothing uses any more are found, explained, and
 * deleted only after the user confirms — and an entry that something uses is never touched,
 * whatever the request lists.
 *
 * The data folder is set up by the app's own services (a profile with a static token, a saved
 * callback case with its own token, a pinned board token); the orphans are what a lost write
 * leaves behind. The keychain is the in-memory one: the doctor judges every entry under the
 * service, so it must not run against a developer's real keychain with a temp data folder.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices } from '../../src/main/composition';
import type { IpcDispatch } from '../../src/main/ipc/dispatch';
import { createKeychainDoctor } from '../../src/main/services/keychainDoctor';
import { createMemorySecretStore, type MemorySecretStore } from '../../src/main/vault/memorySecretStore';
import type { HistoryEntry } from '../../src/shared/ipc/channels/history';
import type { ProfileView } from '../../src/shared/ipc/schemas/profile';
import { fakeRandomBytes, runTokenlab, type CliRunOptions } from '../support/cliHarness';
import { createFakeClipboard, createManualTimers } from '../support/ipcTestApp';

const ZEGO_SECRET = 'fa94dd0f974cf2e293728a526b028271';
const CE_SECRET = '2afa7b254f15';
const ORPHAN_SECRETS = ['orphan-profile-secret-0123456789ab', 'orphan-static-token', 'orphan-case-token', 'orphan-pinned-token'];

let home: string;
let secrets: MemorySecretStore;
let inUse: string[];
let orphans: string[];
let ce: ProfileView;

async function call<T>(dispatch: IpcDispatch, channel: string, request: unknown = {}): Promise<T> {
  const reply = await dispatch(channel, request);
  if (!reply.ok) throw new Error(`${channel} failed: ${reply.error.code} ${reply.error.message}`);
  return reply.value as T;
}

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'tokenlab-doctor-'));
  secrets = createMemorySecretStore();
  const dispatch = createAppServices({
    dataDir: home,
    secrets,
    clipboard: createFakeClipboard(),
    timers: createManualTimers(),
    nowMs: () => 1_700_000_000_000,
    randomBytes: fakeRandomBytes(3),
  }).dispatch;
  const zego = (await call<{ profile: ProfileView }>(dispatch, 'profiles:add', { provider: 'zego', name: 'zg', appId: 1234567890, secret: ZEGO_SECRET })).profile;
  ce = (await call<{ profile: ProfileView }>(dispatch, 'profiles:add', { provider: 'commsease', name: 'ce', appKey: 'k1', secret: CE_SECRET })).profile;
  await call(dispatch, 'commsease:staticSet', { profileId: ce.id, accid: 'alice', token: 'alice-static' });
  const { testCase } = await call<{ testCase: { id: string } }>(dispatch, 'commsease:caseSave', {
    profileId: ce.id,
    testCase: { name: 'c1', accid: 'bob', clientType: 'AOS', clientIp: '1.2.3.4', loginExt: '', expected: 'allowed', tokenSource: 'case', token: 'bob-token' },
  });
  const { token } = await call<{ token: string }>(dispatch, 'tokens:generateZego', { profileId: zego.id, userId: 'u1', ttlSeconds: 3600 });
  const [entry] = (await call<{ entries: HistoryEntry[] }>(dispatch, 'history:add', { items: [{ token, source: 'minted', profileId: zego.id }] })).entries;
  await call(dispatch, 'history:pin', { id: entry!.id, token });
  inUse = [`profile:${zego.id}`, `profile:${ce.id}`, `static:${ce.id}:alice`, `callbackcase:${ce.id}:${testCase.id}`, `pin:${entry!.id}`].sort();
  expect([...secrets.entries.keys()].sort()).toEqual(inUse);

  // What lost writes leave behind, plus two names that are not TokenLab's to judge.
  orphans = ['profile:00000000deadbeef', `static:${ce.id}:ghost`, `callbackcase:${ce.id}:0000000000000bad`, 'pin:000000000000c0de'];
  for (const [i, account] of orphans.entries()) await secrets.set(account, ORPHAN_SECRETS[i] as string);
  await secrets.set('probe:availability', 'probe');
  await secrets.set('something-else', 'not ours to judge');
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

const tokenlab = (argv: string[], options: CliRunOptions = {}) => runTokenlab(['profile', 'doctor', ...argv], { env: { TOKENLAB_HOME: home }, secretStore: secrets, ...options });

describe('tokenlab profile doctor', () => {
  it('lists every orphan with the reason, and no secret', async () => {
    const run = await tokenlab([]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`4 keychain entries of TokenLab are used by nothing in ${home}:`);
    expect(run.stdout).toContain('profile:00000000deadbeef — its profile no longer exists');
    expect(run.stdout).toContain(`static:${ce.id}:ghost — its profile no longer lists a static token for accid "ghost"`);
    expect(run.stdout).toContain(`callbackcase:${ce.id}:0000000000000bad — no saved login-callback test case uses it`);
    expect(run.stdout).toContain('pin:000000000000c0de — no pinned token on the board uses it');
    expect(run.stdout).toMatch(/tokenlab profile doctor --remove/);
    for (const account of [...inUse, 'something-else', 'probe:availability']) expect(run.stdout).not.toContain(account);
    for (const secret of [...ORPHAN_SECRETS, ZEGO_SECRET, CE_SECRET]) expect(run.stdout + run.stderr).not.toContain(secret);

    const json = JSON.parse((await tokenlab(['--json'])).stdout) as { orphans: { account: string }[]; removed: string[] };
    expect(json.orphans.map((o) => o.account)).toEqual([...orphans].sort());
    expect(json.removed).toEqual([]);
  });

  it('deletes nothing without a confirmation', async () => {
    const refused = await tokenlab(['--remove']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/without confirmation.*--yes/);
    const declined = await tokenlab(['--remove'], { stdinIsTTY: true, prompts: ['no'] });
    expect(declined.code).toBe(2);
    expect(declined.stderr).toMatch(/not confirmed: nothing was deleted/);
    expect(secrets.entries.size).toBe(inUse.length + orphans.length + 2);
  });

  it('deletes exactly the orphans once confirmed, and then finds the keychain healthy', async () => {
    const run = await tokenlab(['--remove'], { stdinIsTTY: true, prompts: ['yes'] });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('deleted 4 orphaned keychain entries');
    expect([...secrets.entries.keys()].sort()).toEqual([...inUse, 'probe:availability', 'something-else'].sort());
    const again = await tokenlab([]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^no orphaned keychain entries/);
  });

  it('never deletes an entry in use, even when asked to (a stale list, a hostile renderer)', async () => {
    const doctor = createKeychainDoctor({ dataDir: home, secrets });
    const outcome = await doctor.removeOrphans([...inUse, 'something-else', orphans[0] as string]);
    expect(outcome.removed).toEqual([orphans[0]]);
    expect(outcome.kept.sort()).toEqual([...inUse, 'something-else'].sort());
    for (const account of inUse) expect(secrets.entries.has(account)).toBe(true);
  });
});
