import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHistoryStore, type HistoryFile } from '../../../src/main/history/historyStore';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { createMemorySecretStore } from '../../../src/main/vault/memorySecretStore';
import type { HistoryEntry } from '../../../src/shared/ipc/channels/history';
import { inspectToken } from '../../../src/shared/tokens/inspect';
import { VECTORS_DIR } from '../../support/vectors';

interface ZegoVector { id: string; token: string; inputs: { appId: number; userId: string; secret: string; ctime: number; payload: string }; expect: { now: number; headerExpire: number } }
const gcm = JSON.parse(readFileSync(resolve(VECTORS_DIR, 'zego-token04-gcm.json'), 'utf8')).vectors as ZegoVector[];
const roomVector = gcm.find((v) => v.id.includes('priv_login_only'))!;
const identityVector = gcm.find((v) => v.inputs.payload === '')!;

const PROFILE_ID = 'a1b2c3d4e5f60718';

/** A history file in memory that records every write (as the atomic writer would land it). */
function memoryFile(initial: string | null = null) {
  const state = { text: initial, writes: 0, kept: [] as string[] };
  const file: HistoryFile = {
    path: '/data/history.json',
    read: async () => state.text,
    write: async (text) => {
      state.text = text;
      state.writes++;
    },
    locked: (operation) => operation(),
    keepAside: async (text) => {
      state.kept.push(text);
      return `/data/history.json.corrupt-${state.kept.length}`;
    },
  };
  return { file, state };
}

function makeStore(fileText: string | null = null) {
  const { file, state } = memoryFile(fileText);
  const secrets = createMemorySecretStore();
  let ids = 0;
  const pinnedSeen: HistoryEntry[][] = [];
  const inspectCalls: { count: number; profileId: string | undefined }[] = [];
  const store = createHistoryStore({
    file,
    secrets,
    inspect: async (tokens, { profileId }) => {
      inspectCalls.push({ count: tokens.length, profileId });
      return tokens.map((token) =>
        inspectToken(
          token,
          profileId === PROFILE_ID ? { now: roomVector.expect.now, secret: roomVector.inputs.secret } : { now: roomVector.expect.now },
          nodeCryptoPort,
        ),
      );
    },
    describeProfile: async (id) => (id === PROFILE_ID ? { name: 'Staging RTC', env: 'staging' } : null),
    sha256Hex: (text) => nodeCryptoPort.sha256Hex(text),
    randomId: () => (++ids).toString(16).padStart(16, '0'),
    now: () => 1_707_747_200,
    onPinnedChange: (pinned) => pinnedSeen.push([...pinned]),
  });
  return { store, state, secrets, pinnedSeen, inspectCalls };
}

