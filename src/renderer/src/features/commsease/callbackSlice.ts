/**
 * The login-callback tester and the verifier paste box. The token typed for a test send stays
 * in this form (the person may send it again); main masks it in the report it returns.
 */
import type { CommsEaseClientType } from '../../../../shared/commsease/loginCallback';
import type { CallbackReportView, CallbackVerificationView } from '../../../../shared/ipc/channels/commsease';
import type { IpcError } from '../../../../shared/ipc/reply';
import type { SliceTools } from './sliceTypes';
import { inputError } from './inputProblems';

export interface CallbackForm {
  url: string;
  accid: string;
  token: string;
  clientType: CommsEaseClientType;
  clientIp: string;
  loginExt: string;
}

export interface VerifyForm {
  headers: string;
  body: string;
}

export interface CallbackSlice {
  callbackForm: CallbackForm;
  sending: boolean;
  callbackReport: CallbackReportView | null;
  callbackError: IpcError | null;
  verifyForm: VerifyForm;
  verifying: boolean;
  verification: CallbackVerificationView | null;
  verifyError: IpcError | null;
  updateCallbackForm(patch: Partial<CallbackForm>): void;
  sendCallback(): Promise<void>;
  updateVerifyForm(patch: Partial<VerifyForm>): void;
  verifyPasted(): Promise<void>;
}

export const EMPTY_CALLBACK_FORM: CallbackForm = { url: '', accid: '', token: '', clientType: 'AOS', clientIp: '', loginExt: '' };

export function createCallbackSlice({ set, get, deps }: SliceTools): CallbackSlice {
  const { api } = deps;
  return {
    callbackForm: EMPTY_CALLBACK_FORM,
    sending: false,
    callbackReport: null,
    callbackError: null,
    verifyForm: { headers: '', body: '' },
    verifying: false,
    verification: null,
    verifyError: null,

    updateCallbackForm(patch) {
      set({ callbackForm: { ...get().callbackForm, ...patch }, callbackError: null });
    },

    async sendCallback() {
      const { profileId, callbackForm: form } = get();
      const missing = profileId === null ? 'chooseProfile' : form.url.trim() === '' ? 'url' : form.accid.trim() === '' ? 'accid' : form.token.trim() === '' ? 'token' : null;
      if (missing !== null || profileId === null) {
        set({ callbackError: inputError(missing ?? 'chooseProfile') });
        return;
      }
      set({ sending: true, callbackError: null, callbackReport: null });
      const reply = await api.commsease.callbackSend({
        profileId,
        url: form.url.trim(),
        accid: form.accid.trim(),
        token: form.token,
        clientType: form.clientType,
        clientIp: form.clientIp.trim(),
        loginExt: form.loginExt,
      });
      if (get().profileId !== profileId) return set({ sending: false });
      if (!reply.ok) return set({ sending: false, callbackError: reply.error });
      set({ sending: false, callbackReport: reply.value });
    },

    updateVerifyForm(patch) {
      set({ verifyForm: { ...get().verifyForm, ...patch }, verifyError: null, verification: null });
    },

    async verifyPasted() {
      const { profileId, verifyForm } = get();
      if (profileId === null) return set({ verifyError: inputError('chooseProfile') });
      if (verifyForm.headers.trim() === '') return set({ verifyError: inputError('headers') });
      set({ verifying: true, verifyError: null, verification: null });
      const reply = await api.commsease.callbackVerify({ profileId, headers: verifyForm.headers, body: verifyForm.body });
      if (get().profileId !== profileId) return set({ verifying: false });
      if (!reply.ok) return set({ verifying: false, verifyError: reply.error });
      set({ verifying: false, verification: reply.value });
    },
  };
}
