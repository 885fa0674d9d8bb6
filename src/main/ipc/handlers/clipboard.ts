/**
 * Handlers of `clipboard:*`: copy with auto-clear (default 60 s).
 */
import { DEFAULT_CLIPBOARD_CLEAR_SECONDS, type clipboardChannels } from '../../../shared/ipc/channels/clipboard';
import type { ClipboardAutoClear } from '../../services/clipboardAutoClear';
import type { HandlersFor } from '../handlerTypes';

export interface ClipboardHandlerDeps {
  clipboard: ClipboardAutoClear;
}

export function createClipboardHandlers(deps: ClipboardHandlerDeps): HandlersFor<typeof clipboardChannels> {
  return {
    'clipboard:writeText': ({ text, clearAfterSeconds }) =>
      deps.clipboard.write(text, clearAfterSeconds ?? DEFAULT_CLIPBOARD_CLEAR_SECONDS),
  };
}
