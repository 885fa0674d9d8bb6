/**
 * No notice outlives what it promises: the board's "you will be notified before it expires"
 * after the token has expired, and the status line's "the clipboard clears at …" after that
 * time (main's clearing may not even report back, if the user copied something else).
 */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../src/shared/ipc/channels/history';
import { BoardScreen } from '../../../src/renderer/src/features/board/BoardScreen';
import { ClipboardNoticeText } from '../../../src/renderer/src/features/clipboard/ClipboardNoticeText';
import { fakeBackend, storesFor } from '../support/fakeBackend';
import { manualClock, renderWith } from '../support/renderApp';

const T0 = 1_800_000_000;

function entry(expiresAt: number, extra: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    id: '00000000000000a1',
    source: 'pasted',
    format: 'zego-token04',
    profileId: null,
    profileName: null,
    env: null,
    userId: 'alice',
    roomId: null,
    issuedAt: T0 - 60,
    expiresAt,
    addedAt: T0 - 60,
    fingerprint: '0123456789abcdef',
    pinned: false,
    ...extra,
  };
}

describe('stale notices', () => {
  it('the board stops promising a notification once the pinned token has expired', async () => {
    const backend = fakeBackend({
      'history:add': () => ({ entries: [entry(T0 + 5)] }),
      'history:pin': ({ id }) => ({ entry: entry(T0 + 5, { id, pinned: true }) }),
    });
    const stores = storesFor(backend, () => T0);
    await stores.board.getState().add([{ token: '04TOKEN', source: 'pasted' }]);
    const clock = manualClock(T0 * 1000);
    renderWith(stores, <BoardScreen />, clock.clock);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Pin alice' }));
    const note = () => screen.getAllByRole('status').find((el) => el.textContent?.startsWith('Pinned'))?.textContent;
    expect(note()).toBe('Pinned alice: its text is in the keychain; you will be notified before it expires.');
    act(() => clock.advance(6000));
    expect(note()).toBe('Pinned alice: its text is in the keychain.');
  });

  it('the status line says when the clipboard clears, and stops saying it once that time has passed', async () => {
    const backend = fakeBackend({ 'clipboard:writeText': () => ({ clearsAt: T0 + 60 }) });
    const stores = storesFor(backend, () => T0);
    const clock = manualClock(T0 * 1000);
    const view = renderWith(stores, <ClipboardNoticeText />, clock.clock);
    await act(() => stores.clipboard.getState().copy('04TOKEN', 'token'));
    const clearsAt = new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(new Date((T0 + 60) * 1000));
    expect(view.container.textContent).toBe(`Copied the token; the clipboard clears at ${clearsAt}.`);
    act(() => clock.advance(30_000));
    expect(view.container.textContent).toBe(`Copied the token; the clipboard clears at ${clearsAt}.`);
    act(() => clock.advance(31_000));
    expect(view.container.textContent).toBe('The copied token is no longer in the clipboard.');
    expect(stores.clipboard.getState().notice?.kind).toBe('lapsed');
    // Nothing is left counting: the lapsed notice does not follow the clock.
    expect(clock.timers()).toBe(0);
  });

  it('the status line speaks the page language', async () => {
    const backend = fakeBackend({ 'clipboard:writeText': () => ({ clearsAt: null }) });
    const stores = storesFor(backend, () => T0);
    const view = renderWith(stores, <ClipboardNoticeText />, manualClock(T0 * 1000).clock, 'zh-CN');
    await act(() => stores.clipboard.getState().copy('04TOKEN', 'token'));
    expect(view.container.textContent).toBe('已复制令牌。');
  });
});
