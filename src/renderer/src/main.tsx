/**
 * Renderer entry: builds the stores over `window.tokenlab` (the preload bridge) and mounts
 * the shell. Opened outside TokenLab's window — no bridge — it says so instead of failing.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Shell } from './app/Shell';
import { createAppStores, StoresProvider } from './app/stores';
import { ClockProvider } from './lib/clock/ClockContext';
import './styles/app.css';

const root = createRoot(document.getElementById('root')!);

if (typeof window.tokenlab !== 'object' || window.tokenlab === null) {
  root.render(
    <main className="no-bridge">
      <h1>TokenLab</h1>
      <p>This page runs inside the TokenLab desktop app; the bridge to its main process is missing.</p>
    </main>,
  );
} else {
  const stores = createAppStores({ api: window.tokenlab, now: () => Math.floor(Date.now() / 1000) });
  root.render(
    <StrictMode>
      <ClockProvider>
        <StoresProvider stores={stores}>
          <Shell />
        </StoresProvider>
      </ClockProvider>
    </StrictMode>,
  );
}
