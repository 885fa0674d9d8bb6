/**
 * The app's ConfirmPort: a native, modal message box on TokenLab's window, drawn by main.
 *
 * The page cannot draw, answer or dismiss it (it is not web content), so a compromised renderer
 * cannot approve a destination for itself. "Cancel" is the default and the Escape answer: only
 * a deliberate click on the named action says yes. Without a window (closing, not yet open) it
 * refuses.
 */
import type { BrowserWindow, MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import type { Language } from '../../shared/i18n';
import { mainT } from '../i18n/mainText';
import type { ConfirmPort } from '../security/confirmPort';

export type ShowMessageBox = (window: BrowserWindow, options: MessageBoxOptions) => Promise<MessageBoxReturnValue>;

/**
 * `language`: the app's current one, for the buttons of a question that names none of its own
 * (default English). The question itself comes worded by whoever asks.
 */
export function createNativeConfirm(showMessageBox: ShowMessageBox, currentWindow: () => BrowserWindow | null, language: () => Language = () => 'en'): ConfirmPort {
  return {
    async confirm(question) {
      const window = currentWindow();
      if (window === null || window.isDestroyed()) return false;
      const t = mainT(language());
      const { response } = await showMessageBox(window, {
        type: 'warning',
        title: question.title,
        message: question.message,
        detail: question.detail,
        buttons: [question.cancelLabel ?? t('confirm.cancel'), question.confirmLabel ?? t('confirm.send')],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      });
      return response === 1;
    },
  };
}
