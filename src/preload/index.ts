/**
 * The preload bridge: exposes `window.tokenlab`, built from the IPC contract, and nothing else.
 *
 * Runs sandboxed and is bundled as CommonJS (electron.vite.config.ts). `ipcRenderer` itself is
 * never exposed: the page gets one function per contract channel and `events.on` for the
 * listed events, and listeners receive the payload only (never the IpcRendererEvent, which
 * would hand the page `sender`).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildTokenlabApi } from '../shared/ipc/buildApi';
import { isAppEventName } from '../shared/ipc/events';

const api = buildTokenlabApi(
  (channel, request) => ipcRenderer.invoke(channel, request),
  (event, listener) => {
    if (!isAppEventName(event)) throw new Error(`unknown event "${String(event)}"`);
    const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  },
);

contextBridge.exposeInMainWorld('tokenlab', api);
