/**
 * An Agora 006 token on the board: its bytes carry neither its uid nor its channel, so history
 * names them only when it was minted or verified for them and the signature confirms it
 * (main verifies the token against the profile with the values sent); otherwise it names no
 * user rather than a guess.
 */
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { createHistoryStore, type HistoryFile, type HistoryStoreDeps } from '../../../src/main/history/historyStore';
import { createMemorySecretStore } from '../../../src/main/vault/memorySecretStore';
import { defaultRegistry } from '../../../src/shared/families/registry';
import { loadFamilyVectors } from '../../support/familyVectors';

const PROFILE_ID = 'a1b2c3d4e5f60718';
const v = loadFamilyVectors('agora-accesstoken.json').find((x) => x.id.startsWith('at-pub-004'))!;
const rtm = loadFamilyVectors('agora-accesstoken.json').find((x) => x.id.startsWith('at-pub-013'))!;

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

/** A store whose inspection is main's: with the profile's App ID and certificate, and the values sent winning over the profile's. */
function makeStore(vector: typeof v) {
  const calls: Parameters<HistoryStoreDeps['inspect']>[1][] = [];
  let ids = 0;
  const store = createHistoryStore({
    file: memoryFile(),
    secrets: createMemorySecretStore(),
    inspect: async (tokens, options) => {
      calls.push(options);
      const verify =
        options.profileId === PROFILE_ID
          ? { now: vector.expect.now, secret: String(vector.inputs['appCertificate']), expect: { appId: String(vector.inputs['appId']), ...(options.accid ? { userId: options.accid } : {}), ...options.expect } }
          : { now: vector.expect.now };
      return tokens.map((t) => defaultRegistry.inspect(t, verify, nodeCryptoPort));
    },
    describeProfile: async (id) => (id === PROFILE_ID ? { name: 'Agora legacy', env: 'dev' } : null),
    sha256Hex: (text) => nodeCryptoPort.sha256Hex(text),
    randomId: () => (++ids).toString(16).padStart(16, '0'),
    now: () => vector.expect.now,
  });
  return { store, calls };
}

describe('history entries of Agora 006 tokens', () => {
  const channel = v.expect.verifyWith!.channelName!;
  const uid = String(v.expect.verifyWith!.uid);

  it('minted or verified with its channel and uid: the entry names them, and main verified the token with them', async () => {
    const { store, calls } = makeStore(v);
    const [entry] = await store.add([{ token: v.token, source: 'minted', profileId: PROFILE_ID, expect: { channel, uid } }]);
    expect(entry).toMatchObject({ format: 'agora-accesstoken', userId: uid, roomId: channel, profileName: 'Agora legacy' });
    expect(calls.at(-1)).toEqual({ profileId: PROFILE_ID, expect: { channel, uid } });
  });

  it('an RTM 006 token (the account as channel, no uid) is named by its account', async () => {
    const account = rtm.expect.verifyWith!.channelName!;
    const { store } = makeStore(rtm);
    const [entry] = await store.add([{ token: rtm.token, source: 'minted', profileId: PROFILE_ID, expect: { channel: account, uid: '', userId: account } }]);
    expect(entry).toMatchObject({ userId: account, roomId: account });
  });

  it.each([
    ['another channel', { profileId: PROFILE_ID, expect: { channel: `${channel}-other`, uid } }],
    ['no profile to verify with', { expect: { channel, uid } }],
    ['the channel alone', { profileId: PROFILE_ID, expect: { channel } }],
    ['nothing at all', {}],
  ] as const)('values the signature does not confirm are not kept (%s): the entry names no user', async (_case, extra) => {
    const { store } = makeStore(v);
    const [entry] = await store.add([{ token: v.token, source: 'pasted', ...extra }]);
    expect(entry).toMatchObject({ format: 'agora-accesstoken', userId: null, roomId: null });
  });

  it('tokens sent with different values are verified apart, each with its own', async () => {
    const { store, calls } = makeStore(v);
    const [a, b] = await store.add([
      { token: v.token, source: 'minted', profileId: PROFILE_ID, expect: { channel, uid } },
      { token: rtm.token, source: 'minted', profileId: PROFILE_ID, expect: { channel: 'x', uid: '' } },
    ]);
    expect(calls.filter((c) => c.profileId === PROFILE_ID).map((c) => c.expect)).toEqual([{ channel, uid }, { channel: 'x', uid: '' }]);
    expect(a).toMatchObject({ userId: uid, roomId: channel });
    // The RTM token is for another app and account: nothing confirmed, nothing named.
    expect(b).toMatchObject({ userId: null, roomId: null });
  });
});
