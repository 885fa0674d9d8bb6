/**
 * A damaged data file gives back every entry that still parses.
 *
 * Damage as it really happens: a history.json holding a CommsEase entry with the fractional
 * times older TokenLab wrote (the bug of issue 10), a hand-edit that broke one entry, a disk
 * that filled up mid-write and cut the file short. Before, any of these moved the WHOLE file
 * aside and history (or the profile list) started empty; now the app comes back with every
 * good entry, the original is kept beside it as `<name>.corrupt-<stamp>`, and the repair is
 * reported (vault:status for profiles, the log for history).
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices, HISTORY_FILE } from '../../src/main/composition';
import type { IpcDispatch } from '../../src/main/ipc/dispatch';
import { createMemorySecretStore } from '../../src/main/vault/memorySecretStore';
import type { HistoryEntry } from '../../src/shared/ipc/channels/history';
import type { ProfileView } from '../../src/shared/ipc/schemas/profile';
import type { VaultStatus } from '../../src/shared/ipc/channels/vault';
import { fakeRandomBytes } from '../support/cliHarness';
import { createFakeClipboard, createManualTimers } from '../support/ipcTestApp';

const ZEGO_SECRET = 'fa94dd0f974cf2e293728a526b028271';
const NOW_MS = 1_764_676_800_417;

let dataDir: string;
let logs: string[];
const secrets = createMemorySecretStore();

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'tokenlab-hostile-damage-'));
  logs = [];
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

function start(): IpcDispatch {
  return createAppServices({
    dataDir,
    secrets,
    clipboard: createFakeClipboard(),
    timers: createManualTimers(),
    nowMs: () => NOW_MS,
    randomBytes: fakeRandomBytes(5),
    log: (line) => logs.push(line),
  }).dispatch;
}

async function call<T>(dispatch: IpcDispatch, channel: string, request: unknown = {}): Promise<T> {
  const reply = await dispatch(channel, request);
  if (!reply.ok) throw new Error(`${channel} failed: ${reply.error.code} ${reply.error.message}`);
  return reply.value as T;
}

async function backups(name: string): Promise<string[]> {
  return (await readdir(dataDir)).filter((f) => f.startsWith(`${name}.corrupt-`));
}

/** Three ZEGO entries in history, as the app writes them. */
async function historyWithThreeEntries(dispatch: IpcDispatch): Promise<HistoryEntry[]> {
  const { profile } = await call<{ profile: ProfileView }>(dispatch, 'profiles:add', { provider: 'zego', name: 'zg', appId: 1234567890, secret: ZEGO_SECRET });
  const tokens = [];
  for (const userId of ['ann', 'bob', 'cid']) tokens.push((await call<{ token: string }>(dispatch, 'tokens:generateZego', { profileId: profile.id, userId, ttlSeconds: 3600 })).token);
  return (await call<{ entries: HistoryEntry[] }>(dispatch, 'history:add', { items: tokens.map((token) => ({ token, source: 'minted', profileId: profile.id })) })).entries;
}

describe('damaged data files', () => {
  it('history: a fractional CommsEase entry, a broken entry and a cut-short tail cost only the broken parts', async () => {
    const [ann, bob, cid] = await historyWithThreeEntries(start());
    // What TokenLab wrote before times were whole seconds, for a CommsEase token minted at .417.
    const oldCommsEase = {
      ...ann,
      id: 'c0ffee0000000001',
      fingerprint: 'c0ffee0000000001',
      format: 'commsease-dynamic',
      userId: 'alice',
      issuedAt: 1_764_676_800.417,
      expiresAt: 1_764_677_400.417,
    };
    const brokenByHand = { ...bob, expiresAt: 'tomorrow' };
    const text = JSON.stringify({ schemaVersion: 1, entries: [ann, oldCommsEase, brokenByHand, cid] }, null, 1);
    const cutShort = `${text.slice(0, text.lastIndexOf('"pinned"'))}"pinn`; // the disk filled up inside the last entry
    await writeFile(join(dataDir, HISTORY_FILE), cutShort);

    const { entries } = await call<{ entries: HistoryEntry[] }>(start(), 'history:list');
    expect(entries.map((e) => e.id).sort()).toEqual([ann!.id, 'c0ffee0000000001'].sort());
    expect(entries.find((e) => e.id === 'c0ffee0000000001')).toMatchObject({ issuedAt: 1_764_676_800, expiresAt: 1_764_677_401 });

    const kept = await backups(HISTORY_FILE);
    expect(kept).toHaveLength(1);
    expect(await readFile(join(dataDir, kept[0]!), 'utf8')).toBe(cutShort);
    expect(logs.join('\n')).toMatch(/history: .*history\.json was damaged \(.*2 history entries recovered, 2 unreadable\); the original is kept as .*history\.json\.corrupt-/);

    // Repaired on disk: the next start reads it as it is, and sets nothing else aside.
    expect((await call<{ entries: HistoryEntry[] }>(start(), 'history:list')).entries).toHaveLength(2);
    expect(await backups(HISTORY_FILE)).toHaveLength(1);
  });

  it('profiles: a hand-edit that breaks one profile keeps the others, and vault:status says so', async () => {
    const dispatch = start();
    for (const name of ['alpha', 'beta', 'gamma']) await call(dispatch, 'profiles:add', { provider: 'zego', name, appId: 7, secret: ZEGO_SECRET });
    const path = join(dataDir, 'profiles.json');
    const original = await readFile(path, 'utf8');
    const edited = original.replace(/"appId": 7\b/, '"appId": seven'); // alpha's credentials, by hand
    await writeFile(path, edited);

    const again = start();
    const status = await call<VaultStatus>(again, 'vault:status');
    expect(status.corruptBackup?.reason).toMatch(/not valid JSON.*2 profiles recovered, 1 unreadable/);
    expect(await readFile(status.corruptBackup!.backupPath, 'utf8')).toBe(edited);
    const { profiles } = await call<{ profiles: ProfileView[] }>(again, 'profiles:list');
    expect(profiles.map((p) => p.name)).toEqual(['beta', 'gamma']);
  });
});
