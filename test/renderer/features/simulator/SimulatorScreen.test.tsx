import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SimulatorScreen } from '../../../../src/renderer/src/features/simulator/SimulatorScreen';
import { fakeBackend, settle, storesFor, ZEGO_PROFILE } from '../../support/fakeBackend';
import { renderWith } from '../../support/renderApp';
import { replyFor, TOKEN } from './fixtures';

function setup() {
  const backend = fakeBackend({
    'sim:run': (req) => replyFor(req.scenario.renewal.policy),
    'profiles:list': () => ({ profiles: [ZEGO_PROFILE] }),
  });
  const stores = storesFor(backend);
  // The shell loads the app's one profile list at start; this screen only reads it.
  void stores.profiles.getState().load();
  renderWith(stores, <SimulatorScreen />);
  return { backend, store: stores.simulator, user: userEvent.setup() };
}

/** Captures what the page hands to the browser's download. */
function captureDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('SimulatorScreen', () => {
  it('offers the seven presets; one click puts its scenario in the form', async () => {
    const { user } = setup();
    const presets = within(screen.getByRole('region', { name: 'Presets' }));
    for (const name of [
      'Healthy renewal',
      'Renewal never implemented',
      'Slow token server',
      'Token server down for 10 min',
      'TTL shorter than 30 s',
      'Laptop asleep across expiry',
      'Client clock 5 min fast',
    ]) {
      expect(presets.getByRole('button', { name })).toBeTruthy();
    }
    await user.click(presets.getByRole('button', { name: 'Renewal never implemented' }));
    expect((screen.getByRole('combobox', { name: 'Renewal policy' }) as HTMLSelectElement).value).toBe('never');
    await user.click(presets.getByRole('button', { name: 'Client clock 5 min fast' }));
    expect((screen.getByRole('spinbutton', { name: 'Client clock ahead by (s)' }) as HTMLInputElement).value).toBe('300');
    expect(presets.getByRole('button', { name: 'Client clock 5 min fast' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('names the wrong field beside it and sends nothing', async () => {
    const { user, backend } = setup();
    const latency = screen.getByRole('spinbutton', { name: 'Latency (ms)' });
    await user.clear(latency);
    await user.type(latency, '-5');
    expect(latency.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(latency.getAttribute('aria-describedby')!)?.textContent).toBe('must be ≥ 0');
    const run = screen.getByRole('button', { name: 'Run simulation' }) as HTMLButtonElement;
    expect(run.disabled).toBe(true);
    await user.click(run);
    expect(backend.callsTo('sim:run')).toEqual([]);
  });

  it('runs, draws the timeline with a named marker per event, and summarises with the assumptions', async () => {
    const { user, backend } = setup();
    await user.click(screen.getByRole('button', { name: 'Renewal never implemented' }));
    await user.click(screen.getByRole('button', { name: 'Run simulation' }));
    await act(settle);
    expect(backend.callsTo('sim:run')).toHaveLength(1);
    const timeline = screen.getByRole('group', { name: 'Timeline of scenario A, client 0' });
    const markers = within(timeline).getAllByRole('button');
    expect(markers.map((m) => m.getAttribute('aria-label')?.split(':')[0])).toEqual([
      'token_issued at 0 s',
      'login at 0 s',
      'token_will_expire at 59 min 30 s',
      'token_expired at 1 h 00 min 00 s',
      'disconnected at 1 h 00 min 00 s',
    ]);
    expect(timeline.querySelectorAll('[data-warning-window]')).toHaveLength(1);
    const summary = within(screen.getByRole('region', { name: 'Summary of scenario A' }));
    expect(summary.getByText('50% of the time')).toBeTruthy();
    expect(summary.getByText(/token expired: 1/)).toBeTruthy();
    expect(summary.getByText(/\[assumptions\.sdkClock = device\]/)).toBeTruthy();
  });

  it('steps the virtual clock to the next event and shows a clicked event with its token', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Renewal never implemented' }));
    await user.click(screen.getByRole('button', { name: 'Run simulation' }));
    await act(settle);
    const readout = screen.getByRole('status', { name: 'Virtual time now' });
    expect(readout.textContent).toMatch(/^0 s \//);
    await user.click(screen.getByRole('button', { name: 'Step to next event' }));
    expect(readout.textContent).toMatch(/^59 min 30 s \//);
    // Future events are faded until the clock reaches them.
    const expiry = screen.getByRole('button', { name: /^token_expired at 1 h/ });
    expect(expiry.querySelector('circle')?.getAttribute('fill-opacity')).toBe('0.35');
    await user.click(screen.getByRole('button', { name: 'Step to next event' }));
    expect(screen.getByRole('button', { name: /^token_expired at 1 h/ }).querySelector('circle')?.getAttribute('fill-opacity')).toBe('1');

    await user.click(screen.getByRole('button', { name: /^token_issued at 0 s/ }));
    const details = within(screen.getByRole('region', { name: 'Selected event' }));
    expect(details.getByLabelText('Token').textContent).toBe(TOKEN);
    expect(details.getByText(/zego-token04 \(GCM\), expires at/)).toBeTruthy();
  });

  it('plays at the chosen speed and pauses', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    try {
      const { store } = setup();
      await act(() => store.getState().run());
      const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
      await user.selectOptions(screen.getByRole('combobox', { name: 'Speed' }), '1000');
      await user.click(screen.getByRole('button', { name: 'Play' }));
      act(() => {
        vi.advanceTimersByTime(1000);
      });
      expect(store.getState().clock.t).toBeGreaterThanOrEqual(900);
      expect(store.getState().clock.t).toBeLessThanOrEqual(1100);
      await user.click(screen.getByRole('button', { name: 'Pause' }));
      const paused = store.getState().clock.t;
      act(() => {
        vi.advanceTimersByTime(1000);
      });
      expect(store.getState().clock.t).toBe(paused);
    } finally {
      vi.useRealTimers();
    }
  });

  it('compares two scenarios side by side', async () => {
    const { user, backend } = setup();
    await user.click(screen.getByRole('checkbox', { name: 'Compare two scenarios' }));
    await user.click(screen.getByRole('radio', { name: 'Edit scenario B' }));
    expect(screen.getByRole('heading', { name: 'Settings of scenario B' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Run both' }));
    await act(settle);
    expect(backend.callsTo('sim:run')).toHaveLength(2);
    expect(screen.getByRole('group', { name: 'Timeline of scenario A, client 0' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Timeline of scenario B, client 0' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Scenario A and B compared' });
    const connected = within(table).getByRole('row', { name: /^Connected \d/ });
    expect(within(connected).getAllByRole('cell').map((c) => c.textContent)).toEqual(['91.569%', '50%']);
  });

  it('exports the scenario with its events as JSON and the timeline as SVG', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Run simulation' }));
    await act(settle);
    const downloads = captureDownloads();
    await user.click(screen.getByRole('button', { name: 'Export scenario and events (JSON)' }));
    await user.click(screen.getByRole('button', { name: 'Save timeline A as SVG' }));
    expect(downloads.names).toEqual(['tokenlab-simulation-A.json', 'tokenlab-timeline-A.svg']);
    const json = JSON.parse(await downloads.blobs[0]!.text());
    expect(json).toMatchObject({ format: 'tokenlab-simulation', scenario: { platform: 'zim' } });
    expect(json.events).toHaveLength(10);
    const svg = await downloads.blobs[1]!.text();
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Token validity');
  });

  it('imports an exported simulation (re-importable) and refuses a broken file with the reason', async () => {
    const { user, store } = setup();
    await user.click(screen.getByRole('button', { name: 'Renewal never implemented' }));
    await user.click(screen.getByRole('button', { name: 'Run simulation' }));
    await act(settle);
    const exported = store.getState().exportText('a');

    const freshStores = storesFor(fakeBackend());
    const fresh = freshStores.simulator;
    const view = renderWith(freshStores, <SimulatorScreen />);
    const input = within(view.container).getByLabelText('Import scenario or simulation (JSON)') as HTMLInputElement;
    await user.upload(input, new File([exported], 'sim.json', { type: 'application/json' }));
    // The import's validators load on first use.
    await vi.waitFor(() => expect(fresh.getState().slots.a.run?.summary.connectedPercent).toBe(50));
    expect(within(view.container).getByRole('group', { name: 'Timeline of scenario A, client 0' })).toBeTruthy();

    await user.upload(input, new File(['{"format": "other"}'], 'x.json', { type: 'application/json' }));
    expect((await within(view.container).findByRole('alert')).textContent).toBe('Import refused: unknown format "other"');
  });

  it('lets the user mint with a stored profile instead of throwaway credentials', async () => {
    const { user, backend } = setup();
    await act(settle);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Mint tokens with' }), ZEGO_PROFILE.id);
    await user.click(screen.getByRole('button', { name: 'Run simulation' }));
    await act(settle);
    expect(backend.callsTo('sim:run')[0]).toMatchObject({ profileId: ZEGO_PROFILE.id });
  });

  it('gives every control an accessible name', () => {
    setup();
    const controls = [...document.querySelectorAll('input, select, button, [role="button"]')];
    expect(controls.length).toBeGreaterThan(40);
    const unnamed = controls.filter((el) => {
      const label = (el.id && document.querySelector(`label[for="${el.id}"]`)) || el.closest('label');
      return !label && !el.getAttribute('aria-label') && !(el.textContent ?? '').trim();
    });
    expect(unnamed.map((el) => el.outerHTML.slice(0, 80))).toEqual([]);
  });
});
