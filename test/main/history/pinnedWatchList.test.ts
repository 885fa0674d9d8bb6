import { describe, expect, it } from 'vitest';
import { notificationLabel, pinnedWatchList } from '../../../src/main/history/pinnedWatchList';
import type { HistoryEntry } from '../../../src/shared/ipc/channels/history';

const base: HistoryEntry = {
  id: '00000000000000a1',
  source: 'minted',
  format: 'zego-token04',
  profileId: null,
  profileName: null,
  env: null,
  userId: null,
  roomId: null,
  issuedAt: null,
  expiresAt: 2000,
  addedAt: 1000,
  fingerprint: '0123456789abcdef',
  pinned: true,
};

describe('pinned watch list', () => {
  it('watches pinned entries only, labelled so a person recognises them', () => {
    const list = pinnedWatchList([
      { ...base, userId: 'u1001', roomId: 'room1', profileName: 'Staging RTC' },
      { ...base, id: '00000000000000a2', pinned: false },
    ]);
    expect(list).toEqual([{ id: '00000000000000a1', label: 'u1001 in room room1 (Staging RTC)', expiresAt: 2000 }]);
  });

  it('names tokens whose user is unknown by their format', () => {
    expect(notificationLabel(base)).toBe('A ZEGO token');
    expect(notificationLabel({ ...base, format: 'commsease-dynamic', userId: 'user1' })).toBe('user1');
  });
});

describe('pinned watch list in Chinese', () => {
  it('words the label in the language main speaks, with the family named in that language', () => {
    const [watched] = pinnedWatchList([{ ...base, userId: 'u1001', roomId: 'room1', profileName: 'Staging RTC' }], 'zh-CN');
    expect(watched?.label).toBe('房间 room1 的 u1001（Staging RTC）');
    const anonymous = notificationLabel(base, undefined, 'zh-CN');
    expect(anonymous).toMatch(/^一个\S/);
    expect(anonymous).not.toContain('main.');
    expect(anonymous).not.toBe(notificationLabel(base));
  });
});
