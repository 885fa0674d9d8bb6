/**
 * The preload bridge: exposes `window.tokenlab`, built from the IPC contract, and nothing else.
 *
 * Runs sandboxed and is bundled as CommonJS (electron.vite.config.ts). It knows channel and
 * event names only (src/shared/ipc/manifest.ts), never schemas: main validates every request
 * and reply, so the bundle stays a few kB. `ipcRenderer` itself is never exposed: the page
 * gets one function per contract channel and `events.on` for the listed events, and
 * listeners receive the payload only (never the IpcRendererEvent, which would hand the page
 * `sender`).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildTokenlabApi } from '../shared/ipc/buildApi';
import { isManifestEvent } from '../shared/ipc/manifest';

const api = buildTokenlabApi(
  (channel, request) => ipcRenderer.invoke(channel, request),
  (event, listener) => {
    if (!isManifestEvent(event)) throw new Error(`unknown event "${String(event)}"`);
    const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  },
);

contextBridge.exposeInMainWorld('tokenlab', api);
