/**
 * Build the renderer-facing API (`window.tokenlab`) from the IPC contract and a transport.
 *
 * The methods come from the name-only manifest (manifest.ts) and the types from the contract
 * (type-only imports), so the preload bundles no schema and no zod: main validates every
 * request and reply. Pure: the transport is passed in. The preload gives it
 * `ipcRenderer.invoke`/`on`; the e2e tests give it a Playwright `exposeFunction` bridge to
 * the same main-side dispatcher. The result has one method per channel, grouped by domain
 * (`api.profiles.list({})`), and `api.events.on(name, listener)` for the events in
 * APP_EVENTS — never a generic `invoke(channel)`, so the page can only call what the
 * contract lists.
 */
import type { ChannelSpec, RequestOf, ResponseOf } from './channel';
import type { IpcChannel, IpcContract } from './contract';
import type { AppEventName, AppEventPayload } from './events';
import { isManifestEvent, MANIFEST_CHANNELS } from './manifest';
import { errorReply, type IpcReply } from './reply';

/** Sends one request on one channel; resolves with main's reply (it may also reject: transport failure). */
export type IpcInvoke = (channel: IpcChannel, request: unknown) => Promise<unknown>;
/** Subscribes to one event; returns the unsubscribe function. */
export type IpcSubscribe = (event: AppEventName, listener: (payload: unknown) => void) => () => void;

type DomainOf<K> = K extends `${infer D}:${string}` ? D : never;

/** One API method: a request (omittable when `{}` is a valid request) → the typed reply. */
export type ChannelMethod<S extends ChannelSpec> = Record<string, never> extends RequestOf<S>
  ? (request?: RequestOf<S>) => Promise<IpcReply<ResponseOf<S>>>
  : (request: RequestOf<S>) => Promise<IpcReply<ResponseOf<S>>>;

export type TokenlabDomainApi<D extends string> = {
  [K in keyof IpcContract as K extends `${D}:${infer V}` ? V : never]: ChannelMethod<IpcContract[K]>;
};

export interface TokenlabEventsApi {
  on<E extends AppEventName>(event: E, listener: (payload: AppEventPayload<E>) => void): () => void;
}

/** The whole `window.tokenlab` object. `events` is reserved: no channel domain may be called that. */
export type TokenlabApi = { [D in DomainOf<keyof IpcContract>]: TokenlabDomainApi<D> } & { events: TokenlabEventsApi };

/** A reply that does not have the `{ ok, … }` shape is turned into a typed error, never passed on. */
function asReply(raw: unknown): IpcReply<unknown> {
  if (typeof raw === 'object' && raw !== null) {
    const r = raw as { ok?: unknown; value?: unknown; error?: { code?: unknown; message?: unknown } };
    if (r.ok === true && 'value' in r) return { ok: true, value: r.value };
    if (r.ok === false && r.error && typeof r.error.code === 'string' && typeof r.error.message === 'string') {
      return raw as IpcReply<unknown>;
    }
  }
  return errorReply('INTERNAL', 'the main process sent a reply of an unexpected shape');
}

export function buildTokenlabApi(invoke: IpcInvoke, subscribe: IpcSubscribe): TokenlabApi {
  const api: Record<string, Record<string, unknown>> = {};
  for (const channel of MANIFEST_CHANNELS) {
    const [domain, verb] = channel.split(':') as [string, string];
    if (domain === 'events') throw new Error('"events" is reserved and cannot be a channel domain');
    const group = (api[domain] ??= {});
    group[verb] = async (request?: unknown): Promise<IpcReply<unknown>> => {
      try {
        return asReply(await invoke(channel, request ?? {}));
      } catch {
        return errorReply('INTERNAL', `could not reach the main process (${channel})`);
      }
    };
  }
  const events: TokenlabEventsApi = {
    on(event, listener) {
      if (!isManifestEvent(event)) throw new Error(`unknown event "${String(event)}"`);
      return subscribe(event, listener as (payload: unknown) => void);
    },
  };
  return Object.freeze({ ...api, events: Object.freeze(events) }) as unknown as TokenlabApi;
}
