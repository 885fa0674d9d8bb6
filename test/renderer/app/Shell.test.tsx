import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Shell } from '../../../src/renderer/src/app/Shell';
import { fakeBackend, settle, storesFor, ZEGO_PROFILE, type FakeBackend } from '../support/fakeBackend';
import { manualClock, renderWith } from '../support/renderApp';

let backend: FakeBackend;

beforeEach(() => {
  backend = fakeBackend({
    'vault:status': () => ({ keychain: { state: 'locked', message: 'The login keyring is locked.', remedy: null }, dataDir: '/d', corruptBackup: null }),
    'profiles:list': () => ({ profiles: [ZEGO_PROFILE] }),
    'history:list': () => ({ entries: [] }),
  });
});

async function renderShell() {
  const stores = storesFor(backend);
  renderWith(stores, <Shell />);
  await act(settle);
  return { stores, user: userEvent.setup() };
}

/** Every control a keyboard can reach has an accessible name. */
function unnamedControls(): string[] {
  const controls = [
    ...screen.queryAllByRole('button'),
    ...screen.queryAllByRole('textbox'),
    ...screen.queryAllByRole('combobox'),
    ...screen.queryAllByRole('checkbox'),
    ...screen.queryAllByRole('radio'),
  ];
  return controls
    .filter((el) => {
      const label =
        el.getAttribute('aria-label') ??
        (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
        el.closest('label')?.textContent ??
        el.textContent;
      return !label || label.trim() === '';
    })
    .map((el) => el.outerHTML.slice(0, 80));
}

describe('Shell', () => {
  it('switches screens with Ctrl+1…6 and marks the current one', async () => {
    const { user } = await renderShell();
    expect(screen.getByRole('heading', { level: 1, name: 'Inspector' })).toBeTruthy();
    await user.keyboard('{Control>}2{/Control}');
    expect(screen.getByRole('heading', { level: 1, name: 'Generator' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Generator/ }).getAttribute('aria-current')).toBe('page');
    await user.keyboard('{Control>}6{/Control}');
    expect(screen.getByRole('heading', { level: 1, name: 'Profiles' })).toBeTruthy();
    // Focus moves to the new screen's heading for keyboard and screen-reader users.
    expect(document.activeElement?.textContent).toBe('Profiles');
  });

  it('follows menu commands sent by main', async () => {
    await renderShell();
    act(() => backend.emit('app:command', { command: 'open-board' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Countdown board' })).toBeTruthy();
    act(() => backend.emit('app:command', { command: 'paste-and-inspect' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Token or text' }));
  });

  it('tells the user when the keychain is locked, on every screen', async () => {
    await renderShell();
    expect(screen.getByRole('alert').textContent).toContain('The keychain is locked');
  });

  it('gives every control on every screen an accessible name', async () => {
    const { user } = await renderShell();
    for (const key of ['1', '2', '3', '6']) {
      await user.keyboard(`{Control>}${key}{/Control}`);
      expect(unnamedControls()).toEqual([]);
    }
  });

  it('says when the clipboard was cleared', async () => {
    await renderShell();
    act(() => backend.emit('clipboard:cleared', { at: 1 }));
    expect(screen.getByRole('status', { name: '' }).textContent).toBe('Clipboard cleared.');
  });

  it('says what the clipboard did in the page’s language', async () => {
    backend.handle('clipboard:writeText', () => ({ clearsAt: 1_707_747_761 + 60 }));
    const stores = storesFor(backend);
    const clock = manualClock(1_707_747_761_000);
    renderWith(stores, <Shell />, clock.clock, 'zh-CN');
    await act(settle);
    await act(() => stores.clipboard.getState().copy('04AAAA', 'token'));
    expect(screen.getByRole('status', { name: '' }).textContent).toBe('已复制令牌；剪贴板将在 60 秒后清空。');
    act(() => backend.emit('clipboard:cleared', { at: 1 }));
    expect(screen.getByRole('status', { name: '' }).textContent).toBe('剪贴板已清空。');
  });

  it('counts the clipboard clear down, and drops the promise once it has passed without a clear', async () => {
    backend.handle('clipboard:writeText', () => ({ clearsAt: 1_707_747_761 + 60 }));
    const stores = storesFor(backend);
    const clock = manualClock(1_707_747_761_000);
    renderWith(stores, <Shell />, clock.clock);
    await act(settle);
    await act(() => stores.clipboard.getState().copy('04AAAA', 'token'));
    const status = () => screen.getByRole('status', { name: '' }).textContent;
    expect(status()).toBe('Copied the token; the clipboard clears in 60 s.');
    // Ticks land 1 ms after each whole second.
    act(() => clock.advance(45_001));
    expect(status()).toBe('Copied the token; the clipboard clears in 15 s.');
    // The user copied something else, so main left the clipboard alone and reported no clear.
    act(() => clock.advance(20_000));
    expect(status()).toBe('Copied the token.');
  });
});
