/**
 * The page tells main the language it shows (settings:setLanguage), so main's menu, native
 * dialogs and messages match: once at start, and again on every switch in the app.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Shell } from '../../../src/renderer/src/app/Shell';
import { StoresProvider } from '../../../src/renderer/src/app/stores';
import { ClockProvider } from '../../../src/renderer/src/lib/clock/ClockContext';
import { LocaleProvider } from '../../../src/renderer/src/lib/i18n/LocaleProvider';
import { fakeBackend, settle, storesFor, ZEGO_PROFILE } from '../support/fakeBackend';

async function renderShell(systemLanguages: string[], remembered: string | null = null) {
  const backend = fakeBackend({
    'vault:status': () => ({ keychain: { state: 'available', message: '', remedy: null }, dataDir: '/d', corruptBackup: null }),
    'profiles:list': () => ({ profiles: [ZEGO_PROFILE] }),
    'history:list': () => ({ entries: [] }),
    'settings:setLanguage': ({ language }) => ({ language }),
  });
  const data = new Map<string, string>(remembered ? [['tokenlab.language', remembered]] : []);
  const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
  render(
    <LocaleProvider storage={storage} systemLanguages={systemLanguages}>
      <ClockProvider>
        <StoresProvider stores={storesFor(backend)}>
          <Shell />
        </StoresProvider>
      </ClockProvider>
    </LocaleProvider>,
  );
  await act(settle);
  return backend;
}

describe("main's language", () => {
  it('is the OS language at start when nothing is picked, then each language picked in the app', async () => {
    const backend = await renderShell(['zh-CN']);
    expect(backend.callsTo('settings:setLanguage')).toEqual([{ language: 'zh-CN' }]);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: '语言' }), 'en');
    await act(settle);
    expect(backend.callsTo('settings:setLanguage')).toEqual([{ language: 'zh-CN' }, { language: 'en' }]);
    // "System" sends the language it resolves to, never the word "system".
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'system');
    await act(settle);
    expect(backend.callsTo('settings:setLanguage')).toEqual([{ language: 'zh-CN' }, { language: 'en' }, { language: 'zh-CN' }]);
  });

  it('is the remembered pick at start, even when the OS speaks another language', async () => {
    const backend = await renderShell(['en-US'], 'zh-CN');
    expect(backend.callsTo('settings:setLanguage')).toEqual([{ language: 'zh-CN' }]);
  });
});
