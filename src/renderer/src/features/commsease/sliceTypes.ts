/**
 * How the CommsEase store's slices see the whole store: `set` a part of the state, `get` all
 * of it, the deps every action calls IPC through, and the app's profiles store. (zustand "slices" pattern.)
 */
import type { StoreDeps } from '../../app/storeDeps';
import type { ProfilesStore } from '../profiles/profilesStore';
import type { CallbackSlice } from './callbackSlice';
import type { CasesSlice } from './casesSlice';
import type { ProfileSlice } from './profileSlice';
import type { StaticSlice } from './staticSlice';

export type CommsEaseState = ProfileSlice & StaticSlice & CallbackSlice & CasesSlice;

export interface SliceTools {
  set(partial: Partial<CommsEaseState>): void;
  get(): CommsEaseState;
  deps: StoreDeps;
  /** The app's profile list (read, never fetched, here). */
  profiles: ProfilesStore;
}
