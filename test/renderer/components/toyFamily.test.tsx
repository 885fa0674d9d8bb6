/**
 * The renderer side of "a new family is one folder and one registry line": with the toy
 * family's registry provided, the generator lists it and the profile form asks for its own
 * identifier and secret, and sends them in the family's terms.
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RegistryProvider } from '../../../src/renderer/src/app/registry';
import { GeneratorScreen } from '../../../src/renderer/src/features/generator/GeneratorScreen';
import { ProfilesScreen } from '../../../src/renderer/src/features/profiles/ProfilesScreen';
import type { ProfileView } from '../../../src/shared/ipc/schemas/profile';
import { toyRegistry } from '../../support/toyFamily';
import { fakeBackend, settle, storesFor, ZEGO_PROFILE } from '../support/fakeBackend';
import { renderWith } from '../support/renderApp';

const TOY_PROFILE: ProfileView = {
  ...ZEGO_PROFILE,
  id: 'cccccccccccccccc',
  family: 'toy-token',
  provider: 'toy',
  name: 'Toy dev',
  env: 'dev',
  credentials: { app: 'demo' },
  summary: 'toy app demo',
  appId: null,
};

describe('the toy family in the renderer', () => {
  it('appears in the generator family list, which then offers its profiles only', async () => {
    const backend = fakeBackend({ 'profiles:list': () => ({ profiles: [ZEGO_PROFILE, TOY_PROFILE] }) });
    const stores = storesFor(backend);
    await stores.profiles.getState().load();
    renderWith(stores, <RegistryProvider registry={toyRegistry}><GeneratorScreen /></RegistryProvider>);
    const families = screen.getByRole('combobox', { name: 'Token family' });
    expect(within(families).getAllByRole('option').map((o) => o.textContent)).toEqual(['Any family (by profile)', 'ZEGO Token04', 'CommsEase dynamic token', 'Toy token']);
    await userEvent.setup().selectOptions(families, 'toy-token');
    const profiles = within(screen.getByRole('combobox', { name: 'Profile' })).getAllByRole('option').map((o) => o.textContent);
    expect(profiles.some((text) => text?.includes('Toy dev · dev · toy app demo'))).toBe(true);
    expect(profiles.some((text) => text?.includes(ZEGO_PROFILE.name))).toBe(false);
  });

  it('appears in the profile form, which asks for its identifier and secret and sends them', async () => {
    const backend = fakeBackend({
      'vault:status': () => ({ keychain: { state: 'available', message: '', remedy: null }, dataDir: '/tmp/x', corruptBackup: null }),
      'profiles:list': () => ({ profiles: [] }),
      'profiles:add': () => ({ profile: TOY_PROFILE }),
    });
    const stores = storesFor(backend);
    await stores.profiles.getState().load();
    renderWith(stores, <RegistryProvider registry={toyRegistry}><ProfilesScreen /></RegistryProvider>);
    const user = userEvent.setup();
    const form = screen.getByRole('form', { name: 'Add a profile' });
    await user.click(within(form).getByRole('radio', { name: 'Toy Cloud' }));
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Toy dev');
    await user.type(within(form).getByRole('textbox', { name: 'Toy app name' }), 'demo');
    await user.type(within(form).getByLabelText('Toy secret'), 'toy-secret-1');
    await user.click(within(form).getByRole('button', { name: 'Add profile' }));
    await act(settle);
    expect(backend.callsTo('profiles:add').at(-1)).toEqual({ family: 'toy-token', name: 'Toy dev', env: 'dev', credentials: { app: 'demo' }, secret: 'toy-secret-1' });
  });
});
