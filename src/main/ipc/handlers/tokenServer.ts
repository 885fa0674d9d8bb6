/**
 * Handlers of `tokenServer:*`: thin calls into the token server service (src/main/tokenServer).
 */
import type { tokenServerChannels } from '../../../shared/ipc/channels/tokenServer';
import type { TokenServerService } from '../../tokenServer/tokenServerService';
import type { HandlersFor } from '../handlerTypes';

export interface TokenServerHandlerDeps {
  tokenServer: TokenServerService;
}

export function createTokenServerHandlers(deps: TokenServerHandlerDeps): HandlersFor<typeof tokenServerChannels> {
  const { tokenServer } = deps;
  return {
    'tokenServer:start': (settings) => tokenServer.start(settings),
    'tokenServer:stop': () => tokenServer.stop(),
    'tokenServer:status': () => tokenServer.status(),
    'tokenServer:rotateKey': () => tokenServer.rotateKey(),
    'tokenServer:setFaults': (faults) => tokenServer.setFaults(faults),
    'tokenServer:log': ({ after }) => ({ entries: tokenServer.log(after) }),
  };
}
