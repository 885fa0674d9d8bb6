/**
 * The app shell: a sidebar of screens (Ctrl+1…7), the current screen, and a status line.
 * Switching screens moves focus to the new screen's heading so keyboard and screen-reader
 * users land where the content is.
 */
import { Suspense, useEffect, useRef } from 'react';
import { useAppStores, useNav, useProfiles } from './stores';
import { ClipboardNoticeText } from '../features/clipboard/ClipboardNoticeText';
import { SCREENS, type Screen } from './navStore';
import { handleShortcut, runAppCommand } from './commands';
import { CommsEaseScreen, SimulatorScreen, TokenServerScreen } from './lazyScreens';
import { InspectorScreen } from '../features/inspector/InspectorScreen';
import { GeneratorScreen } from '../features/generator/GeneratorScreen';
import { BoardScreen } from '../features/board/BoardScreen';
import { ProfilesScreen } from '../features/profiles/ProfilesScreen';
import { KeychainBanner } from '../features/profiles/components/KeychainBanner';
import { useLocale } from '../lib/i18n/LocaleProvider';
import { PreferencesMenu } from '../lib/i18n/PreferencesMenu';

function CurrentScreen({ screen }: { screen: Screen }) {
  switch (screen) {
    case 'inspector':
      return <InspectorScreen />;
    case 'generator':
      return <GeneratorScreen />;
    case 'board':
      return <BoardScreen />;
    case 'profiles':
      return <ProfilesScreen />;
    case 'simulator':
      return <SimulatorScreen />;
    case 'commsease':
      return <CommsEaseScreen />;
    case 'tokenServer':
      return <TokenServerScreen />;
  }
}

export function Shell() {
  const stores = useAppStores();
  const { t, language } = useLocale();
  const screen = useNav((s) => s.screen);
  const go = useNav((s) => s.go);
  const status = useProfiles((s) => s.status);
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    // The app's only fetch of the profile list: every screen selects from this store.
    void stores.profiles.getState().load();
    void stores.board.getState().load();
    const onKey = (event: KeyboardEvent) => {
      handleShortcut(stores, event);
    };
    window.addEventListener('keydown', onKey);
    // Profiles may have changed outside the window (the CLI shares them): refresh on return.
    const onFocus = () => void stores.profiles.getState().load();
    window.addEventListener('focus', onFocus);
    const disconnect = stores.connectMainEvents((command) => runAppCommand(stores, command));
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('focus', onFocus);
      disconnect();
    };
  }, [stores]);

  // Main words its menu, dialogs and messages in the page's language: at start and on every switch.
  useEffect(() => {
    void stores.tellMainLanguage(language);
  }, [stores, language]);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = mainRef.current?.querySelector('h1');
    if (heading && !mainRef.current?.contains(document.activeElement)) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
  }, [screen]);

  return (
    <div className="shell">
      <nav className="sidebar" aria-label={t('app.screensNav')}>
        <div className="brand" aria-hidden="true">
          <span className="brand-mark" />
          {t('app.name')}
        </div>
        <ul>
          {SCREENS.map((s, i) => (
            <li key={s}>
              <button
                type="button"
                className="nav-item"
                aria-current={screen === s ? 'page' : undefined}
                aria-keyshortcuts={`Control+${i + 1}`}
                onClick={() => go(s)}
              >
                <span>{t(`screen.${s}`)}</span>
                <kbd aria-hidden="true">{t('app.shortcut', { n: i + 1 })}</kbd>
              </button>
            </li>
          ))}
        </ul>
        <PreferencesMenu />
      </nav>
      <main className="content" ref={mainRef}>
        {screen !== 'profiles' && <KeychainBanner status={status} />}
        <Suspense fallback={<p className="empty">{t('app.loading')}</p>}>
          <CurrentScreen screen={screen} />
        </Suspense>
      </main>
      <footer className="status-line" role="status" aria-live="polite">
        <ClipboardNoticeText />
      </footer>
    </div>
  );
}
