/**
 * A main process in miniature for store and component tests: the real `buildTokenlabApi`
 * over a transport that routes each channel to a handler the test supplies, recording every
 * call. Channels the test did not supply answer UNKNOWN_CHANNEL, as main would for a typo.
 * (The end-to-end tests run the real main-side handlers; these tests are about the renderer.)
 */
import { buildTokenlabApi, type TokenlabApi } from '../../../src/shared/ipc/buildApi';
import type { ValidRequestOf } from '../../../src/shared/ipc/channel';
import type { IpcChannel, IpcContract } from '../../../src/shared/ipc/contract';
import type { AppEventName } from '../../../src/shared/ipc/events';
import type { ProfileView } from '../../../src/shared/ipc/schemas/profile';
import { createAppStores, type AppStores } from '../../../src/renderer/src/app/stores';

/** A stand-in for main's handler of one channel: receives the request as the page sent it. */
export type FakeHandlers = { [C in IpcChannel]?: (request: ValidRequestOf<IpcContract[C]>) => unknown };
type AnyHandler = (request: unknown) => unknown;

export interface FakeBackend {
  api: TokenlabApi;
  calls: { channel: IpcChannel; request: unknown }[];
  handle<C extends IpcChannel>(channel: C, handler: (request: ValidRequestOf<IpcContract[C]>) => unknown): void;
  emit(event: AppEventName, payload: unknown): void;
  /** The requests sent on one channel, in order. */
  callsTo<C extends IpcChannel>(channel: C): ValidRequestOf<IpcContract[C]>[];
}

export function fakeBackend(handlers: FakeHandlers = {}): FakeBackend {
  const table = new Map<IpcChannel, AnyHandler>(Object.entries(handlers) as [IpcChannel, AnyHandler][]);
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const calls: FakeBackend['calls'] = [];
  const api = buildTokenlabApi(
    async (channel, request) => {
      calls.push({ channel, request });
      const handler = table.get(channel);
      if (!handler) return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `no fake for ${channel}` } };
      try {
        return { ok: true, value: await handler(request) };
      } catch (error) {
        const e = error as { code?: string; message?: string };
        return { ok: false, error: { code: e.code ?? 'INTERNAL', message: e.message ?? 'failed' } };
      }
    },
    (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  );
  return {
    api,
    calls,
    handle: (channel, handler) => void table.set(channel, handler as AnyHandler),
    emit: (event, payload) => listeners.get(event)?.forEach((l) => l(payload)),
    callsTo: <C extends IpcChannel>(channel: C) =>
      calls.filter((c) => c.channel === channel).map((c) => c.request as ValidRequestOf<IpcContract[C]>),
  };
}

/** A typed failure for a fake handler to throw. */
export function ipcFailure(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { code });
}

export const ZEGO_PROFILE: ProfileView = {
  id: 'a1b2c3d4e5f60718',
  family: 'zego-token04',
  provider: 'zego',
  credentials: { appId: 3903584598 },
  summary: 'appId 3903584598',
  name: 'Staging RTC',
  env: 'staging',
  appId: 3903584598,
  appKey: null,
  apiBase: null,
  fingerprint: '1a2b3c4d',
  secretStored: true,
  staticTokenAccids: [],
  createdAt: 1_700_000_000,
};

export const COMMSEASE_PROFILE: ProfileView = {
  id: 'f0e1d2c3b4a59687',
  family: 'commsease-dynamic',
  provider: 'commsease',
  credentials: { appKey: '1b5a13badcae420803b90032ea101baf', apiBase: 'https://api.netease.im/nimserver' },
  summary: 'appKey 1b5a13badcae420803b90032ea101baf',
  name: 'IM prod',
  env: 'prod',
  appId: null,
  appKey: '1b5a13badcae420803b90032ea101baf',
  apiBase: 'https://api.netease.im/nimserver',
  fingerprint: '9f8e7d6c',
  secretStored: true,
  staticTokenAccids: [],
  createdAt: 1_700_000_000,
};

export function storesFor(backend: FakeBackend, now: () => number = () => 1_707_747_761): AppStores {
  return createAppStores({ api: backend.api, now });
}

/** Resolves after pending promise callbacks (IPC replies in these tests) have run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}
