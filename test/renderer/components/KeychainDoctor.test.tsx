import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { OrphanedSecretView } from '../../../src/shared/ipc/channels/vault';
import { ProfilesScreen } from '../../../src/renderer/src/features/profiles/ProfilesScreen';
import { fakeBackend, settle, storesFor, ZEGO_PROFILE } from '../support/fakeBackend';
import { renderWith } from '../support/renderApp';

const ORPHANS: OrphanedSecretView[] = [
  { account: 'profile:00000000deadbeef', kind: 'profile-secret', reason: 'its profile no longer exists' },
  { account: 'pin:000000000000c0de', kind: 'pinned-token', reason: 'no pinned token on the board uses it' },
];

async function setup(keychain: 'available' | 'locked' = 'available') {
  let orphans = [...ORPHANS];
  const backend = fakeBackend({
    'vault:status': () => ({ keychain: { state: keychain, message: keychain === 'locked' ? 'The login keyring is locked.' : '', remedy: null }, dataDir: '/d', corruptBackup: null }),
    'profiles:list': () => ({ profiles: [ZEGO_PROFILE] }),
    'vault:findOrphans': () => ({ dataDir: '/d', orphans }),
    'vault:removeOrphans': ({ accounts }) => {
      orphans = orphans.filter((o) => !accounts.includes(o.account));
      return { removed: accounts, kept: [] };
    },
  });
  const stores = storesFor(backend);
  await stores.profiles.getState().load();
  renderWith(stores, <ProfilesScreen />);
  await act(settle);
  return { backend, user: userEvent.setup() };
}

describe('keychain leftovers on the profiles screen', () => {
  it('lists the orphaned entries with their reasons, and removes them only after the user confirms', async () => {
    const { backend, user } = await setup();
    const panel = screen.getByRole('region', { name: 'Keychain leftovers' });
    expect(panel.textContent).toContain('2 keychain entries of TokenLab are used by nothing in this data folder.');
    expect(within(panel).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'profile:00000000deadbeef — its profile no longer exists',
      'pin:000000000000c0de — no pinned token on the board uses it',
    ]);

    // Asking is not deleting; Cancel sends nothing.
    await user.click(within(panel).getByRole('button', { name: 'Remove these 2 entries…' }));
    const question = within(panel).getByRole('alertdialog');
    expect(question.textContent).toMatch(/Delete these 2 entries from the keychain\? They cannot be recovered\./);
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(backend.callsTo('vault:removeOrphans')).toEqual([]);

    await user.click(within(panel).getByRole('button', { name: 'Remove these 2 entries…' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete 2 entries' }));
    await act(settle);
    expect(backend.callsTo('vault:removeOrphans')).toEqual([{ accounts: ORPHANS.map((o) => o.account) }]);
    expect(screen.queryByRole('region', { name: 'Keychain leftovers' })).toBeNull();
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Deleted 2 keychain entries.');
  });

  it('does not list the keychain while it is locked, and shows nothing when there are no leftovers', async () => {
    const { backend } = await setup('locked');
    expect(backend.callsTo('vault:findOrphans')).toEqual([]);
    expect(screen.queryByRole('region', { name: 'Keychain leftovers' })).toBeNull();
  });
});
