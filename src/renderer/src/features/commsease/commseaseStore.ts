/**
 * The CommsEase screen's store: profile choice, static tokens, the callback tester and
 * verifier, and the saved cases — one zustand store made of four slices, built once with the
 * app's other stores (createAppStores). Every IPC call is
 * in an action here; components only read state and call actions.
 */
import { createStore } from 'zustand/vanilla';
import type { StoreDeps } from '../../app/storeDeps';
import type { ProfilesStore } from '../profiles/profilesStore';
import { createCallbackSlice } from './callbackSlice';
import { createCasesSlice } from './casesSlice';
import { createProfileSlice } from './profileSlice';
import type { CommsEaseState } from './sliceTypes';
import { createStaticSlice } from './staticSlice';

export type { CommsEaseState } from './sliceTypes';

export function createCommsEaseStore(deps: StoreDeps, profiles: ProfilesStore) {
  return createStore<CommsEaseState>()((set, get) => {
    const tools = { set: (partial: Partial<CommsEaseState>) => set(partial), get, deps, profiles };
    return { ...createProfileSlice(tools), ...createStaticSlice(tools), ...createCallbackSlice(tools), ...createCasesSlice(tools) };
  });
}

export type CommsEaseStore = ReturnType<typeof createCommsEaseStore>;
