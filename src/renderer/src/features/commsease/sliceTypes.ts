/**
 * How the CommsEase store's slices see the whole store: `set` a part of the state, `get` all
 * of it, and the deps every action calls IPC through. (zustand "slices" pattern.)
 */
import type { StoreDeps } from '../../app/storeDeps';
import type { CallbackSlice } from './callbackSlice';
import type { CasesSlice } from './casesSlice';
import type { ProfileSlice } from './profileSlice';
import type { StaticSlice } from './staticSlice';

export type CommsEaseState = ProfileSlice & StaticSlice & CallbackSlice & CasesSlice;

export interface SliceTools {
  set(partial: Partial<CommsEaseState>): void;
  get(): CommsEaseState;
  deps: StoreDeps;
}
