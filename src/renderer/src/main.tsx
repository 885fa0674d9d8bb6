/**
 * Renderer entry: builds the stores over `window.tokenlab` (the preload bridge) and mounts
 * the shell. Opened outside TokenLab's window — no bridge — it says so instead of failing.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Shell } from './app/Shell';
import { createAppStores, StoresProvider } from './app/stores';
import { ClockProvider } from './lib/clock/ClockContext';
import { LocaleProvider, useLocale } from './lib/i18n/LocaleProvider';
import './styles/app.css';

function NoBridge() {
  const { t } = useLocale();
  return (
    <main className="no-bridge">
      <h1>{t('app.name')}</h1>
      <p>{t('app.noBridge')}</p>
    </main>
  );
}

const root = createRoot(document.getElementById('root')!);

if (typeof window.tokenlab !== 'object' || window.tokenlab === null) {
  root.render(
    <LocaleProvider>
      <NoBridge />
    </LocaleProvider>,
  );
} else {
  const stores = createAppStores({ api: window.tokenlab, now: () => Math.floor(Date.now() / 1000) });
  root.render(
    <StrictMode>
      <LocaleProvider>
        <ClockProvider>
          <StoresProvider stores={stores}>
            <Shell />
          </StoresProvider>
        </ClockProvider>
      </LocaleProvider>
    </StrictMode>,
  );
}
