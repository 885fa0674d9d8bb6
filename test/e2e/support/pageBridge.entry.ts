/**
 * TEST-ONLY page side of the e2e transport: what the preload does in the app, done by an
 * init script. `window.tokenlab` is built with the real `buildTokenlabApi`; its invoke goes
 * to `__tokenlabInvoke`, a Playwright binding that runs the real main-side dispatcher in the
 * test process, and events arrive through `__tokenlabEmit`.
 */
import { buildTokenlabApi } from '../../../src/shared/ipc/buildApi';

type Listener = (payload: unknown) => void;
interface BridgeWindow {
  __tokenlabInvoke(channel: string, requestJson: string): Promise<string>;
  __tokenlabEmit(event: string, payload: unknown): void;
}

const page = window as unknown as BridgeWindow & Window;
const listeners = new Map<string, Set<Listener>>();

const api = buildTokenlabApi(
  async (channel, request) => JSON.parse(await page.__tokenlabInvoke(channel, JSON.stringify(request ?? {}))) as unknown,
  (event, listener) => {
    const set = listeners.get(event) ?? new Set<Listener>();
    set.add(listener);
    listeners.set(event, set);
    return () => {
      set.delete(listener);
    };
  },
);

Object.defineProperty(window, 'tokenlab', { value: api, writable: false, configurable: false });
page.__tokenlabEmit = (event, payload) => {
  listeners.get(event)?.forEach((listener) => listener(payload));
};
