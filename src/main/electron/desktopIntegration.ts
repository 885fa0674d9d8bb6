/**
 * What makes TokenLab feel like a desktop app beyond its window: the application menu, the
 * window's remembered size and position, and OS notifications for pinned tokens.
 *
 * Started in two steps because of ordering in startApp: `prepare` before the services exist
 * (the notifier must be there to receive the pinned entries, the saved bounds to create the
 * window), `attach` once the window exists.
 */
import { app, shell, type BrowserWindow } from 'electron';
import type { AppServices } from '../composition';
import type { AppLanguage } from '../i18n/appLanguage';
import { pinnedWatchList } from '../history/pinnedWatchList';
import type { HistoryEntry } from '../../shared/ipc/channels/history';
import type { WindowState } from '../services/windowState';
import { sendAppEvent } from './appEvents';
import { createDesktopExpiryNotifier } from './expiryNotifications';
import { installAppMenu } from './menu';
import { rememberWindowState, restoreWindowState } from './windowStatePersistence';

export interface DesktopIntegration {
  /** Saved bounds fitted to today's displays, for `createMainWindow`. */
  bounds: WindowState;
  /** Pass to `createAppServices` so pinning and unpinning reschedule notifications. */
  onPinnedChange(pinned: readonly HistoryEntry[]): void;
  /** Menu, window-state tracking and the notifications for tokens pinned in earlier runs. */
  attach(window: BrowserWindow, services: AppServices): void;
}

export interface DesktopIntegrationOptions {
  dataDir: string;
  isDev: boolean;
  log: (line: string) => void;
  /** The app's language: the menu and the notifications speak it, and follow its changes. */
  language: AppLanguage;
}

export async function prepareDesktopIntegration(options: DesktopIntegrationOptions): Promise<DesktopIntegration> {
  const { dataDir, isDev, log, language } = options;
  let current: BrowserWindow | null = null;
  const notifier = createDesktopExpiryNotifier({
    log,
    language: language.current,
    onClick: () => {
      if (!current || current.isDestroyed()) return;
      current.show();
      current.focus();
      sendAppEvent(current.webContents, 'app:command', { command: 'open-board' });
    },
  });
  app.on('before-quit', () => notifier.dispose());
  const bounds = await restoreWindowState(dataDir);
  return {
    bounds,
    onPinnedChange: (pinned) => notifier.watch(pinnedWatchList(pinned, language.current())),
    attach(window, services) {
      current = window;
      rememberWindowState(window, dataDir, bounds, log);
      const installMenu = (): void =>
        installAppMenu(window, {
          platform: process.platform,
          isDev,
          language: language.current(),
          showDataFolder: () => void shell.openPath(dataDir),
          showAbout: () => app.showAboutPanel(),
        });
      // The notices already shown stay shown; the labels of those to come are worded again.
      const watchPinned = (): void =>
        void services.history
          .list()
          .then((entries) => notifier.watch(pinnedWatchList(entries, language.current())))
          .catch(() => log('history: could not be read for notifications'));
      installMenu();
      watchPinned();
      const off = language.onChange(() => {
        if (window.isDestroyed()) return;
        installMenu();
        watchPinned();
      });
      window.on('closed', off);
    },
  };
}
