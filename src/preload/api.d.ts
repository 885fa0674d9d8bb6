/**
 * `window.tokenlab` for the renderer's type-checker (no electron types reach the web side).
 */
import type { TokenlabApi } from '../shared/ipc/buildApi';

declare global {
  interface Window {
    readonly tokenlab: TokenlabApi;
  }
}

export {};
