/** Issue 12: a profile without a secret asks to store one, not to "replace" it. */
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProfilesScreen } from '../../../src/renderer/src/features/profiles/ProfilesScreen';
import { fakeBackend, settle, storesFor, ZEGO_PROFILE } from '../support/fakeBackend';
import { renderWith } from '../support/renderApp';

describe('profile card without a secret', () => {
  it('says "store", and its button stores', async () => {
    const backend = fakeBackend({
      'vault:status': () => ({ keychain: { state: 'available', message: '', remedy: null }, dataDir: '/d', corruptBackup: null }),
      'profiles:list': () => ({ profiles: [{ ...ZEGO_PROFILE, secretStored: false, fingerprint: null }] }),
    });
    const stores = storesFor(backend);
    await stores.profiles.getState().load();
    renderWith(stores, <ProfilesScreen />);
    await act(settle);
    expect(screen.getByText(/No secret stored yet — store a secret/)).toBeTruthy();
    expect(screen.getByRole('button', { name: `Store the secret of ${ZEGO_PROFILE.name}` }).textContent).toBe('Store secret');
    expect(screen.queryByText(/replace the secret/i)).toBeNull();
  });
});
