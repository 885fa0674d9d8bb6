import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Shell } from '../../../src/renderer/src/app/Shell';
import { readPreferences, type PreferenceStorage } from '../../../src/renderer/src/lib/i18n/preferences';
import { LocaleProvider } from '../../../src/renderer/src/lib/i18n/LocaleProvider';
import { StoresProvider } from '../../../src/renderer/src/app/stores';
import { ClockProvider } from '../../../src/renderer/src/lib/clock/ClockContext';
import { render } from '@testing-library/react';
import { fakeBackend, settle, storesFor, ZEGO_PROFILE } from '../support/fakeBackend';

function memoryStorage(): PreferenceStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

async function renderShell(systemLanguages: string[], storage: PreferenceStorage) {
  const backend = fakeBackend({
    'vault:status': () => ({ keychain: { state: 'available', message: '', remedy: null }, dataDir: '/d', corruptBackup: null }),
    'profiles:list': () => ({ profiles: [ZEGO_PROFILE] }),
    'history:list': () => ({ entries: [] }),
  });
  const stores = storesFor(backend);
  const view = render(
    <LocaleProvider storage={storage} systemLanguages={systemLanguages}>
      <ClockProvider>
        <StoresProvider stores={stores}>
          <Shell />
        </StoresProvider>
      </ClockProvider>
    </LocaleProvider>,
  );
  await act(settle);
  return view;
}

afterEach(() => document.documentElement.removeAttribute('data-theme'));

describe('language and theme', () => {
  it('follows the OS language (zh-CN) and switches to English in the app, remembering the choice', async () => {
    const storage = memoryStorage();
    const view = await renderShell(['zh-CN'], storage);
    expect(screen.getByRole('button', { name: /令牌检查/ })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
    await userEvent.setup().selectOptions(screen.getByRole('combobox', { name: '语言' }), 'en');
    expect(screen.getByRole('button', { name: /Inspector/ })).toBeTruthy();
    expect(readPreferences(storage).language).toBe('en');
    view.unmount();
    // Next launch, same OS language: the choice holds.
    await renderShell(['zh-CN'], storage);
    expect(screen.getByRole('button', { name: /Inspector/ })).toBeTruthy();
  });

  it('System / Light / Dark set the page theme, overriding the OS', async () => {
    const storage = memoryStorage();
    await renderShell(['en-US'], storage);
    const user = userEvent.setup();
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'dark');
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'system');
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
    expect(readPreferences(storage).theme).toBe('system');
  });
});
