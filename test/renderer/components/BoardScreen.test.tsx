import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../src/shared/ipc/channels/history';
import { BoardScreen } from '../../../src/renderer/src/features/board/BoardScreen';
import { fakeBackend, settle, storesFor } from '../support/fakeBackend';
import { manualClock, renderWith } from '../support/renderApp';

const T0 = 1_800_000_000;

function entry(n: number, expiresAt: number, extra: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    id: n.toString(16).padStart(16, '0'),
    source: 'minted',
    format: 'zego-token04',
    profileId: null,
    profileName: 'Staging RTC',
    env: 'staging',
    userId: `user-${n}`,
    roomId: null,
    issuedAt: T0 - 60,
    expiresAt,
    addedAt: T0 - 60,
    fingerprint: '0123456789abcdef',
    pinned: false,
    ...extra,
  };
}

async function setup(entries: HistoryEntry[], lang = 'en') {
  const backend = fakeBackend({
    'history:list': () => ({ entries }),
    'history:copyPinned': () => ({ clearsAt: T0 + 60 }),
    'clipboard:writeText': () => ({ clearsAt: T0 + 60 }),
  });
  const stores = storesFor(backend, () => T0);
  await stores.board.getState().load();
  const clock = manualClock(T0 * 1000);
  renderWith(stores, <BoardScreen />, clock.clock, lang);
  return { backend, stores, clock };
}

describe('BoardScreen', () => {
  it('names a token with no user by its family, in the page’s language', async () => {
    await setup([entry(3, T0 + 600, { format: 'commsease-dynamic', userId: null, env: 'prod' })], 'zh-CN');
    const row = screen.getByRole('listitem', { name: /^网易云信动态令牌：|^网易云信动态令牌:/ });
    expect(row.querySelector('.board-title')?.textContent).toBe('网易云信动态令牌');
    expect(row.querySelector('.board-meta')?.textContent).toMatch(/^网易云信动态令牌 · /);
  });

  it.each([
    ['empty', [] as HistoryEntry[]],
    ['all pinned', [entry(1, T0 + 600, { pinned: true })]],
    ['text not kept (an earlier session)', [entry(2, T0 + 600)]],
  ])('says why every disabled button is disabled: %s', async (_case, entries) => {
    await setup(entries);
    await act(settle);
    const disabled = screen.getAllByRole('button').filter((b) => (b as HTMLButtonElement).disabled);
    expect(disabled.length).toBeGreaterThan(0);
    for (const button of disabled) expect(button.title, button.textContent ?? '').not.toBe('');
  });

  it('counts down on one shared timer and changes colour at 5 min, 30 s and expiry', async () => {
    const { clock } = await setup([entry(1, T0 + 301)]);
    const row = () => screen.getByRole('listitem', { name: /^user-1:/ });
    expect(row().dataset['phase']).toBe('fresh');
    expect(within(row()).getByText('expires in 5m 1s')).toBeTruthy();

    // Ticks land 1 ms after each whole second, so the displayed second is never early.
    act(() => clock.advance(1001));
    expect(row().dataset['phase']).toBe('soon');
    expect(within(row()).getByText('under 5 minutes left')).toBeTruthy();

    act(() => clock.advance(270 * 1000));
    expect(row().dataset['phase']).toBe('will_expire');
    expect(within(row()).getByText('expires in 30s')).toBeTruthy();

    act(() => clock.advance(30 * 1000));
    expect(row().dataset['phase']).toBe('expired');
    expect(within(row()).getByRole('progressbar', { name: /Lifetime used/ }).getAttribute('aria-valuenow')).toBe('100');
    expect(clock.timers()).toBe(1);
  });

  it('puts the soonest expiry first and expired tokens last', async () => {
    await setup([entry(1, T0 - 100), entry(2, T0 + 50), entry(3, T0 + 5000)]);
    const names = screen.getAllByRole('listitem').map((li) => li.getAttribute('aria-label')?.split(':')[0]);
    expect(names).toEqual(['user-2', 'user-3', 'user-1']);
  });

  it('has main copy a pinned token from the keychain (its text never comes to the page)', async () => {
    const { backend } = await setup([entry(1, T0 + 500, { pinned: true })]);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Copy user-1' }));
    await act(settle);
    expect(backend.callsTo('history:copyPinned')).toEqual([{ id: '0000000000000001' }]);
    expect(backend.callsTo('clipboard:writeText')).toEqual([]);
  });

  it('cannot pin a token from an earlier session and says why it is disabled', async () => {
    await setup([entry(1, T0 + 500)]);
    expect((screen.getByRole('button', { name: 'Pin user-1' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows the absolute expiry and the family on every row', async () => {
    await setup([entry(1, T0 + 500), entry(2, T0 - 90_000_000)]);
    const rows = screen.getAllByRole('listitem');
    for (const row of rows) expect(within(row).getByText(/\d{4}.*UTC|UTC/, { selector: '.board-expiry' })).toBeTruthy();
    expect(rows[1]!.getAttribute('aria-label')).toMatch(/expired 2.9 years ago/);
    expect(within(rows[0]!).getByText(/ZEGO Token04/)).toBeTruthy();
  });

  it('searches and filters the board', async () => {
    await setup([entry(1, T0 + 500), entry(2, T0 + 900), entry(3, T0 - 10)]);
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'user-2');
    expect(screen.getAllByRole('listitem').map((li) => li.getAttribute('aria-label')?.split(':')[0])).toEqual(['user-2']);
    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'expired');
    expect(screen.getAllByRole('listitem').map((li) => li.getAttribute('aria-label')?.split(':')[0])).toEqual(['user-3']);
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'nobody');
    expect(screen.getByText('No token matches the search.')).toBeTruthy();
  });

  it('says on every disabled button why it is disabled, and explains the 30-s window', async () => {
    await setup([entry(1, T0 + 20, { pinned: false })]);
    for (const name of ['Pin user-1', 'Copy user-1']) {
      const button = screen.getByRole('button', { name }) as HTMLButtonElement;
      expect(button.disabled).toBe(true);
      expect(button.title).toMatch(/not kept in history/);
    }
    expect(screen.getAllByTitle(/warn 30 s before expiry/).length).toBeGreaterThan(0);
  });

  it('speaks Chinese', async () => {
    const backend = fakeBackend({ 'history:list': () => ({ entries: [entry(1, T0 + 301)] }) });
    const stores = storesFor(backend, () => T0);
    await stores.board.getState().load();
    renderWith(stores, <BoardScreen />, manualClock(T0 * 1000).clock, 'zh-CN');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('倒计时看板');
    expect(screen.getByRole('listitem').getAttribute('aria-label')).toBe('user-1: 5分钟1秒后过期');
  });
});
