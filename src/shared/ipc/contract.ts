/**
 * The IPC contract: every channel between the renderer and main, in one typed map.
 *
 * Main registers exactly these channels (src/main/electron/registerIpc.ts), validates every
 * request and reply against their schemas (src/main/ipc/dispatch.ts), and the preload exposes
 * exactly these calls (src/shared/ipc/buildApi.ts) — nothing generic.
 *
 * To add a domain: write `channels/<domain>.ts` exporting a record of `defineChannel(...)`,
 * spread it below (one line), then add `src/main/ipc/handlers/<domain>.ts` and spread it in
 * `src/main/ipc/handlers/index.ts`. The canary and fuzz tests pick the new channels up by
 * themselves (see test/main/ipc/README.md for the fixtures they need).
 */
import type { ChannelSpec } from './channel';
import { clipboardChannels } from './channels/clipboard';
import { commseaseChannels } from './channels/commsease';
import { historyChannels } from './channels/history';
import { profilesChannels } from './channels/profiles';
import { settingsChannels } from './channels/settings';
import { simChannels } from './channels/sim';
import { tokensChannels } from './channels/tokens';
import { tokenServerChannels } from './channels/tokenServer';
import { vaultChannels } from './channels/vault';

export const IPC_CONTRACT = {
  ...vaultChannels,
  ...profilesChannels,
  ...tokensChannels,
  ...clipboardChannels,
  ...simChannels,
  ...commseaseChannels,
  ...historyChannels,
  ...tokenServerChannels,
  ...settingsChannels,
} as const;

export type IpcContract = typeof IPC_CONTRACT;
export type IpcChannel = keyof IpcContract & string;

/** Every channel name, for registration and for tests that must cover them all. */
export const IPC_CHANNELS = Object.keys(IPC_CONTRACT) as IpcChannel[];

export function isIpcChannel(name: unknown): name is IpcChannel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(IPC_CONTRACT, name);
}

// Every entry must be a ChannelSpec (a typo in a domain file fails here, not at runtime).
const everyEntryIsAChannel: Record<string, ChannelSpec> = IPC_CONTRACT;
void everyEntryIsAChannel;
