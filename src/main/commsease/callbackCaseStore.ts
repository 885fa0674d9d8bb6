/**
 * Saved login-callback test cases per profile: metadata in `commsease-callback-cases.json` in
 * the data folder, each case's token in the keychain.
 *
 * A token is a secret even in a test case (it logs a real user in), so the JSON file holds only
 * what can be shown — accid, client type, IP, login extension, expected outcome — and the token
 * lives under the keychain account `callbackcase:<profileId>:<caseId>` (the vault removes those
 * with the profile); a case may instead use the accid's stored static token (read through the
 * vault). Every change re-reads the file under its inter-process lock and writes atomically (temp
 * file, fsync, rename); a damaged file gives back every case that still parses.
 */
import { z } from 'zod';
import { MainTextError } from '../i18n/mainText';
import { callbackCaseSchema, type CallbackCaseInput, type CallbackCaseView } from '../../shared/ipc/channels/commsease';
import { createSerialQueue, fieldOf, openJsonDocument, salvageArray, type DocumentTextFile, type JsonDocumentSpec } from '../vault/jsonDataFile';
import { callbackCaseAccount } from '../vault/keychainAccounts';
import type { SecretStore } from '../vault/secretStore';
import { normalizeLoginToken, validateAccid } from './staticTokenStore';

export const CALLBACK_CASES_FILE_NAME = 'commsease-callback-cases.json';
export const MAX_CASES_PER_PROFILE = 500;

/** What the file keeps of a case: its view without `tokenStored` (which the keychain answers). */
const storedCaseSchema = callbackCaseSchema.omit({ tokenStored: true });
type StoredCase = z.infer<typeof storedCaseSchema>;

const profileCasesSchema = z.strictObject({ callbackUrl: z.string().nullable(), cases: z.array(storedCaseSchema) });
const fileSchema = z.strictObject({ schemaVersion: z.literal(1), profiles: z.record(z.string(), profileCasesSchema) });
export type CasesFile = z.infer<typeof fileSchema>;

/** The callback-case file as a JSON document (also read by the keychain doctor for the case tokens). */
export const callbackCasesDocument: JsonDocumentSpec<CasesFile> = {
  schema: fileSchema,
  empty: () => ({ schemaVersion: 1, profiles: {} }),
  entries: 'testCases',
  salvage(value) {
    const profiles: CasesFile['profiles'] = {};
    let kept = 0;
    let dropped = 0;
    const found = fieldOf(value, 'profiles');
    for (const profileId of typeof found === 'object' && found !== null ? Object.keys(found) : []) {
      const entry = fieldOf(found, profileId);
      const url = fieldOf(entry, 'callbackUrl');
      const cases = salvageArray(fieldOf(entry, 'cases'), storedCaseSchema, (c) => [c.id]);
      profiles[profileId] = { callbackUrl: typeof url === 'string' ? url : null, cases: cases.items };
      kept += cases.items.length;
      dropped += cases.dropped;
    }
    return { document: { schemaVersion: 1, profiles }, kept, dropped };
  },
};

export type StoredCallbackCase = StoredCase;

export interface CallbackCaseStore {
  list(profileId: string): Promise<{ callbackUrl: string | null; cases: CallbackCaseView[] }>;
  save(profileId: string, input: CallbackCaseInput): Promise<CallbackCaseView>;
  remove(profileId: string, id: string): Promise<void>;
  setCallbackUrl(profileId: string, url: string): Promise<void>;
  /** Main only: the cases as the file keeps them, without reading any token. */
  stored(profileId: string): Promise<StoredCallbackCase[]>;
  /** Main only: a case and its token (null when none is stored). */
  withToken(profileId: string, id: string): Promise<{ testCase: StoredCallbackCase; token: string | null }>;
}

export interface CallbackCaseStoreDeps {
  /** The vault's `createDataFile`: atomic writes under the file's inter-process lock. */
  file: DocumentTextFile;
  secrets: SecretStore;
  /** The accid's stored static token (the vault's), for cases with tokenSource "static". */
  readStaticToken(profileId: string, accid: string): Promise<string | null>;
  /** 16 lowercase hex characters. */
  randomId(): string;
  log?(line: string): void;
}

