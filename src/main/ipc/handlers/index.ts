/**
 * Every IPC handler, merged from one file per domain.
 *
 * To add a domain: write `<domain>.ts` exporting `create<Domain>Handlers(deps)` and its
 * `<Domain>HandlerDeps`, then add one `extends` below and one spread in `createIpcHandlers`.
 * `IpcHandlers` makes a channel without a handler a compile error.
 */
import type { IpcHandlers } from '../handlerTypes';
import { createClipboardHandlers, type ClipboardHandlerDeps } from './clipboard';
import { createCommsEaseHandlers, type CommsEaseHandlerDeps } from './commsease';
import { createHistoryHandlers, type HistoryHandlerDeps } from './history';
import { createProfilesHandlers, type ProfilesHandlerDeps } from './profiles';
import { createSettingsHandlers, type SettingsHandlerDeps } from './settings';
import { createSimHandlers, type SimHandlerDeps } from './sim';
import { createTokensHandlers, type TokensHandlerDeps } from './tokens';
import { createTokenServerHandlers, type TokenServerHandlerDeps } from './tokenServer';
import { createVaultHandlers, type VaultHandlerDeps } from './vault';

/** Everything the handlers need, built once in src/main/composition.ts. Add `& <Domain>HandlerDeps`. */
export type HandlerDeps = VaultHandlerDeps & ProfilesHandlerDeps & TokensHandlerDeps & ClipboardHandlerDeps & HistoryHandlerDeps & CommsEaseHandlerDeps & SimHandlerDeps & TokenServerHandlerDeps & SettingsHandlerDeps;

export function createIpcHandlers(deps: HandlerDeps): IpcHandlers {
  return {
    ...createVaultHandlers(deps),
    ...createProfilesHandlers(deps),
    ...createTokensHandlers(deps),
    ...createClipboardHandlers(deps),
    ...createSimHandlers(deps),
    ...createCommsEaseHandlers(deps),
    ...createHistoryHandlers(deps),
    ...createTokenServerHandlers(deps),
    ...createSettingsHandlers(deps),
  };
}
