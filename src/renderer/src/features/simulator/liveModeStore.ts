/**
 * The live mode's settings: the pasted token, the moment the run started (the app's login),
 * the platform rules and the app's renewal policy.
 *
 * No clock and no IPC here: the token is decoded in the screen with the engine (no secret
 * needed) and the current second comes from the shared clock, so actions take `now` as an
 * argument. Kept apart from the simulation store so a test can drive one without the other.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LivePlatform } from '../../../../shared/sim/liveEvents';
import type { ExpressExpiryBehaviour, RenewalPolicy } from '../../../../shared/sim/scenario';

export interface LiveModeState {
  /** The token text as pasted. */
  raw: string;
  /** Epoch second the live run started (the token was pasted or the run restarted). */
  loginAt: number | null;
  /** The platform rules chosen; null = follow the token's format. */
  platform: LivePlatform | null;
  policy: RenewalPolicy;
  /** The lead-seconds field as typed, so a half-typed number is not thrown away. */
  leadText: string;
  expressOnExpiry: ExpressExpiryBehaviour;
  setToken(raw: string, now: number): void;
  restart(now: number): void;
  setPlatform(platform: LivePlatform): void;
  setPolicy(policy: RenewalPolicy): void;
  setLeadText(text: string): void;
  setExpressOnExpiry(behaviour: ExpressExpiryBehaviour): void;
}

export type LiveModeStore = StoreApi<LiveModeState>;

export const DEFAULT_LEAD_SECONDS = 60;

export function createLiveModeStore(): LiveModeStore {
  return createStore<LiveModeState>()((set) => ({
    raw: '',
    loginAt: null,
    platform: null,
    policy: 'on-will-expire',
    leadText: String(DEFAULT_LEAD_SECONDS),
    expressOnExpiry: 'refuse-next',
    setToken: (raw, now) => set((s) => (raw === s.raw ? s : { raw, loginAt: raw.trim() === '' ? null : now, platform: null })),
    restart: (now) => set({ loginAt: now }),
    setPlatform: (platform) => set({ platform }),
    setPolicy: (policy) => set({ policy }),
    setLeadText: (leadText) => set({ leadText }),
    setExpressOnExpiry: (expressOnExpiry) => set({ expressOnExpiry }),
  }));
}
