/**
 * Profiles and the keychain's state, as the renderer sees them: public fields and
 * fingerprints, never a secret (secrets only travel inward, in add / replaceSecret).
 *
 * Every action returns the IPC error (or null) so the form that called it can show the
 * message next to the field; the list is refreshed from main after each change.
 *
 * This is the only store that asks main for the list (at start and when the window regains
 * focus); the other screens select from it with `selectProfilesOf`.
 */
import { createStore } from 'zustand/vanilla';
import type { AddProfileRequest, ImportReport } from '../../../../shared/ipc/channels/profiles';
import type { OrphanedSecretView, VaultStatus } from '../../../../shared/ipc/channels/vault';
import type { IpcError } from '../../../../shared/ipc/reply';
import type { ProfileView } from '../../../../shared/ipc/schemas/profile';
import type { StoreDeps } from '../../app/storeDeps';

export interface ProfilesState {
  profiles: ProfileView[];
  status: VaultStatus | null;
  loaded: boolean;
  /** The last failure of a load (shown as a banner); form errors are returned instead. */
  loadError: IpcError | null;
  load(): Promise<void>;
  add(request: AddProfileRequest): Promise<IpcError | null>;
  rename(id: string, name: string): Promise<IpcError | null>;
  retag(id: string, env: string): Promise<IpcError | null>;
  replaceSecret(id: string, secret: string): Promise<IpcError | null>;
  remove(id: string): Promise<IpcError | null>;
  exportJson(ids?: string[]): Promise<{ json: string; count: number } | IpcError>;
  importJson(json: string): Promise<ImportReport | IpcError>;
  /** Keychain entries of ours that nothing in the data folder uses; null until checked (or when the check failed). */
  orphans: OrphanedSecretView[] | null;
  checkOrphans(): Promise<void>;
  /** Deletes the listed orphans (call only after the user confirmed); the list is checked again afterwards. */
  removeOrphans(accounts: string[]): Promise<{ removed: number; kept: number } | IpcError>;
}

/** Which kind of token a profile mints: its family's id (or, the older way, its CLI name). */
export type ProfileKind = ProfileView['family'] | ProfileView['provider'];

/** Whether a profile is of a kind: the one place the renderer compares a profile's kind. */
export function isProfileOf(profile: ProfileView, kind: ProfileKind): boolean {
  return profile.family === kind || profile.provider === kind;
}

const ofKindCache = new WeakMap<readonly ProfileView[], Map<ProfileKind, ProfileView[]>>();

/**
 * A selector of the profiles of one kind, in list order. The result is memoised on the list,
 * so a component (or a subscription) gets the same array until the list itself changes.
 */
export function selectProfilesOf(kind: ProfileKind): (state: Pick<ProfilesState, 'profiles'>) => ProfileView[] {
  return ({ profiles }) => {
    let byKind = ofKindCache.get(profiles);
    if (!byKind) ofKindCache.set(profiles, (byKind = new Map()));
    let list = byKind.get(kind);
    if (!list) byKind.set(kind, (list = profiles.filter((p) => isProfileOf(p, kind))));
    return list;
  };
}

function byName(a: ProfileView, b: ProfileView): number {
  return a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });
}

export function createProfilesStore({ api }: StoreDeps) {
  return createStore<ProfilesState>()((set, get) => {
    const upsert = (profile: ProfileView) =>
      set({ profiles: [...get().profiles.filter((p) => p.id !== profile.id), profile].sort(byName) });
    return {
      profiles: [],
      status: null,
      loaded: false,
      loadError: null,
      orphans: null,
      async load() {
        const [status, list] = await Promise.all([api.vault.status(), api.profiles.list()]);
        set({
          status: status.ok ? status.value : get().status,
          profiles: list.ok ? [...list.value.profiles].sort(byName) : get().profiles,
          loaded: true,
          loadError: !list.ok ? list.error : !status.ok ? status.error : null,
        });
      },
      async add(request) {
        const reply = await api.profiles.add(request);
        if (!reply.ok) return reply.error;
        upsert(reply.value.profile);
        return null;
      },
      async rename(id, name) {
        const reply = await api.profiles.rename({ id, name });
        if (!reply.ok) return reply.error;
        upsert(reply.value.profile);
        return null;
      },
      async retag(id, env) {
        const reply = await api.profiles.retag({ id, env });
        if (!reply.ok) return reply.error;
        upsert(reply.value.profile);
        return null;
      },
      async replaceSecret(id, secret) {
        const reply = await api.profiles.replaceSecret({ id, secret });
        if (!reply.ok) return reply.error;
        upsert(reply.value.profile);
        return null;
      },
      async remove(id) {
        const reply = await api.profiles.delete({ id });
        if (!reply.ok) return reply.error;
        set({ profiles: get().profiles.filter((p) => p.id !== id) });
        return null;
      },
      async exportJson(ids) {
        const reply = await api.profiles.export(ids ? { ids } : {});
        return reply.ok ? reply.value : reply.error;
      },
      async checkOrphans() {
        const reply = await api.vault.findOrphans();
        set({ orphans: reply.ok ? reply.value.orphans : null });
      },
      async removeOrphans(accounts) {
        const reply = await api.vault.removeOrphans({ accounts });
        await get().checkOrphans();
        return reply.ok ? { removed: reply.value.removed.length, kept: reply.value.kept.length } : reply.error;
      },
      async importJson(json) {
        const reply = await api.profiles.import({ json });
        if (!reply.ok) return reply.error;
        await get().load();
        return reply.value;
      },
    };
  });
}

export type ProfilesStore = ReturnType<typeof createProfilesStore>;
