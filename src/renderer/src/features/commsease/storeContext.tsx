/**
 * Gives the CommsEase components their store through context, so a test can render the
 * screen with its own store (over a fake backend) and the app with the real one.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { CommsEaseState, CommsEaseStore } from './commseaseStore';

const CommsEaseContext = createContext<CommsEaseStore | null>(null);

export function CommsEaseStoreProvider({ store, children }: { store: CommsEaseStore; children: ReactNode }) {
  return <CommsEaseContext.Provider value={store}>{children}</CommsEaseContext.Provider>;
}

export function useCommsEaseStore(): CommsEaseStore {
  const store = useContext(CommsEaseContext);
  if (!store) throw new Error('useCommsEase needs a <CommsEaseStoreProvider>');
  return store;
}

export function useCommsEase<T>(selector: (state: CommsEaseState) => T): T {
  return useStore(useCommsEaseStore(), selector);
}

/**
 * The current state, for calling its actions from event handlers; it does not subscribe, and
 * it is a new object after every change, so never use it as an effect dependency.
 */
export function useCommsEaseActions(): CommsEaseState {
  return useCommsEaseStore().getState();
}
