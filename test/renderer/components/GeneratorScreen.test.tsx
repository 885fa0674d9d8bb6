import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { inspectToken } from '../../../src/shared/tokens/inspect';
import { GeneratorScreen } from '../../../src/renderer/src/features/generator/GeneratorScreen';
import { COMMSEASE_PROFILE, fakeBackend, settle, storesFor, ZEGO_PROFILE } from '../support/fakeBackend';
import { renderWith } from '../support/renderApp';
import { commsEaseVectors, gcmVectors, vector } from '../support/vectors';

const room = vector(gcmVectors, (v) => v.variant === 'priv_login_only');
const ce = commsEaseVectors[0]!;

async function setup() {
  const backend = fakeBackend({
    'profiles:list': () => ({ profiles: [ZEGO_PROFILE, COMMSEASE_PROFILE] }),
    'tokens:generateZego': () => ({ token: room.token, inspection: { ...inspectToken(room.token, { now: room.expect.now }), verdict: 'valid', reason: 'authentic' } }),
    'tokens:generateCommsEase': () => ({ token: ce.token, inspection: inspectToken(ce.token, { now: ce.expect.now }) }),
    'history:add': () => ({ entries: [] }),
    'clipboard:writeText': () => ({ clearsAt: room.expect.now + 60 }),
  });
  const stores = storesFor(backend, () => room.expect.now);
  await stores.profiles.getState().load();
  renderWith(stores, <GeneratorScreen />);
  return { backend, stores, user: userEvent.setup() };
}

describe('GeneratorScreen', () => {
  it('explains a missing field next to it and sends nothing', async () => {
    const { user, backend } = await setup();
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    const profile = screen.getByRole('combobox', { name: 'Profile' });
    expect(profile.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(profile.getAttribute('aria-describedby')!)?.textContent).toMatch(/Choose the profile/);

    await user.selectOptions(profile, ZEGO_PROFILE.id);
    const userId = screen.getByRole('textbox', { name: 'User ID' });
    expect(document.getElementById(userId.getAttribute('aria-describedby')!)?.textContent).toMatch(/A user ID is needed/);
    expect(backend.calls.filter((c) => c.channel.startsWith('tokens:'))).toEqual([]);
  });

  it('mints an RTC room token from the keyboard (Ctrl+Enter) and shows its breakdown', async () => {
    const { user, backend } = await setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Profile' }), ZEGO_PROFILE.id);
    await user.type(screen.getByRole('textbox', { name: 'User ID' }), 'u1001');
    await user.click(screen.getByRole('radio', { name: /RTC room token/ }));
    await user.type(screen.getByRole('textbox', { name: 'Room ID' }), 'room1');
    await user.click(screen.getByRole('checkbox', { name: 'May publish streams' }));
    await user.click(screen.getByRole('radio', { name: '30 s' }));
    await user.click(screen.getByRole('textbox', { name: 'User ID' }));
    await user.keyboard('{Control>}{Enter}{/Control}');
    await act(settle);
    expect(backend.callsTo('tokens:generateZego')).toEqual([
      { profileId: ZEGO_PROFILE.id, userId: 'u1001', ttlSeconds: 30, layout: 'gcm', room: { roomId: 'room1', canLogin: true, canPublish: false, streamIds: null } },
    ]);
    const minted = screen.getByRole('region', { name: 'Minted token' });
    expect(within(minted).getByText('Valid')).toBeTruthy();
    await user.click(within(minted).getByRole('button', { name: 'Copy token' }));
    await act(settle);
    expect(backend.callsTo('clipboard:writeText')).toEqual([{ text: room.token }]);
  });

  it('asks a CommsEase profile for an accid and a free lifetime, with the reason for a bad value', async () => {
    const { user, backend } = await setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Profile' }), COMMSEASE_PROFILE.id);
    expect(screen.queryByRole('textbox', { name: 'User ID' })).toBeNull();
    await user.type(screen.getByRole('textbox', { name: 'accid' }), 'user1');
    await user.click(screen.getByRole('radio', { name: 'Other' }));
    await user.type(screen.getByRole('textbox', { name: 'Lifetime value' }), '1.5');
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    expect(screen.getByText('Enter a whole number.')).toBeTruthy();
    await user.clear(screen.getByRole('textbox', { name: 'Lifetime value' }));
    await user.type(screen.getByRole('textbox', { name: 'Lifetime value' }), '2');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Unit' }), 'h');
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    await act(settle);
    expect(backend.callsTo('tokens:generateCommsEase')).toEqual([{ profileId: COMMSEASE_PROFILE.id, accid: 'user1', ttlSeconds: 7200 }]);
  });
});
