/**
 * The simulator screen's issue-12 fixes, through what a user sees: the chosen preset is
 * named, defaults are values (not grey placeholders), the start time takes a date, the file
 * picker is a labelled button, the readout belongs to the scrubber, and the screen — event
 * descriptions and presets included — speaks Chinese.
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../../../src/shared/i18n';
import { SimulatorScreen } from '../../../../src/renderer/src/features/simulator/SimulatorScreen';
import { fakeBackend, settle, storesFor } from '../../support/fakeBackend';
import { renderWith } from '../../support/renderApp';
import { replyFor } from './fixtures';

function setup(lang = 'en') {
  const backend = fakeBackend({ 'sim:run': (req) => replyFor(req.scenario.renewal.policy) });
  const stores = storesFor(backend);
  renderWith(stores, <SimulatorScreen />, undefined, lang);
  return { backend, store: stores.simulator, user: userEvent.setup() };
}

const chosen = () => document.querySelector('.sim-preset-chosen')?.textContent;

describe('Simulator screen fixes', () => {
  it("names the preset on show, then says it was edited from it, then that it is the user's own", async () => {
    const { user, store } = setup();
    expect(chosen()).toMatch(/^Preset: Healthy renewal — Renewing on "will expire"/);
    await user.click(screen.getByRole('button', { name: 'Laptop asleep across expiry' }));
    expect(chosen()).toMatch(/^Preset: Laptop asleep across expiry — No timer runs/);
    expect(screen.getByRole('button', { name: 'Laptop asleep across expiry' }).getAttribute('aria-pressed')).toBe('true');
    await user.type(screen.getByRole('spinbutton', { name: 'Clients' }), '0');
    expect(chosen()).toBe('Edited from the preset “Laptop asleep across expiry”');
    expect(screen.getByRole('button', { name: 'Laptop asleep across expiry' }).getAttribute('aria-pressed')).toBe('false');
    await act(() => store.getState().importText(JSON.stringify({ platform: 'zim', tokenTtlSeconds: 60 })));
    expect(chosen()).toBe('Own scenario (no preset)');
  });

  it('shows defaults as values, not placeholders; emptying a field restores its default', async () => {
    const { user, store } = setup();
    const seed = screen.getByRole('spinbutton', { name: 'Seed' }) as HTMLInputElement;
    const skew = screen.getByRole('spinbutton', { name: 'Client clock ahead by (s)' }) as HTMLInputElement;
    expect(store.getState().slots.a.scenario.seed).toBeUndefined();
    expect(seed.value).toBe('1');
    expect(skew.value).toBe('0');
    const placeholders = [...document.querySelectorAll('.sim-form input[placeholder]')].map((el) => el.id);
    expect(placeholders).toEqual([]);

    await user.clear(seed);
    await user.type(seed, '42');
    expect(store.getState().slots.a.scenario.seed).toBe(42);
    await user.clear(seed);
    // While typing, the field stays as typed; on leaving it, the default shows again.
    expect(seed.value).toBe('');
    expect(store.getState().slots.a.scenario.seed).toBeUndefined();
    await user.tab();
    expect(seed.value).toBe('1');
  });

  it('takes the start time as a date, says how it read it, and holds a bad one back', async () => {
    const { user, store } = setup();
    const start = screen.getByRole('textbox', { name: 'Start time' }) as HTMLInputElement;
    const read = () => document.getElementById(start.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent;
    expect(read()).toMatch(/1700000000 epoch s$/);
    await user.clear(start);
    await user.type(start, '2026-12-02T07:30:00Z');
    expect(store.getState().slots.a.scenario.startTime).toBe(Date.UTC(2026, 11, 2, 7, 30) / 1000);
    const epoch = Date.UTC(2026, 11, 2, 7, 30) / 1000;
    // In the machine's own time zone, through the app's one date formatter.
    expect(read()).toBe(`= ${formatDateTime(epoch, 'en')} · ${epoch} epoch s`);

    await user.clear(start);
    await user.type(start, 'next tuesday');
    expect(start.getAttribute('aria-invalid')).toBe('true');
    expect(read()).toMatch(/^not a date/);
    expect((screen.getByRole('button', { name: 'Run simulation' }) as HTMLButtonElement).disabled).toBe(true);

    await user.clear(start);
    await user.type(start, '1800000000');
    expect(store.getState().slots.a.scenario.startTime).toBe(1_800_000_000);
    expect(start.getAttribute('aria-invalid')).toBeNull();
  });

  it('offers the import as a button-styled label around a named, visually hidden file input', () => {
    setup();
    const input = screen.getByLabelText('Import scenario or simulation (JSON)') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.classList.contains('visually-hidden')).toBe(true);
    const label = input.closest('label')!;
    expect(label.className).toContain('button');
    expect(label.textContent).toBe('Import JSON…');
  });

  it("puts the clock readout in the scrubber's own field, after the slider", async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Run simulation' }));
    await act(settle);
    const slider = screen.getByRole('slider', { name: 'Virtual time' });
    const readout = screen.getByRole('status', { name: 'Virtual time now' });
    // Same field (each sits in a box of its own inside it: a layout boundary for playback).
    expect(readout.closest('.field')).not.toBeNull();
    expect(readout.closest('.field')).toBe(slider.closest('.field'));
    expect(slider.compareDocumentPosition(readout) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(readout.getAttribute('for')).toBe('sim-scrub');
  });

  it('gives the platform select a whole row of the form', () => {
    setup();
    expect(screen.getByRole('combobox', { name: 'Platform' }).closest('.field')?.classList.contains('wide')).toBe(true);
  });

  it('speaks Chinese: presets, their lessons, the form, and the events of a run', async () => {
    const { user } = setup('zh-CN');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('续期模拟器');
    await user.click(screen.getByRole('button', { name: '没有实现续期' }));
    expect(chosen()).toMatch(/^预设：没有实现续期 — 没有处理“即将过期”回调/);
    const platform = screen.getByRole('combobox', { name: '平台' }) as HTMLSelectElement;
    expect(platform.selectedOptions[0]?.textContent).toBe('ZIM（即时通讯）');
    expect([...platform.options].map((o) => o.textContent)).toContain('网易云信，动态令牌');
    await user.click(screen.getByRole('button', { name: '运行模拟' }));
    await act(settle);
    const timeline = screen.getByRole('group', { name: '场景 A 的时间线，客户端 0' });
    const names = within(timeline)
      .getAllByRole('button')
      .map((m) => m.getAttribute('aria-label'));
    expect(names).toContain('token_expired，1 小时 00 分 00 秒：令牌过期 —— SDK 断开连接');
    const summary = within(screen.getByRole('region', { name: '场景 A 的汇总' }));
    expect(summary.getByText(/^1（令牌过期：1），1 个客户端$/)).toBeTruthy();
    expect(screen.getByRole('status', { name: '当前虚拟时间' }).textContent).toMatch(/^0 秒 \/ \d 小时 00 分 00 秒$/);
  });
});