export function createCallbackCaseStore(deps: CallbackCaseStoreDeps): CallbackCaseStore {
  const log = deps.log ?? (() => {});
  const document = openJsonDocument(deps.file, callbackCasesDocument, {
    onDamage: (report) => log(`commsease: ${deps.file.path} was damaged (${report.reason}); the original is kept as ${report.backupPath}`),
  });
  const serial = createSerialQueue();
  const load = (): Promise<CasesFile> => document.read();
  /** One change, on the file as it is on disk now, under its inter-process lock. */
  const mutate = <R>(change: (file: CasesFile, store: (next: CasesFile) => Promise<void>) => Promise<R>): Promise<R> =>
    serial(() => document.transact(change));

  function casesOf(file: CasesFile, profileId: string): { callbackUrl: string | null; cases: StoredCase[] } {
    return file.profiles[profileId] ?? { callbackUrl: null, cases: [] };
  }

  function tokenOf(profileId: string, testCase: StoredCase): Promise<string | null> {
    return testCase.tokenSource === 'static'
      ? deps.readStaticToken(profileId, testCase.accid)
      : deps.secrets.get(callbackCaseAccount(profileId, testCase.id));
  }

  async function view(profileId: string, testCase: StoredCase): Promise<CallbackCaseView> {
    return { ...testCase, tokenStored: (await tokenOf(profileId, testCase)) !== null };
  }

  return {
    list: (profileId) =>
      serial(async () => {
        const entry = casesOf(await load(), profileId);
        const cases: CallbackCaseView[] = [];
        for (const testCase of entry.cases) cases.push(await view(profileId, testCase));
        return { callbackUrl: entry.callbackUrl, cases };
      }),

    save: (profileId, input) =>
      mutate(async (file, store) => {
        const entry = casesOf(file, profileId);
        const existing = input.id ? entry.cases.find((c) => c.id === input.id) : undefined;
        if (input.id && !existing) throw new MainTextError('INVALID_INPUT', 'caseGone');
        if (!existing && entry.cases.length >= MAX_CASES_PER_PROFILE) {
          throw new MainTextError('INVALID_INPUT', 'caseLimit', { max: MAX_CASES_PER_PROFILE });
        }
        const testCase: StoredCase = {
          id: existing?.id ?? deps.randomId(),
          name: input.name.trim(),
          accid: validateAccid(input.accid.trim()),
          clientType: input.clientType,
          clientIp: input.clientIp.trim(),
          loginExt: input.loginExt,
          expected: input.expected,
          tokenSource: input.tokenSource,
        };
        const ownAccount = callbackCaseAccount(profileId, testCase.id);
        if (testCase.tokenSource === 'case') {
          if (input.token !== undefined) await deps.secrets.set(ownAccount, normalizeLoginToken(input.token));
          else if (!existing || existing.tokenSource !== 'case') throw new MainTextError('INVALID_INPUT', 'caseNeedsToken');
        } else if (input.token !== undefined) {
          throw new MainTextError('INVALID_INPUT', 'caseTakesNoToken');
        }
        const cases = existing ? entry.cases.map((c) => (c.id === testCase.id ? testCase : c)) : [...entry.cases, testCase];
        await store({ ...file, profiles: { ...file.profiles, [profileId]: { callbackUrl: entry.callbackUrl, cases } } });
        if (testCase.tokenSource === 'static' && existing?.tokenSource === 'case') await deps.secrets.delete(ownAccount);
        return view(profileId, testCase);
      }),

    remove: (profileId, id) =>
      mutate(async (file, store) => {
        const entry = casesOf(file, profileId);
        if (!entry.cases.some((c) => c.id === id)) throw new MainTextError('INVALID_INPUT', 'caseGone');
        await store({ ...file, profiles: { ...file.profiles, [profileId]: { ...entry, cases: entry.cases.filter((c) => c.id !== id) } } });
        await deps.secrets.delete(callbackCaseAccount(profileId, id));
      }),

    setCallbackUrl: (profileId, url) =>
      mutate(async (file, store) => {
        const entry = casesOf(file, profileId);
        if (entry.callbackUrl === url) return;
        await store({ ...file, profiles: { ...file.profiles, [profileId]: { ...entry, callbackUrl: url } } });
      }),

    stored: (profileId) => serial(async () => casesOf(await load(), profileId).cases),

    withToken: (profileId, id) =>
      serial(async () => {
        const testCase = casesOf(await load(), profileId).cases.find((c) => c.id === id);
        if (!testCase) throw new MainTextError('INVALID_INPUT', 'caseGone');
        return { testCase, token: await tokenOf(profileId, testCase) };
      }),
  };
}
