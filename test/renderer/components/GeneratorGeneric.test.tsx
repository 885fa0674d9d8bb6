/**
 * A family without a hand-written generator section (here LiveKit) gets one input per
 * generator field, and Generate sends the family's request through `tokens:generate`.
 */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { GeneratorScreen } from '../../../src/renderer/src/features/generator/GeneratorScreen';
import type { ProfileView } from '../../../src/shared/ipc/schemas/profile';
import { defaultRegistry } from '../../../src/shared/families/registry';
import { fakeBackend, settle, storesFor, ZEGO_PROFILE } from '../support/fakeBackend';
import { renderWith } from '../support/renderApp';
import liveKitFile from '../../vectors/livekit-jwt.json';

const lk = (liveKitFile as { vectors: Array<{ token: string; expect: { verdict: string; now: number } }> }).vectors.find((v) => v.expect.verdict === 'valid')!;
const LIVEKIT_PROFILE: ProfileView = {
  ...ZEGO_PROFILE,
  id: 'f1e2d3c4b5a69788',
  family: 'livekit-jwt',
  provider: 'livekit',
  credentials: { apiKey: 'APIo5sQyYNWrvKt' },
  summary: 'API key APIo5sQyYNWrvKt',
  name: 'LiveKit dev',
  appId: null,
};

describe('GeneratorScreen, generic section', () => {
  it('shows the family fields and mints through tokens:generate', async () => {
    const backend = fakeBackend({
      'profiles:list': () => ({ profiles: [ZEGO_PROFILE, LIVEKIT_PROFILE] }),
      'tokens:generate': () => ({ token: lk.token, inspection: defaultRegistry.inspect(lk.token, { now: lk.expect.now }) }),
      'history:add': () => ({ entries: [] }),
    });
    const stores = storesFor(backend, () => lk.expect.now);
    await stores.profiles.getState().load();
    renderWith(stores, <GeneratorScreen />);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Profile' }), LIVEKIT_PROFILE.id);
    expect(screen.queryByRole('textbox', { name: 'User ID' })).toBeNull();
    await user.type(screen.getByRole('textbox', { name: /^Identity/ }), 'alice');
    await user.type(screen.getByRole('textbox', { name: /^Room/ }), 'standup');
    await user.click(screen.getByRole('checkbox', { name: 'Room admin' }));
    await user.click(screen.getByRole('radio', { name: '1 h' }));
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    await act(settle);
    expect(backend.callsTo('tokens:generate')).toEqual([
      { family: 'livekit-jwt', profileId: LIVEKIT_PROFILE.id, request: { identity: 'alice', room: 'standup', roomAdmin: true, ttl: 3600 } },
    ]);
    expect(screen.getByRole('region', { name: 'Minted token' })).toBeTruthy();
  });
});
