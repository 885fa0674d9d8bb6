/**
 * OS notifications for pinned tokens: the Electron half of the expiry notifier.
 *
 * The scheduling (when, how often, which tokens) is the pure `createExpiryNotifier`; this file
 * only supplies the real clock and shows an Electron `Notification`. Clicking one brings the
 * window forward on the countdown board.
 */
import { Notification } from 'electron';
import type { Language } from '../../shared/i18n';
import { createExpiryNotifier, type ExpiryNotifier } from '../services/expiryNotifier';

export interface DesktopNotifierOptions {
  /** Called when the user clicks a notification (show the window and the board). */
  onClick?: () => void;
  log?: (line: string) => void;
  /** The app's current language, for the notices' words (default English). */
  language?: () => Language;
}

export function createDesktopExpiryNotifier(options: DesktopNotifierOptions = {}): ExpiryNotifier {
  return createExpiryNotifier(
    {
      now: () => Date.now(),
      setTimeout: (callback, ms) => {
        const handle = setTimeout(callback, ms);
        handle.unref?.();
        return handle;
      },
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    },
    (notice) => {
      if (!Notification.isSupported()) {
        options.log?.(`notification ${notice.kind} not shown: notifications unsupported here`);
        return;
      }
      const notification = new Notification({ title: notice.title, body: notice.body, urgency: notice.kind === 'expired' ? 'critical' : 'normal' });
      if (options.onClick) notification.on('click', options.onClick);
      notification.show();
      options.log?.(`notification ${notice.kind} shown`);
    },
    options.language,
  );
}
