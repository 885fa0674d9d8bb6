/**
 * The names the preload needs, and nothing else: every channel and every event, as keys.
 *
 * The preload only forwards calls and subscriptions by name; the schemas stay in main, which
 * validates every request and reply (src/main/ipc/dispatch.ts). Importing the contract itself
 * would bundle zod and every schema into the preload (212 kB); these lists keep it small.
 * They cannot drift from the contract: both are typed `Record<name, true>` against it, so a
 * missing or extra name fails the type-check (and test/shared/ipc/manifest.test.ts checks
 * the same at run time). Only types are imported here — no zod reaches the bundle.
 */
import type { IpcChannel } from './contract';
import type { AppEventName } from './events';

/** One key per channel in src/shared/ipc/contract.ts (same order: domain by domain). */
export const IPC_CHANNEL_MANIFEST: Readonly<Record<IpcChannel, true>> = {
  'vault:status': true,
  'vault:findOrphans': true,
  'vault:removeOrphans': true,

  'profiles:list': true,
  'profiles:add': true,
  'profiles:rename': true,
  'profiles:retag': true,
  'profiles:replaceSecret': true,
  'profiles:delete': true,
  'profiles:export': true,
  'profiles:import': true,

  'tokens:inspect': true,
  'tokens:inspectMany': true,
  'tokens:generate': true,
  'tokens:generateZego': true,
  'tokens:generateCommsEase': true,

  'clipboard:writeText': true,

  'sim:run': true,

  'commsease:staticList': true,
  'commsease:staticSet': true,
  'commsease:staticCheck': true,
  'commsease:staticRemove': true,
  'commsease:staticCreate': true,
  'commsease:staticUpdate': true,
  'commsease:staticRefresh': true,
  'commsease:callbackSend': true,
  'commsease:callbackVerify': true,
  'commsease:casesList': true,
  'commsease:caseSave': true,
  'commsease:caseDelete': true,
  'commsease:casesRun': true,

  'history:list': true,
  'history:add': true,
  'history:pin': true,
  'history:unpin': true,
  'history:copyPinned': true,
  'history:remove': true,
  'history:clear': true,
  'tokenServer:start': true,
  'tokenServer:stop': true,
  'tokenServer:status': true,
  'tokenServer:rotateKey': true,
  'tokenServer:setFaults': true,
  'tokenServer:log': true,

  'settings:setLanguage': true,
};

/** One key per event in APP_EVENTS (src/shared/ipc/events.ts). */
export const APP_EVENT_MANIFEST: Readonly<Record<AppEventName, true>> = {
  'app:command': true,
  'clipboard:cleared': true,
  'tokenServer:logged': true,
};

export const MANIFEST_CHANNELS = Object.keys(IPC_CHANNEL_MANIFEST) as IpcChannel[];
export const MANIFEST_EVENTS = Object.keys(APP_EVENT_MANIFEST) as AppEventName[];

/** An own key of the event list (never an inherited one such as `toString`). */
export function isManifestEvent(name: unknown): name is AppEventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(APP_EVENT_MANIFEST, name);
}
