/**
 * What every store is built with: the preload API and a clock. Passed in, never imported,
 * so a test builds stores against its own API and time.
 */
import type { TokenlabApi } from '../../../shared/ipc/buildApi';

export interface StoreDeps {
  api: TokenlabApi;
  /** Epoch seconds. */
  now(): number;
}
