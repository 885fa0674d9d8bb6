import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ProfileView } from '../../../src/shared/ipc/schemas/profile';
import { ProfilesScreen } from '../../../src/renderer/src/features/profiles/ProfilesScreen';
import { fakeBackend, ipcFailure, settle, storesFor, ZEGO_PROFILE } from '../support/fakeBackend';
import { renderWith } from '../support/renderApp';

function status(state: 'available' | 'locked' | 'unavailable') {
  return {
    keychain: {
      state,
      message: state === 'locked' ? 'The login keyring is locked.' : state === 'unavailable' ? 'No Secret Service is running.' : '',
      remedy: state === 'unavailable' ? 'sudo apt install gnome-keyring libsecret-1-0' : null,
    },
    dataDir: '/home/me/.config/TokenLab',
    corruptBackup: null,
  };
}

async function setup(keychain: 'available' | 'locked' | 'unavailable' = 'available') {
  let profiles: ProfileView[] = [ZEGO_PROFILE];
  const backend = fakeBackend({
    'vault:status': () => status(keychain),
    'profiles:list': () => ({ profiles }),
    'profiles:add': (req) => {
      if (profiles.some((p) => p.name === req.name)) throw ipcFailure('PROFILE_EXISTS', `a profile named "${req.name}" already exists`);
      const profile = { ...ZEGO_PROFILE, id: 'bbbbbbbbbbbbbbbb', name: req.name, env: req.env ?? 'dev', appId: typeof req.credentials?.['appId'] === 'number' ? req.credentials['appId'] : null };
      profiles = [...profiles, profile];
      return { profile };
    },
    'profiles:rename': ({ id, name }) => ({ profile: { ...profiles.find((p) => p.id === id)!, name } }),
    'profiles:delete': ({ id }) => {
      profiles = profiles.filter((p) => p.id !== id);
      return { deletedId: id };
    },
  });
  const stores = storesFor(backend);
  await stores.profiles.getState().load();
  renderWith(stores, <ProfilesScreen />);
  return { backend, user: userEvent.setup() };
}

describe('ProfilesScreen', () => {
  it('shows the keychain state and what to do about it', async () => {
    await setup('unavailable');
    const alert = screen.getAllByRole('alert').find((a) => a.textContent?.includes('No keychain found'))!;
    expect(alert.textContent).toContain('sudo apt install gnome-keyring libsecret-1-0');
  });

  it('adds a profile with its secret going only to main, and explains a duplicate name', async () => {
    const { user, backend } = await setup();
    const form = screen.getByRole('form', { name: 'Add a profile' });
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), ZEGO_PROFILE.name);
    await user.type(within(form).getByRole('textbox', { name: 'AppID' }), '42');
    await user.type(within(form).getByLabelText('ServerSecret'), 's'.repeat(32));
    await user.click(within(form).getByRole('button', { name: 'Add profile' }));
    await act(settle);
    expect(within(form).getByRole('alert').textContent).toMatch(/already exists/);

    await user.clear(within(form).getByRole('textbox', { name: 'Name' }));
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Dev chat');
    await user.click(within(form).getByRole('button', { name: 'Add profile' }));
    await act(settle);
    expect(screen.getByRole('listitem', { name: 'Profile Dev chat' })).toBeTruthy();
    expect(backend.callsTo('profiles:add').at(-1)).toEqual({ family: 'zego-token04', name: 'Dev chat', env: 'dev', credentials: { appId: 42 }, secret: 's'.repeat(32) });
    // The secret field is emptied once it is stored.
    expect((within(form).getByLabelText('ServerSecret') as HTMLInputElement).value).toBe('');
  });

  it('renames in place (Enter saves, Escape cancels) and deletes after confirmation', async () => {
    const { user } = await setup();
    const card = screen.getByRole('listitem', { name: `Profile ${ZEGO_PROFILE.name}` });
    await user.click(within(card).getByRole('button', { name: `Rename ${ZEGO_PROFILE.name}` }));
    await user.keyboard('{Escape}');
    expect(within(card).queryByRole('textbox', { name: 'New name' })).toBeNull();

    await user.click(within(card).getByRole('button', { name: `Rename ${ZEGO_PROFILE.name}` }));
    const input = within(card).getByRole('textbox', { name: 'New name' });
    await user.clear(input);
    await user.type(input, 'Renamed{Enter}');
    await act(settle);
    const renamed = screen.getByRole('listitem', { name: 'Profile Renamed' });
    await user.click(within(renamed).getByRole('button', { name: 'Delete Renamed' }));
    expect(within(renamed).getByText(/Its secret and static tokens are removed from the keychain/)).toBeTruthy();
    await user.click(within(renamed).getByRole('button', { name: 'Delete' }));
    await act(settle);
    expect(screen.queryByRole('listitem', { name: 'Profile Renamed' })).toBeNull();
  });
});
