/**
 * Static tokens of the chosen profile: store one, check a pasted one, and the server calls
 * (create, update, refresh). Update and refresh first walk through the confirmation steps
 * (naming the environment tag; prod asks twice); only the last confirmed step calls main,
 * which checks the confirmation again. A typed token is cleared once it has been stored.
 */
import { answerConfirms, confirmationSteps, type ConfirmationStep, type DestructiveAction } from '../../../../shared/commsease/destructiveConfirmation';
import type { StaticApiReportView } from '../../../../shared/ipc/channels/commsease';
import type { IpcError } from '../../../../shared/ipc/reply';
import type { SliceTools } from './sliceTypes';
import { inputError, type InputProblem } from './inputProblems';

export type StaticVerdictView = 'matches' | 'does_not_match' | 'no_token_stored';
/** A local action's outcome, worded by the screen. */
export interface StaticNotice {
  kind: 'stored' | 'forgot';
  accid: string;
}
export type StaticAction = 'set' | 'check' | 'create' | DestructiveAction | 'remove';

export interface StaticForm {
  accid: string;
  token: string;
  /** Empty: the profile's API base. */
}

export interface PendingConfirmation {
  action: DestructiveAction;
  accid: string;
  steps: ConfirmationStep[];
  index: number;
  answer: string;
  /** The last answer given did not confirm. */
  wrong: boolean;
}

export interface StaticSlice {
  accids: string[];
  staticForm: StaticForm;
  staticBusy: StaticAction | null;
  checkVerdict: { accid: string; verdict: StaticVerdictView } | null;
  staticReport: StaticApiReportView | null;
  /** What a local action just did (stored in / forgot from the keychain). */
  staticNotice: StaticNotice | null;
  staticError: IpcError | null;
  confirmation: PendingConfirmation | null;
  loadAccids(): Promise<void>;
  updateStaticForm(patch: Partial<StaticForm>): void;
  storeStaticToken(): Promise<void>;
  checkStaticToken(): Promise<void>;
  createAccount(): Promise<void>;
  removeStaticToken(accid: string): Promise<void>;
  requestDestructive(action: DestructiveAction): void;
  setConfirmationAnswer(answer: string): void;
  confirmStep(): Promise<void>;
  cancelConfirmation(): void;
}

const EMPTY_FORM: StaticForm = { accid: '', token: '' };


export function createStaticSlice({ set, get, deps }: SliceTools): StaticSlice {
  const { api } = deps;

  /** The profile and trimmed accid, or an error set on the state (null then). */
  function target(needToken: boolean): { profileId: string; accid: string; token: string } | null {
    const { profileId, staticForm } = get();
    const accid = staticForm.accid.trim();
    const problem: InputProblem | null = profileId === null ? 'chooseProfile' : accid === '' ? 'accid' : needToken && staticForm.token.trim() === '' ? 'token' : null;
    if (problem !== null || profileId === null) {
      set({ staticError: inputError(problem ?? 'chooseProfile') });
      return null;
    }
    return { profileId, accid, token: staticForm.token };
  }

  async function afterServerCall(reply: Awaited<ReturnType<typeof api.commsease.staticRefresh>>): Promise<void> {
    if (!reply.ok) return set({ staticBusy: null, staticError: reply.error });
    set({ staticBusy: null, staticReport: reply.value, staticError: null });
    if (reply.value.stored) set({ staticForm: { ...get().staticForm, token: '' } });
    await get().loadAccids();
  }

  return {
    accids: [],
    staticForm: EMPTY_FORM,
    staticBusy: null,
    checkVerdict: null,
    staticReport: null,
    staticNotice: null,
    staticError: null,
    confirmation: null,

    async loadAccids() {
      const profileId = get().profileId;
      if (profileId === null) return;
      const reply = await api.commsease.staticList({ profileId });
      if (get().profileId !== profileId) return;
      if (reply.ok) set({ accids: reply.value.accids });
      else set({ staticError: reply.error });
    },

    updateStaticForm(patch) {
      set({ staticForm: { ...get().staticForm, ...patch }, staticError: null, staticNotice: null, checkVerdict: null });
    },

    async storeStaticToken() {
      const t = target(true);
      if (!t) return;
      set({ staticBusy: 'set', staticError: null, staticNotice: null, staticReport: null });
      const reply = await api.commsease.staticSet(t);
      if (!reply.ok) return set({ staticBusy: null, staticError: reply.error });
      set({ staticBusy: null, staticNotice: { kind: 'stored', accid: t.accid }, staticForm: { ...get().staticForm, token: '' } });
      await get().loadAccids();
    },

    async checkStaticToken() {
      const t = target(true);
      if (!t) return;
      set({ staticBusy: 'check', staticError: null, staticNotice: null, checkVerdict: null });
      const reply = await api.commsease.staticCheck(t);
      if (!reply.ok) return set({ staticBusy: null, staticError: reply.error });
      set({ staticBusy: null, checkVerdict: { accid: t.accid, verdict: reply.value.verdict } });
    },

    async createAccount() {
      const t = target(false);
      if (!t) return;
      set({ staticBusy: 'create', staticError: null, staticNotice: null, staticReport: null });
      const token = t.token.trim();
      await afterServerCall(await api.commsease.staticCreate({ profileId: t.profileId, accid: t.accid, ...(token ? { token } : {}) }));
    },

    async removeStaticToken(accid) {
      const profileId = get().profileId;
      if (profileId === null) return;
      set({ staticBusy: 'remove', staticError: null });
      const reply = await api.commsease.staticRemove({ profileId, accid });
      if (!reply.ok) return set({ staticBusy: null, staticError: reply.error });
      set({ staticBusy: null, staticNotice: { kind: 'forgot', accid } });
      await get().loadAccids();
    },

    requestDestructive(action) {
      const t = target(action === 'update');
      const profile = get().selectedProfile();
      if (!t || !profile) return;
      const steps = confirmationSteps(action, { profileName: profile.name, env: profile.env, accid: t.accid });
      set({ confirmation: { action, accid: t.accid, steps, index: 0, answer: '', wrong: false }, staticError: null, staticReport: null });
    },

    setConfirmationAnswer(answer) {
      const pending = get().confirmation;
      if (pending) set({ confirmation: { ...pending, answer, wrong: false } });
    },

    async confirmStep() {
      const pending = get().confirmation;
      const profile = get().selectedProfile();
      if (!pending || !profile) return;
      const step = pending.steps[pending.index];
      if (!step || !answerConfirms(step, pending.answer)) return set({ confirmation: { ...pending, wrong: true } });
      if (pending.index + 1 < pending.steps.length) {
        return set({ confirmation: { ...pending, index: pending.index + 1, answer: '', wrong: false } });
      }
      const confirmation = { env: profile.env, twice: pending.steps.length > 1 };
      set({ confirmation: null, staticBusy: pending.action });
      const common = { profileId: profile.id, accid: pending.accid, confirmation };
      await afterServerCall(
        pending.action === 'refresh'
          ? await api.commsease.staticRefresh(common)
          : await api.commsease.staticUpdate({ ...common, token: get().staticForm.token }),
      );
    },

    cancelConfirmation() {
      set({ confirmation: null });
    },
  };
}
