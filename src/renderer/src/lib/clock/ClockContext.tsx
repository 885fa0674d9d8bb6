/**
 * Hands the shared clock to the component tree, so tests can pass a clock they drive while
 * the app uses the browser's.
 */
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { browserClockHost, createSharedClock, type SharedClock } from './sharedClock';

let defaultClock: SharedClock | null = null;

function getDefaultClock(): SharedClock {
  defaultClock ??= createSharedClock(browserClockHost());
  return defaultClock;
}

const ClockContext = createContext<SharedClock | null>(null);

export function ClockProvider({ clock, children }: { clock?: SharedClock; children: ReactNode }) {
  return <ClockContext.Provider value={clock ?? getDefaultClock()}>{children}</ClockContext.Provider>;
}

/** The current epoch second; re-renders the caller once per second while visible. */
export function useNowSeconds(): number {
  const clock = useContext(ClockContext) ?? getDefaultClock();
  return useSyncExternalStore(clock.subscribe, clock.getSnapshot);
}
