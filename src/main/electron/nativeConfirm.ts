/**
 * The ConfirmPort in the app: a native message box on the main window (the renderer cannot
 * fake it or answer it). Minimal on purpose; the trust-secrets branch brings a shared one.
 */
import { dialog, type BrowserWindow } from 'electron';
import type { ConfirmPort } from '../tokenServer/ports';

export function nativeConfirm(window: () => BrowserWindow | null): ConfirmPort {
  return {
    async confirm({ title, message, detail }) {
      const options = { type: 'warning' as const, title, message, detail, buttons: ['Cancel', 'Serve prod profiles'], defaultId: 0, cancelId: 0, noLink: true };
      const current = window();
      const { response } = current ? await dialog.showMessageBox(current, options) : await dialog.showMessageBox(options);
      return response === 1;
    },
  };
}
