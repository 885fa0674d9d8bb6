/**
 * What the user set up on a screen is still there after visiting another one, and the profile
 * list is fetched by one store only. Through the app's own wiring: createAppStores (as
 * main.tsx builds it) and the shell's navigation, which unmounts the screen it leaves.
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Shell } from '../../../src/renderer/src/app/Shell';
import { fakeBackend, settle, storesFor, ZEGO_PROFILE, type FakeBackend } from '../support/fakeBackend';
import { renderWith } from '../support/renderApp';
import { DEV, PROD } from '../features/commsease/fixtures';
import { replyFor } from '../features/simulator/fixtures';

let backend: FakeBackend;

beforeEach(() => {
  backend = fakeBackend({
    'vault:status': () => ({ keychain: { state: 'available', message: '', remedy: null }, dataDir: '/d', corruptBackup: null }),
    'profiles:list': () => ({ profiles: [ZEGO_PROFILE, DEV, PROD] }),
    'history:list': () => ({ entries: [] }),
    'sim:run': (req) => replyFor(req.scenario.renewal.policy),
    'commsease:staticList': ({ profileId }) => ({ accids: profileId === DEV.id ? ['alice'] : [] }),
    'commsease:casesList': () => ({ callbackUrl: null, cases: [] }),
    'commsease:staticCheck': () => ({ verdict: 'does_not_match' }),
  });
});

async function renderApp() {
  renderWith(storesFor(backend), <Shell />);
  await act(settle);
  return userEvent.setup();
}

async function go(user: ReturnType<typeof userEvent.setup>, key: string, heading: string) {
  await user.keyboard(`{Control>}${key}{/Control}`);
  // The screen is lazily loaded: on a busy machine its chunk can take longer than the default 1 s.
  return screen.findByRole('heading', { level: 1, name: heading }, { timeout: 10_000 });
}

describe('navigating away and back', () => {
  it('keeps the Simulator\'s scenario, run, clock and mode', async () => {
    const user = await renderApp();
    await go(user, '4', 'Renewal simulator');
    await user.click(screen.getByRole('button', { name: 'Renewal never implemented' }));
    const latency = screen.getByRole('spinbutton', { name: 'Latency (ms)' });
    await user.clear(latency);
    await user.type(latency, '1234');
    await user.click(screen.getByRole('button', { name: 'Run simulation' }));
    await act(settle);
    await user.click(screen.getByRole('button', { name: 'Step to next event' }));
    expect(screen.getByRole('status', { name: 'Virtual time now' }).textContent).toMatch(/^59 min 30 s \//);
    await user.click(screen.getByRole('radio', { name: 'Live token (real clock)' }));

    await go(user, '2', 'Generator');
    expect(screen.queryByRole('heading', { level: 1, name: 'Renewal simulator' })).toBeNull();
    await go(user, '4', 'Renewal simulator');

    expect((screen.getByRole('radio', { name: 'Live token (real clock)' }) as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole('radio', { name: 'Simulation (virtual time)' }));
    expect((screen.getByRole('spinbutton', { name: 'Latency (ms)' }) as HTMLInputElement).value).toBe('1234');
    expect((screen.getByRole('combobox', { name: 'Renewal policy' }) as HTMLSelectElement).value).toBe('never');
    expect(within(screen.getByRole('group', { name: 'Timeline of scenario A, client 0' })).getAllByRole('button')).toHaveLength(5);
    expect(screen.getByRole('status', { name: 'Virtual time now' }).textContent).toMatch(/^59 min 30 s \//);
    expect(backend.callsTo('sim:run')).toHaveLength(1);
  });

  it('keeps the CommsEase forms, the chosen profile and the results', async () => {
    const user = await renderApp();
    await go(user, '5', 'CommsEase');
    await screen.findByText('alice');
    await user.selectOptions(screen.getByLabelText('CommsEase profile'), PROD.id);
    await user.selectOptions(screen.getByLabelText('CommsEase profile'), DEV.id);
    await screen.findByText('alice');
    await user.type(screen.getByLabelText('accid'), 'alice');
    await user.type(screen.getByLabelText('Token'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Check token' }));
    expect(await screen.findByText(/Does not match the stored static token/)).toBeTruthy();
    await user.type(screen.getByLabelText('Callback URL'), 'https://customer.example/cb');

    await go(user, '1', 'Inspector');
    await go(user, '5', 'CommsEase');

    expect((screen.getByLabelText('CommsEase profile') as HTMLSelectElement).value).toBe(DEV.id);
    expect((screen.getByLabelText('accid') as HTMLInputElement).value).toBe('alice');
    expect(screen.getByText(/Does not match the stored static token/)).toBeTruthy();
    expect((screen.getByLabelText('Callback URL') as HTMLInputElement).value).toBe('https://customer.example/cb');
  });

  it('fetches the profile list once at start and once per window focus, whatever screens are visited', async () => {
    const user = await renderApp();
    for (const [key, heading] of [
      ['2', 'Generator'],
      ['4', 'Renewal simulator'],
      ['5', 'CommsEase'],
      ['6', 'Profiles'],
      ['5', 'CommsEase'],
    ] as const) {
      await go(user, key, heading);
      await act(settle);
    }
    expect(backend.callsTo('profiles:list')).toHaveLength(1);
    // The CommsEase screen offers the CommsEase profiles of that one list.
    const options = within(screen.getByLabelText('CommsEase profile')).getAllByRole('option').map((o) => (o as HTMLOptionElement).value);
    expect(options).toEqual(['', DEV.id, PROD.id]);

    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    await act(settle);
    expect(backend.callsTo('profiles:list')).toHaveLength(2);
  });
});
