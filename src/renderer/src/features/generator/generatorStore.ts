/**
 * The generator: form values, which fields were touched, and the last minted token.
 *
 * `generate` checks the form first and sends nothing when a field is wrong (every error is
 * then shown). A minted token is put on the countdown board (history keeps its metadata).
 */
import { createStore } from 'zustand/vanilla';
import type { IpcError } from '../../../../shared/ipc/reply';
import type { ProfileView } from '../../../../shared/ipc/schemas/profile';
import type { Inspection } from '../../../../shared/tokens/types';
import type { StoreDeps } from '../../app/storeDeps';
import type { BoardStore } from '../board/boardStore';
import { boundExpectations } from '../board/boundExpectations';
import { defaultRegistry } from '../../../../shared/families/registry';
import { isIpcError } from '../../lib/api/ipcError';
import {
  checkGeneratorForm,
  fieldsRequest,
  formShapeOf,
  EMPTY_GENERATOR_FORM,
  parseStreamIds,
  ttlSeconds,
  type GeneratorField,
  type GeneratorForm,
} from './generatorForm';

export interface MintedToken {
  token: string;
  inspection: Inspection;
  profileId: string;
  /** The board entry it became, when history accepted it. */
  entryId: string | null;
}

export interface GeneratorState {
  form: GeneratorForm;
  touched: Partial<Record<GeneratorField, boolean>>;
  /** Set by a generate attempt: from then on every error shows. */
  submitted: boolean;
  generating: boolean;
  minted: MintedToken | null;
  error: IpcError | null;
  update(patch: Partial<GeneratorForm>): void;
  touch(field: GeneratorField): void;
  /** Mint with the profile given (the component passes the one the form names). Returns true on success. */
  generate(profile: ProfileView | undefined): Promise<boolean>;
}

export function createGeneratorStore({ api }: StoreDeps, board: BoardStore, registry = defaultRegistry) {
  return createStore<GeneratorState>()((set, get) => ({
    form: EMPTY_GENERATOR_FORM,
    touched: {},
    submitted: false,
    generating: false,
    minted: null,
    error: null,
    update(patch) {
      set({ form: { ...get().form, ...patch }, error: null });
    },
    touch(field) {
      set({ touched: { ...get().touched, [field]: true } });
    },
    async generate(profile) {
      const { form } = get();
      set({ submitted: true });
      const check = checkGeneratorForm(form, profile);
      const ttl = ttlSeconds(form);
      if (Object.keys(check.errors).length > 0 || !profile || ttl === null) return false;

      set({ generating: true, error: null });
      const family = registry.get(profile.family);
      const built = formShapeOf(profile, registry) === 'fields' && family ? fieldsRequest(family, form.fieldValues, ttl) : null;
      const reply = built
        ? 'error' in built
          ? null
          : await api.tokens.generate({ family: profile.family, profileId: profile.id, request: built.request as Record<string, never> })
        : formShapeOf(profile, registry) === 'user-room'
          ? await api.tokens.generateZego({
              profileId: profile.id,
              userId: form.userId,
              ttlSeconds: ttl,
              layout: form.layout,
              ...(form.roomEnabled
                ? {
                    room: {
                      roomId: form.roomId,
                      canLogin: form.canLogin,
                      canPublish: form.canPublish,
                      streamIds: parseStreamIds(form.streams).length > 0 ? parseStreamIds(form.streams) : null,
                    },
                  }
                : {}),
            })
          : await api.tokens.generateCommsEase({ profileId: profile.id, accid: form.accid.trim(), ttlSeconds: ttl });
      if (reply === null) {
        set({ generating: false });
        return false;
      }
      if (!reply.ok) {
        set({ generating: false, error: reply.error });
        return false;
      }
      const { token, inspection } = reply.value;
      // A token whose signature binds what it does not carry (006: channel, uid) goes to the board with what it was minted for.
      const expect = built && !('error' in built) ? boundExpectations(registry, inspection.format, family, built.request, profile.credentials) : null;
      const added = await board
        .getState()
        .add([{ token, source: 'minted', profileId: profile.id, ...(formShapeOf(profile) === 'account' ? { accid: form.accid.trim() } : {}), ...(expect ? { expect } : {}) }]);
      const entryId = isIpcError(added) ? null : (added[0]?.id ?? null);
      set({ generating: false, minted: { token, inspection, profileId: profile.id, entryId }, submitted: false });
      return true;
    },
  }));
}

export type GeneratorStore = ReturnType<typeof createGeneratorStore>;