describe('history store', () => {
  it('keeps metadata learned by verifying with the profile, never the token text', async () => {
    const { store, state } = makeStore();
    const [entry] = await store.add([{ token: roomVector.token, source: 'minted', profileId: PROFILE_ID }]);
    expect(entry).toMatchObject({
      source: 'minted',
      format: 'zego-token04',
      profileId: PROFILE_ID,
      profileName: 'Staging RTC',
      env: 'staging',
      userId: 'u1001',
      roomId: 'room1',
      issuedAt: roomVector.inputs.ctime,
      expiresAt: roomVector.expect.headerExpire,
      pinned: false,
    });
    expect(entry?.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(state.text).not.toContain(roomVector.token);
    expect(state.text).not.toContain(roomVector.token.slice(2, 40));
    expect(state.text).not.toContain(roomVector.inputs.secret);
  });

  it('records a pasted token without a secret with what is readable: its expiry', async () => {
    const { store } = makeStore();
    const [entry] = await store.add([{ token: `  ${identityVector.token}\n`, source: 'pasted' }]);
    expect(entry).toMatchObject({ source: 'pasted', profileId: null, userId: null, roomId: null, issuedAt: null });
    expect(entry?.expiresAt).toBe(identityVector.expect.headerExpire);
  });

  it('does not add the same token twice and lists soonest expiry first', async () => {
    const { store, state } = makeStore();
    await store.add([{ token: roomVector.token, source: 'pasted' }]);
    const again = await store.add([{ token: roomVector.token, source: 'pasted' }, { token: identityVector.token, source: 'pasted' }]);
    expect(again).toHaveLength(2);
    const list = await store.list();
    expect(list).toHaveLength(2);
    expect(list.map((e) => e.expiresAt)).toEqual([...list.map((e) => e.expiresAt)].sort((a, b) => a - b));
    expect(state.writes).toBe(2);
  });

  it('refuses text that is not a token, with the reason', async () => {
    const { store } = makeStore();
    await expect(store.add([{ token: 'hello world', source: 'pasted' }])).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('pins token text into the keychain only, and forgets it on unpin', async () => {
    const { store, state, secrets, pinnedSeen } = makeStore();
    const [entry] = await store.add([{ token: roomVector.token, source: 'minted', profileId: PROFILE_ID }]);
    const pinned = await store.pin(entry!.id, roomVector.token);
    expect(pinned.pinned).toBe(true);
    expect(secrets.entries.get(`pin:${entry!.id}`)).toBe(roomVector.token);
    expect(state.text).not.toContain(roomVector.token);
    expect(await store.pinnedToken(entry!.id)).toBe(roomVector.token);
    expect(pinnedSeen.at(-1)?.map((e) => e.id)).toEqual([entry!.id]);

    await store.unpin(entry!.id);
    expect(secrets.entries.size).toBe(0);
    expect(pinnedSeen.at(-1)).toEqual([]);
    await expect(store.pinnedToken(entry!.id)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('refuses to pin text that is not the token of that entry', async () => {
    const { store, secrets } = makeStore();
    const [entry] = await store.add([{ token: roomVector.token, source: 'pasted' }]);
    await expect(store.pin(entry!.id, identityVector.token)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(secrets.entries.size).toBe(0);
  });

  it('clear keeps pinned tokens; remove deletes the pinned text too', async () => {
    const { store, secrets } = makeStore();
    const [a, b] = await store.add([
      { token: roomVector.token, source: 'pasted' },
      { token: identityVector.token, source: 'pasted' },
    ]);
    await store.pin(a!.id, roomVector.token);
    expect(await store.clear()).toEqual({ removed: 1, kept: 1 });
    expect((await store.list()).map((e) => e.id)).toEqual([a!.id]);
    await store.remove(a!.id);
    expect(secrets.entries.size).toBe(0);
    expect(await store.list()).toEqual([]);
    await expect(store.remove(b!.id)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('survives a restart, and a damaged file gives back the entries that still parse', async () => {
    const first = makeStore();
    await first.store.add([{ token: roomVector.token, source: 'pasted' }]);
    const second = makeStore(first.state.text);
    expect(await second.store.list()).toHaveLength(1);

    const good = (JSON.parse(first.state.text as string) as { entries: unknown[] }).entries[0];
    const damaged = JSON.stringify({ schemaVersion: 1, entries: [{ id: 'zz' }, good] });
    const corrupt = makeStore(damaged);
    expect(await corrupt.store.list()).toEqual([good]);
    expect(corrupt.state.kept).toEqual([damaged]);
    expect(JSON.parse(corrupt.state.text as string)).toEqual({ schemaVersion: 1, entries: [good] });
  });

  it('verifies a batch with one call per profile, and adds a token repeated in the batch once', async () => {
    const { store, inspectCalls } = makeStore();
    const entries = await store.add([
      { token: roomVector.token, source: 'minted', profileId: PROFILE_ID },
      { token: identityVector.token, source: 'pasted' },
      { token: roomVector.token, source: 'minted', profileId: PROFILE_ID },
    ]);
    expect(entries[0]?.id).toBe(entries[2]?.id);
    expect(await store.list()).toHaveLength(2);
    expect(inspectCalls).toEqual([
      { count: 2, profileId: undefined },
      { count: 1, profileId: PROFILE_ID },
    ]);
  });

  it('serialises concurrent adds so none is lost', async () => {
    const { store } = makeStore();
    await Promise.all([
      store.add([{ token: roomVector.token, source: 'pasted' }]),
      store.add([{ token: identityVector.token, source: 'pasted' }]),
    ]);
    expect(await store.list()).toHaveLength(2);
  });
});

describe('history store with a locked keychain', () => {
  it('explains that pinning needs the keychain, and keeps the entry unpinned', async () => {
    const { store, secrets } = makeStore();
    const [entry] = await store.add([{ token: roomVector.token, source: 'pasted' }]);
    secrets.setState('locked');
    await expect(store.pin(entry!.id, roomVector.token)).rejects.toMatchObject({ code: 'KEYCHAIN_LOCKED' });
    secrets.setState('available');
    expect((await store.list())[0]?.pinned).toBe(false);
  });
});
