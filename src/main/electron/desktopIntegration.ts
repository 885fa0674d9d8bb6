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

export async function prepareDesktopIntegration(options: { dataDir: string; isDev: boolean; log: (line: string) => void }): Promise<DesktopIntegration> {
  const { dataDir, isDev, log } = options;
  let current: BrowserWindow | null = null;
  const notifier = createDesktopExpiryNotifier({
    log,
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
    onPinnedChange: (pinned) => notifier.watch(pinnedWatchList(pinned)),
    attach(window, services) {
      current = window;
      rememberWindowState(window, dataDir, bounds, log);
      installAppMenu(window, {
        platform: process.platform,
        isDev,
        showDataFolder: () => void shell.openPath(dataDir),
        showAbout: () => app.showAboutPanel(),
      });
      services.history
        .list()
        .then((entries) => notifier.watch(pinnedWatchList(entries)))
        .catch(() => log('history: could not be read for notifications'));
    },
  };
}
