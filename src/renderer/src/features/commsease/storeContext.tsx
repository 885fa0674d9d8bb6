/**
 * The CommsEase components' view of the app's stores: their store (built once in
 * createAppStores, so the forms and results outlive the screen) and the chosen profile.
 */
import { useAppStores, useCommsEase as useCommsEaseState, useProfiles } from '../../app/stores';
import type { ProfileView } from '../../../../shared/ipc/schemas/profile';
import type { CommsEaseState, CommsEaseStore } from './commseaseStore';
import { selectCommsEaseProfiles } from './profileSlice';

export function useCommsEaseStore(): CommsEaseStore {
  return useAppStores().commsease;
}

export function useCommsEase<T>(selector: (state: CommsEaseState) => T): T {
  return useCommsEaseState(selector);
}

/**
 * The current state, for calling its actions from event handlers; it does not subscribe, and
 * it is a new object after every change, so never use it as an effect dependency.
 */
export function useCommsEaseActions(): CommsEaseState {
  return useCommsEaseStore().getState();
}

/** The CommsEase profiles of the app's list. */
export function useCommsEaseProfiles(): ProfileView[] {
  return useProfiles(selectCommsEaseProfiles);
}

/** The chosen profile as the list has it now (a refresh on focus may have retagged it). */
export function useSelectedCommsEaseProfile(): ProfileView | null {
  const id = useCommsEaseState((s) => s.profileId);
  const profiles = useCommsEaseProfiles();
  return profiles.find((p) => p.id === id) ?? null;
}
