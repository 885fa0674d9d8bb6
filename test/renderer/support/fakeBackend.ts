/**
 * A main process in miniature for store and component tests: the real `buildTokenlabApi`
 * over a transport that routes each channel to a handler the test supplies, recording every
 * call. Channels the test did not supply answer UNKNOWN_CHANNEL, as main would for a typo.
 * (The end-to-end tests run the real main-side handlers; these tests are about the renderer.)
 */
import { buildTokenlabApi, type TokenlabApi } from '../../../src/shared/ipc/buildApi';
import type { IpcChannel } from '../../../src/shared/ipc/contract';
import type { AppEventName } from '../../../src/shared/ipc/events';
import type { ProfileView } from '../../../src/shared/ipc/schemas/profile';
import { createAppStores, type AppStores } from '../../../src/renderer/src/app/stores';

export type FakeHandler = (request: any) => unknown | Promise<unknown>;

export interface FakeBackend {
  api: TokenlabApi;
  calls: { channel: IpcChannel; request: any }[];
  handle(channel: IpcChannel, handler: FakeHandler): void;
  emit(event: AppEventName, payload: unknown): void;
  callsTo(channel: IpcChannel): any[];
}

export function fakeBackend(handlers: Partial<Record<IpcChannel, FakeHandler>> = {}): FakeBackend {
  const table = new Map<IpcChannel, FakeHandler>(Object.entries(handlers) as [IpcChannel, FakeHandler][]);
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
    handle: (channel, handler) => table.set(channel, handler),
    emit: (event, payload) => listeners.get(event)?.forEach((l) => l(payload)),
    callsTo: (channel) => calls.filter((c) => c.channel === channel).map((c) => c.request),
  };
}

/** A typed failure for a fake handler to throw. */
export function ipcFailure(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { code });
}

export const ZEGO_PROFILE: ProfileView = {
  id: 'a1b2c3d4e5f60718',
  provider: 'zego',
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
  provider: 'commsease',
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
