/**
 * History with the clock the app really has: epoch milliseconds, not whole seconds.
 *
 * A CommsEase token minted at 12:00:00.417 carries curTime 1764676800417; the engine once
 * reported its issuedAt as 1764676800.417, history wrote that to history.json, and every later
 * history:list failed its reply schema (INTERNAL) — and the next start moved the whole file
 * aside, ZEGO entries included. Here the full IPC path runs on a clock with milliseconds.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices, HISTORY_FILE } from '../../src/main/composition';
import type { IpcDispatch } from '../../src/main/ipc/dispatch';
import { createMemorySecretStore } from '../../src/main/vault/memorySecretStore';
import type { HistoryEntry } from '../../src/shared/ipc/channels/history';
import { createFakeClipboard, createManualTimers } from '../support/ipcTestApp';
import { fakeRandomBytes } from '../support/cliHarness';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';

const ZEGO_SECRET = 'fa94dd0f974cf2e293728a526b028271';
const CE_SECRET = '2afa7b254f15';

/** A real-time clock whose readings always carry milliseconds (never a whole second). */
function millisecondClock(): () => number {
  let last = 0;
  return () => {
    let t = Date.now();
    if (t % 1000 === 0) t += 417;
    last = Math.max(last + 1, t);
    return last;
  };
}

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'tokenlab-hostile-history-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

function start(): IpcDispatch {
  return createAppServices({
    dataDir,
    secrets: secrets,
    clipboard: createFakeClipboard(),
    timers: createManualTimers(),
    nowMs: millisecondClock(),
    randomBytes: fakeRandomBytes(11),
  }).dispatch;
}
const secrets = createMemorySecretStore();

async function call<T>(dispatch: IpcDispatch, channel: string, request: unknown): Promise<T> {
  const reply = await dispatch(channel, request);
  if (!reply.ok) throw new Error(`${channel} failed: ${reply.error.code} ${reply.error.message}`);
  return reply.value as T;
}

describe('history with a millisecond clock', () => {
  it('keeps a minted CommsEase token next to ZEGO ones, across a restart, with whole-second times', async () => {
    const dispatch = start();
    const ce = await call<{ profile: { id: string } }>(dispatch, 'profiles:add', { provider: 'commsease', name: 'ce', appKey: 'k1', secret: CE_SECRET });
    const zego = await call<{ profile: { id: string } }>(dispatch, 'profiles:add', { provider: 'zego', name: 'zg', appId: 1234567890, secret: ZEGO_SECRET });
    const zegoToken = await call<{ token: string }>(dispatch, 'tokens:generateZego', { profileId: zego.profile.id, userId: 'bob', ttlSeconds: 3600 });
    await call(dispatch, 'history:add', { items: [{ token: zegoToken.token, source: 'minted', profileId: zego.profile.id }] });

    const minted = await call<{ token: string; inspection: { issuedAt: number; expiresAt: number; fields: { curTime: number } } }>(
      dispatch,
      'tokens:generateCommsEase',
      { profileId: ce.profile.id, accid: 'alice', ttlSeconds: 600 },
    );
    const curTime = minted.inspection.fields.curTime;
    expect(curTime % 1000).not.toBe(0); // the clock really has milliseconds
    // Whole seconds: issued in the second curTime falls in; expires at the first second it is no longer valid.
    expect(minted.inspection.issuedAt).toBe(Math.floor(curTime / 1000));
    expect(minted.inspection.expiresAt).toBe(Math.ceil((curTime + 600_000) / 1000));

    const added = await call<{ entries: HistoryEntry[] }>(dispatch, 'history:add', {
      items: [{ token: minted.token, source: 'minted', profileId: ce.profile.id, accid: 'alice' }],
    });
    expect(added.entries[0]).toMatchObject({ format: 'commsease-dynamic', userId: 'alice', issuedAt: Math.floor(curTime / 1000) });

    const listed = await call<{ entries: HistoryEntry[] }>(dispatch, 'history:list', {});
    expect(listed.entries.map((e) => e.format).sort()).toEqual(['commsease-dynamic', 'zego-token04']);

    // The next start reads the same file: nothing moved aside, both entries still there.
    const again = await call<{ entries: HistoryEntry[] }>(start(), 'history:list', {});
    expect(again.entries).toHaveLength(2);
    const onDisk = JSON.parse(await readFile(join(dataDir, HISTORY_FILE), 'utf8')) as { entries: HistoryEntry[] };
    for (const entry of onDisk.entries) {
      expect(Number.isInteger(entry.expiresAt)).toBe(true);
      expect(entry.issuedAt === null || Number.isInteger(entry.issuedAt)).toBe(true);
    }
  });
});
