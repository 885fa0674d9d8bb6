import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../src/shared/ipc/channels/history';
import { arrangeBoard } from '../../../src/renderer/src/features/board/arrangeBoard';
import { countdownPhase, lifetimeUsed } from '../../../src/renderer/src/features/board/countdownPhase';
import { fakeBackend, ipcFailure, storesFor } from '../support/fakeBackend';

function entry(id: string, expiresAt: number, extra: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    id: id.padStart(16, '0'),
    source: 'pasted',
    format: 'zego-token04',
    profileId: null,
    profileName: null,
    env: null,
    userId: null,
    roomId: null,
    issuedAt: null,
    expiresAt,
    addedAt: 1000,
    fingerprint: 'abcdef0123456789',
    pinned: false,
    ...extra,
  };
}

describe('countdown phases', () => {
  it('changes at 5 minutes, at the 30-second window and at expiry', () => {
    expect(countdownPhase(1000 + 301, 1000)).toBe('fresh');
    expect(countdownPhase(1000 + 300, 1000)).toBe('soon');
    expect(countdownPhase(1000 + 31, 1000)).toBe('soon');
    expect(countdownPhase(1000 + 30, 1000)).toBe('will_expire');
    expect(countdownPhase(1000 + 1, 1000)).toBe('will_expire');
    expect(countdownPhase(1000, 1000)).toBe('expired');
  });

  it('measures the lifetime used, clamped to 0…1', () => {
    expect(lifetimeUsed(1000, 2000, 1500)).toBe(0.5);
    expect(lifetimeUsed(1000, 2000, 900)).toBe(0);
    expect(lifetimeUsed(1000, 2000, 2600)).toBe(1);
  });

  it('orders live tokens soonest first, then expired ones most recent first', () => {
    const sorted = [entry('1', 900), entry('2', 950), entry('3', 1010), entry('4', 5000)];
    expect(arrangeBoard(sorted, 1000).map((e) => Number.parseInt(e.id, 10))).toEqual([3, 4, 2, 1]);
  });
});

describe('board store', () => {
  it('loads history sorted by expiry', async () => {
    const backend = fakeBackend({ 'history:list': () => ({ entries: [entry('2', 3000), entry('1', 2000)] }) });
    const { board } = storesFor(backend);
    await board.getState().load();
    expect(board.getState().entries.map((e) => e.expiresAt)).toEqual([2000, 3000]);
  });

  it('pins with the token text it knows and keeps the pinned state from main', async () => {
    const backend = fakeBackend({
      'history:add': () => ({ entries: [entry('1', 2000)] }),
      'history:pin': ({ id }) => ({ entry: entry('1', 2000, { id, pinned: true }) }),
      'history:unpin': ({ id }) => ({ entry: entry('1', 2000, { id }) }),
    });
    const { board } = storesFor(backend);
    await board.getState().add([{ token: ' 04TOKEN ', source: 'pasted' }]);
    const id = board.getState().entries[0]!.id;
    expect(await board.getState().pin(id)).toBeNull();
    expect(backend.callsTo('history:pin')).toEqual([{ id, token: '04TOKEN' }]);
    expect(board.getState().entries[0]!.pinned).toBe(true);
    expect(await board.getState().unpin(id)).toBeNull();
    expect(board.getState().entries[0]!.pinned).toBe(false);
  });

  it('cannot pin a token whose text it no longer has, and says why', async () => {
    const backend = fakeBackend({ 'history:list': () => ({ entries: [entry('1', 2000)] }) });
    const { board } = storesFor(backend);
    await board.getState().load();
    const failure = await board.getState().pin(board.getState().entries[0]!.id);
    expect(failure?.message).toMatch(/paste it again/);
    expect(backend.callsTo('history:pin')).toEqual([]);
  });

  it('has main copy a pinned token whose text is not in memory: the text never reaches the page', async () => {
    const backend = fakeBackend({
      'history:list': () => ({ entries: [entry('1', 2000, { pinned: true })] }),
      'history:copyPinned': () => ({ clearsAt: 1060 }),
    });
    const { board, clipboard } = storesFor(backend);
    await board.getState().load();
    const id = board.getState().entries[0]!.id;
    expect(await clipboard.getState().copyPinned(id, 'token')).toBeNull();
    expect(backend.callsTo('history:copyPinned')).toEqual([{ id }]);
    expect(backend.callsTo('clipboard:writeText')).toEqual([]);
    expect(board.getState().tokens[id]).toBeUndefined();
  });

  it('keeps the list when main refuses a removal', async () => {
    const backend = fakeBackend({
      'history:list': () => ({ entries: [entry('1', 2000)] }),
      'history:remove': () => Promise.reject(ipcFailure('IO_ERROR', 'disk full')),
    });
    const { board } = storesFor(backend);
    await board.getState().load();
    expect((await board.getState().remove(board.getState().entries[0]!.id))?.message).toBe('disk full');
    expect(board.getState().entries).toHaveLength(1);
  });
});
