/**
 * Handlers of `history:*`: thin calls into the history store, which derives every field from
 * the token itself and keeps pinned token text in the keychain.
 */
import type { historyChannels } from '../../../shared/ipc/channels/history';
import type { HistoryStore } from '../../history/historyStore';
import type { HandlersFor } from '../handlerTypes';

export interface HistoryHandlerDeps {
  history: HistoryStore;
}

export function createHistoryHandlers(deps: HistoryHandlerDeps): HandlersFor<typeof historyChannels> {
  const { history } = deps;
  return {
    'history:list': async () => ({ entries: await history.list() }),
    'history:add': async ({ items }) => ({ entries: await history.add(items) }),
    'history:pin': async ({ id, token }) => ({ entry: await history.pin(id, token) }),
    'history:unpin': async ({ id }) => ({ entry: await history.unpin(id) }),
    'history:pinnedToken': async ({ id }) => ({ token: await history.pinnedToken(id) }),
    'history:remove': async ({ id }) => {
      await history.remove(id);
      return { removedId: id };
    },
    'history:clear': () => history.clear(),
  };
}
