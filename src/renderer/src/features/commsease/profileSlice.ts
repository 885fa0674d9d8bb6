/**
 * Which CommsEase profile the screen works with. Choosing one loads what belongs to it (the
 * accids with a stored static token, the saved callback cases) and clears the results of the
 * previous profile, so nothing shown can be mistaken for the new one's.
 *
 * The profiles themselves come from the app's one profiles store (CommsEase ones only); this
 * slice never asks main for the list. Once the screen has been shown it follows that list:
 * it picks the first profile when none is chosen, and another when the chosen one is gone.
 */
import { commsEaseFamily } from '../../../../shared/families/commsease-dynamic';
import type { ProfileView } from '../../../../shared/ipc/schemas/profile';
import { selectProfilesOf } from '../profiles/profilesStore';
import type { SliceTools } from './sliceTypes';

export const selectCommsEaseProfiles = selectProfilesOf(commsEaseFamily.id);

export interface ProfileSlice {
  profileId: string | null;
  /** Start following the profile list (idempotent); resolves once a first choice is loaded. */
  followProfiles(): Promise<void>;
  selectProfile(id: string | null): Promise<void>;
  selectedProfile(): ProfileView | null;
}

export function createProfileSlice({ set, get, profiles }: SliceTools): ProfileSlice {
  let following = false;
  /** Keep the choice valid for the current list. */
  const reconcile = async (): Promise<void> => {
    const list = selectCommsEaseProfiles(profiles.getState());
    const current = get().profileId;
    if (current !== null && list.some((p) => p.id === current)) return;
    const next = list[0]?.id ?? null;
    if (next === current) return;
    await get().selectProfile(next);
  };
  return {
    profileId: null,
    async followProfiles() {
      if (!following) {
        following = true;
        profiles.subscribe((state, previous) => {
          if (state.profiles !== previous.profiles) void reconcile();
        });
      }
      await reconcile();
    },
    async selectProfile(id) {
      set({
        profileId: id,
        accids: [],
        checkVerdict: null,
        staticReport: null,
        staticNotice: null,
        staticError: null,
        confirmation: null,
        callbackReport: null,
        callbackError: null,
        verification: null,
        verifyError: null,
        cases: [],
        caseResults: {},
        casesError: null,
        editingCaseId: null,
      });
      if (id === null) return;
      await Promise.all([get().loadAccids(), get().loadCases()]);
    },
    selectedProfile() {
      const id = get().profileId;
      return selectCommsEaseProfiles(profiles.getState()).find((p) => p.id === id) ?? null;
    },
  };
}
