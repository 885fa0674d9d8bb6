/** Which screen is showing. Kept in a store so menu commands and shortcuts can switch it. */
import { createStore } from 'zustand/vanilla';

export const SCREENS = ['inspector', 'generator', 'board', 'simulator', 'commsease', 'profiles', 'tokenServer'] as const;
export type Screen = (typeof SCREENS)[number];

export interface NavState {
  screen: Screen;
  go(screen: Screen): void;
}

export function createNavStore(initial: Screen = 'inspector') {
  return createStore<NavState>()((set) => ({
    screen: initial,
    go(screen) {
      set({ screen });
    },
  }));
}

export type NavStore = ReturnType<typeof createNavStore>;
