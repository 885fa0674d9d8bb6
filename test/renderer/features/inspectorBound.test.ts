/**
 * The inspector store's bound values (what a signature binds but the token does not carry):
 * the user goes as `accid`, the channel and uid as `expect`, each only when typed, and another
 * profile starts with empty boxes, so one family's values are never sent for another's token.
 */
import { describe, expect, it } from 'vitest';
import { boundRequest } from '../../../src/renderer/src/features/inspector/inspectorStore';
import { inspectToken } from '../../../src/shared/tokens/inspect';
import { COMMSEASE_PROFILE, fakeBackend, settle, storesFor, ZEGO_PROFILE } from '../support/fakeBackend';
import { gcmVectors, vector } from '../support/vectors';

const room = vector(gcmVectors, (v) => v.variant === 'priv_login_only');

describe('boundRequest', () => {
  it('sends the user as accid and the channel and uid as expect, apart', () => {
    expect(boundRequest({ userId: ' u1 ', channel: 'legacy-room-1', uid: '1234' })).toEqual({ accid: 'u1', expect: { channel: 'legacy-room-1', uid: '1234' } });
  });

  it('leaves out empty boxes', () => {
    expect(boundRequest({ userId: '   ', channel: '', uid: '' })).toEqual({});
    expect(boundRequest({ channel: 'c' })).toEqual({ expect: { channel: 'c' } });
  });

  it('keeps a channel and uid byte for byte: a stray space is a real mismatch, not trimmed away', () => {
    expect(boundRequest({ channel: ' room ', uid: '7 ' })).toEqual({ expect: { channel: ' room ', uid: '7 ' } });
  });
});

describe('inspector store bound values', () => {
  it('sends the typed values with the token, and clears them when another profile is chosen', async () => {
    const backend = fakeBackend({ 'tokens:inspect': ({ token }) => ({ inspection: inspectToken(token, { now: room.expect.now }) }) });
    const { inspector } = storesFor(backend);
    inspector.getState().setText(room.token);
    inspector.getState().setProfile(ZEGO_PROFILE.id);
    inspector.getState().setBound('channel', 'legacy-room-1');
    inspector.getState().setBound('uid', '1234');
    await settle();
    expect(backend.callsTo('tokens:inspect').at(-1)).toEqual({ token: room.token, profileId: ZEGO_PROFILE.id, expect: { channel: 'legacy-room-1', uid: '1234' } });
    inspector.getState().setProfile(COMMSEASE_PROFILE.id);
    await settle();
    expect(inspector.getState().bound).toEqual({});
    expect(backend.callsTo('tokens:inspect').at(-1)).toEqual({ token: room.token, profileId: COMMSEASE_PROFILE.id });
  });
});
