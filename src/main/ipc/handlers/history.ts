/**
 * Handlers of `history:*`: thin calls into the history store, which derives every field from
 * the token itself and keeps pinned token text in the keychain. A pinned token's text is read
 * back only to be copied, here in main, through the clipboard auto-clear: it never goes back
 * to the renderer.
 */
import type { historyChannels } from '../../../shared/ipc/channels/history';
import type { HistoryStore } from '../../history/historyStore';
import { DEFAULT_CLIPBOARD_CLEAR_SECONDS } from '../../../shared/ipc/channels/clipboard';
import type { ClipboardAutoClear } from '../../services/clipboardAutoClear';
import type { HandlersFor } from '../handlerTypes';

export interface HistoryHandlerDeps {
  history: HistoryStore;
  clipboard: ClipboardAutoClear;
}

export function createHistoryHandlers(deps: HistoryHandlerDeps): HandlersFor<typeof historyChannels> {
  const { history } = deps;
  return {
    'history:list': async () => ({ entries: await history.list() }),
    'history:add': async ({ items }) => ({ entries: await history.add(items) }),
    'history:pin': async ({ id, token }) => ({ entry: await history.pin(id, token) }),
    'history:unpin': async ({ id }) => ({ entry: await history.unpin(id) }),
    'history:copyPinned': async ({ id, clearAfterSeconds }) =>
      deps.clipboard.write(await history.pinnedToken(id), clearAfterSeconds ?? DEFAULT_CLIPBOARD_CLEAR_SECONDS),
    'history:remove': async ({ id }) => {
      await history.remove(id);
      return { removedId: id };
    },
    'history:clear': () => history.clear(),
  };
}
