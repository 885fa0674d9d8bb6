import { describe, expect, it } from 'vitest';
import { selectProfilesOf } from '../../../src/renderer/src/features/profiles/profilesStore';
import { COMMSEASE_PROFILE, fakeBackend, storesFor, ZEGO_PROFILE } from '../support/fakeBackend';

describe('profiles store: one list, selected by kind', () => {
  it('gives each kind its profiles, the same array until the list changes', async () => {
    const backend = fakeBackend({ 'profiles:list': () => ({ profiles: [ZEGO_PROFILE, COMMSEASE_PROFILE] }) });
    backend.handle('profiles:delete', ({ id }) => ({ deletedId: id }));
    const { profiles } = storesFor(backend);
    await profiles.getState().load();
    const commsease = selectProfilesOf('commsease');
    expect(commsease(profiles.getState())).toEqual([COMMSEASE_PROFILE]);
    expect(selectProfilesOf('zego')(profiles.getState())).toEqual([ZEGO_PROFILE]);
    // Stable for components that subscribe with it (a new array each time would re-render forever).
    expect(commsease(profiles.getState())).toBe(commsease(profiles.getState()));
    await profiles.getState().remove(COMMSEASE_PROFILE.id);
    expect(commsease(profiles.getState())).toEqual([]);
  });
});
