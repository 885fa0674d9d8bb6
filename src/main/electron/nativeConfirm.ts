/**
 * The app's ConfirmPort: a native, modal message box on TokenLab's window, drawn by main.
 *
 * The page cannot draw, answer or dismiss it (it is not web content), so a compromised renderer
 * cannot approve a destination for itself. "Cancel" is the default and the Escape answer: only
 * a deliberate click on the named action says yes. Without a window (closing, not yet open) it
 * refuses.
 */
import type { BrowserWindow, MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import type { ConfirmPort } from '../security/confirmPort';

export type ShowMessageBox = (window: BrowserWindow, options: MessageBoxOptions) => Promise<MessageBoxReturnValue>;

export const CONFIRM_BUTTONS = ['Cancel', 'Send'] as const;

export function createNativeConfirm(showMessageBox: ShowMessageBox, currentWindow: () => BrowserWindow | null): ConfirmPort {
  return {
    async confirm(question) {
      const window = currentWindow();
      if (window === null || window.isDestroyed()) return false;
      const { response } = await showMessageBox(window, {
        type: 'warning',
        title: question.title,
        message: question.message,
        detail: question.detail,
        buttons: [question.cancelLabel ?? CONFIRM_BUTTONS[0], question.confirmLabel ?? CONFIRM_BUTTONS[1]],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      });
      return response === 1;
    },
  };
}
