/**
 * The newer families on the board: a pasted Agora, Tencent, LiveKit, Twilio or JWT token
 * becomes a history entry with its expiry, the user it is for and its room or channel, and a
 * pinned one is named in its notification by that user and room (not "A <format>").
 */
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { createHistoryStore, type HistoryFile } from '../../../src/main/history/historyStore';
import { notificationLabel } from '../../../src/main/history/pinnedWatchList';
import { createMemorySecretStore } from '../../../src/main/vault/memorySecretStore';
import { defaultRegistry } from '../../../src/shared/families/registry';
import { loadFamilyVectors } from '../../support/familyVectors';

const pick = (file: string, id: string) => loadFamilyVectors(file).find((v) => v.id.startsWith(id))!;

/** [file, vector id, the user, the room or channel] a person would recognise. */
const CASES = [
  ['agora-accesstoken2.json', 'at2-pub-014', 'alice@example.com', 'Team Sync (EU)'],
  ['agora-accesstoken2.json', 'at2-pub-021', 'rtm-user-01', null],
  ['tencent-usersig-v2.json', 'tus-pub-001', 'alice_01', null],
  ['tencent-usersig-v2.json', 'tus-pub-008', 'anchor_01', '1234'],
  ['tencent-usersig-v2.json', 'tus-pub-011', 'guest_enter', 'room-Alpha_01'],
  ['livekit-jwt.json', 'lk-pub-001', 'alice', 'standup'],
  ['twilio-jwt.json', 'tw-pub-001', 'alice', 'DailyStandup'],
  ['jwt-generic.json', 'jg-pub-013', 'Сергей Пётр 🎥', null],
] as const;

function memoryFile(): HistoryFile {
  let text: string | null = null;
  return {
    path: '/data/history.json',
    read: async () => text,
    write: async (t) => {
      text = t;
    },
    locked: (operation) => operation(),
    keepAside: async () => '/data/history.json.corrupt',
  };
}

describe('history entries of the newer families', () => {
  it.each(CASES)('%s %s: user and room from the token', async (file, id, user, room) => {
    const v = pick(file, id);
    let ids = 0;
    const store = createHistoryStore({
      file: memoryFile(),
      secrets: createMemorySecretStore(),
      inspect: async (tokens) => tokens.map((t) => defaultRegistry.inspect(t, { now: v.expect.now }, nodeCryptoPort)),
      describeProfile: async () => null,
      sha256Hex: (text) => nodeCryptoPort.sha256Hex(text),
      randomId: () => (++ids).toString(16).padStart(16, '0'),
      now: () => v.expect.now,
    });
    const [entry] = await store.add([{ token: v.token, source: 'pasted' }]);
    expect(entry).toMatchObject({ format: v.format, userId: user, roomId: room });
    expect(entry!.expiresAt).toBe(defaultRegistry.inspect(v.token, { now: v.expect.now }).expiresAt);
    expect(notificationLabel(entry!)).toBe(room === null ? user : `${user} in room ${room}`);
  });

  it('a token that names no user is called by its family in a notification', () => {
    const base = { id: '00000000000000a1', source: 'pasted' as const, profileId: null, profileName: null, env: null, userId: null, roomId: null, issuedAt: null, expiresAt: 2, addedAt: 1, fingerprint: '0123456789abcdef', pinned: true };
    expect(notificationLabel({ ...base, format: 'agora-accesstoken' })).toBe('An Agora 006 token');
    expect(notificationLabel({ ...base, format: 'tencent-usersig-v2' })).toBe('A Tencent UserSig');
    expect(notificationLabel({ ...base, format: 'twilio-jwt' })).toBe('A Twilio token');
  });
});
