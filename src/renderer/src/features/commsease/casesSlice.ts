/**
 * Saved login-callback test cases of the chosen profile: a small editor, the table, and
 * "run all" against the callback URL of the tester. A case's token goes to main on save and
 * is never read back; editing a case leaves its stored token alone unless a new one is typed.
 */
import type { CommsEaseClientType } from '../../../../shared/commsease/loginCallback';
import type { CallbackCaseView, CaseResultView } from '../../../../shared/ipc/channels/commsease';
import type { IpcError } from '../../../../shared/ipc/reply';
import type { SliceTools } from './sliceTypes';
import { inputError, type InputProblem } from './inputProblems';

export interface CaseForm {
  name: string;
  accid: string;
  clientType: CommsEaseClientType;
  clientIp: string;
  loginExt: string;
  expected: 'allowed' | 'refused';
  tokenSource: 'case' | 'static';
  /** Typed token (tokenSource "case"); empty when editing keeps the stored one. */
  token: string;
}

export interface CasesSlice {
  cases: CallbackCaseView[];
  caseForm: CaseForm;
  /** null: the form adds a new case. */
  editingCaseId: string | null;
  caseResults: Record<string, CaseResultView>;
  savingCase: boolean;
  running: boolean;
  casesError: IpcError | null;
  loadCases(): Promise<void>;
  updateCaseForm(patch: Partial<CaseForm>): void;
  editCase(id: string | null): void;
  saveCase(): Promise<void>;
  deleteCase(id: string): Promise<void>;
  runAllCases(): Promise<void>;
}

export const EMPTY_CASE_FORM: CaseForm = { name: '', accid: '', clientType: 'AOS', clientIp: '', loginExt: '', expected: 'allowed', tokenSource: 'case', token: '' };

export function createCasesSlice({ set, get, deps }: SliceTools): CasesSlice {
  const { api } = deps;
  const fail = (problem: InputProblem) => set({ casesError: inputError(problem) });
  return {
    cases: [],
    caseForm: EMPTY_CASE_FORM,
    editingCaseId: null,
    caseResults: {},
    savingCase: false,
    running: false,
    casesError: null,

    async loadCases() {
      const profileId = get().profileId;
      if (profileId === null) return;
      const reply = await api.commsease.casesList({ profileId });
      if (get().profileId !== profileId) return;
      if (!reply.ok) return set({ casesError: reply.error });
      set({ cases: reply.value.cases });
      if (reply.value.callbackUrl && get().callbackForm.url === '') set({ callbackForm: { ...get().callbackForm, url: reply.value.callbackUrl } });
    },

    updateCaseForm(patch) {
      set({ caseForm: { ...get().caseForm, ...patch }, casesError: null });
    },

    editCase(id) {
      const found = id === null ? undefined : get().cases.find((c) => c.id === id);
      set({
        editingCaseId: found ? found.id : null,
        caseForm: found
          ? { name: found.name, accid: found.accid, clientType: found.clientType, clientIp: found.clientIp, loginExt: found.loginExt, expected: found.expected, tokenSource: found.tokenSource, token: '' }
          : EMPTY_CASE_FORM,
        casesError: null,
      });
    },

    async saveCase() {
      const { profileId, caseForm: form, editingCaseId } = get();
      if (profileId === null) return fail('chooseProfile');
      if (form.name.trim() === '') return fail('caseName');
      if (form.accid.trim() === '') return fail('accid');
      const token = form.token.trim();
      if (form.tokenSource === 'case' && token === '' && editingCaseId === null) return fail('caseToken');
      set({ savingCase: true, casesError: null });
      const reply = await api.commsease.caseSave({
        profileId,
        testCase: {
          ...(editingCaseId ? { id: editingCaseId } : {}),
          name: form.name.trim(),
          accid: form.accid.trim(),
          clientType: form.clientType,
          clientIp: form.clientIp.trim(),
          loginExt: form.loginExt,
          expected: form.expected,
          tokenSource: form.tokenSource,
          ...(form.tokenSource === 'case' && token !== '' ? { token } : {}),
        },
      });
      if (!reply.ok) return set({ savingCase: false, casesError: reply.error });
      set({ savingCase: false, caseForm: EMPTY_CASE_FORM, editingCaseId: null });
      await get().loadCases();
    },

    async deleteCase(id) {
      const profileId = get().profileId;
      if (profileId === null) return;
      const reply = await api.commsease.caseDelete({ profileId, id });
      if (!reply.ok) return set({ casesError: reply.error });
      const results = { ...get().caseResults };
      delete results[id];
      set({ caseResults: results, ...(get().editingCaseId === id ? { editingCaseId: null, caseForm: EMPTY_CASE_FORM } : {}) });
      await get().loadCases();
    },

    async runAllCases() {
      const { profileId, callbackForm, cases } = get();
      if (profileId === null) return fail('chooseProfile');
      if (callbackForm.url.trim() === '') return fail('testerUrl');
      if (cases.length === 0) return fail('noCases');
      set({ running: true, casesError: null, caseResults: {} });
      const reply = await api.commsease.casesRun({ profileId, url: callbackForm.url.trim() });
      if (get().profileId !== profileId) return set({ running: false });
      if (!reply.ok) return set({ running: false, casesError: reply.error });
      set({ running: false, caseResults: Object.fromEntries(reply.value.results.map((r) => [r.caseId, r])) });
    },
  };
}
