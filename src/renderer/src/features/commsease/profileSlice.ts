/**
 * Which CommsEase profile the screen works with. Choosing one loads what belongs to it (the
 * accids with a stored static token, the saved callback cases) and clears the results of the
 * previous profile, so nothing shown can be mistaken for the new one's.
 */
import { defaultRegistry } from '../../../../shared/families/registry';
import type { IpcError } from '../../../../shared/ipc/reply';
import type { ProfileView } from '../../../../shared/ipc/schemas/profile';
import type { SliceTools } from './sliceTypes';

export interface ProfileSlice {
  profiles: ProfileView[];
  profileId: string | null;
  profilesError: IpcError | null;
  loadProfiles(): Promise<void>;
  selectProfile(id: string | null): Promise<void>;
  selectedProfile(): ProfileView | null;
}

export function createProfileSlice({ set, get, deps }: SliceTools): ProfileSlice {
  return {
    profiles: [],
    profileId: null,
    profilesError: null,
    async loadProfiles() {
      const reply = await deps.api.profiles.list();
      if (!reply.ok) return set({ profilesError: reply.error });
      const profiles = reply.value.profiles.filter((p) => defaultRegistry.get(p.family)?.profile.holdsStaticTokens === true);
      set({ profiles, profilesError: null });
      const current = get().profileId;
      if (current !== null && profiles.some((p) => p.id === current)) return;
      await get().selectProfile(profiles[0]?.id ?? null);
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
      const { profiles, profileId } = get();
      return profiles.find((p) => p.id === profileId) ?? null;
    },
  };
}
