/**
 * The keychain doctor: finds TokenLab's keychain entries that nothing in the data folder uses
 * any more, and removes them once the user has confirmed.
 *
 * Such orphans come from a profile whose save was lost (two processes writing profiles.json
 * before it was locked), a crash between the keychain write and the file write, or a data
 * folder deleted by hand. They are secrets nobody can reach through TokenLab, still sitting in
 * the keychain. An entry is judged by its account name (`keychainAccounts.ts`) against
 * profiles.json, history.json and the callback-case file; names TokenLab does not write are
 * never called orphans. Removal re-checks every entry while holding every one of those files'
 * locks, so an entry another process is adding right now is never taken for an orphan; an
 * entry that is no longer an orphan is kept, whatever the request asked.
 * Only account names and reasons leave this module — never a secret.
 */
import { join } from 'node:path';
import { callbackCasesDocument, CALLBACK_CASES_FILE_NAME, type CasesFile } from '../commsease/callbackCaseStore';
import { historyDocument, HISTORY_FILE, type HistoryDocument } from '../history/historyStore';
import { createDataFile } from '../vault/dataFile';
import { openJsonDocument } from '../vault/jsonDataFile';
import { accountOwner, type AccountOwner } from '../vault/keychainAccounts';
import { createProfileStore, type StoredProfile } from '../vault/profileStore';
import type { SecretStore } from '../vault/secretStore';

export interface OrphanedSecret {
  /** The keychain account under the service "TokenLab" (a name, not a secret). */
  account: string;
  kind: AccountOwner['kind'];
  /** Why nothing uses it, in words. */
  reason: string;
}

export interface KeychainDoctor {
  /** The data folder the entries are judged against. */
  readonly dataDir: string;
  /** Keychain entries of ours that nothing in the data folder uses, sorted by account. */
  findOrphans(): Promise<OrphanedSecret[]>;
  /** Removes those of `accounts` that are orphans right now; any other is kept (and listed). */
  removeOrphans(accounts: readonly string[]): Promise<{ removed: string[]; kept: string[] }>;
}

export interface KeychainDoctorDeps {
  dataDir: string;
  secrets: SecretStore;
  /** Epoch milliseconds (only for the name of a damaged file's copy). */
  nowMs?: () => number;
}

/** The reasons, in one place. */
export const ORPHAN_REASONS = {
  profileGone: 'its profile no longer exists',
  accidNotListed: (accid: string) => `its profile no longer lists a static token for accid "${accid}"`,
  caseGone: 'no saved login-callback test case uses it',
  pinGone: 'no pinned token on the board uses it',
};

interface DataFolderView {
  profiles: readonly StoredProfile[];
  history: HistoryDocument;
  cases: CasesFile;
}

/** Why `owner` is an orphan in `data`, or null when something still uses it. */
function orphanReason(owner: AccountOwner, data: DataFolderView): string | null {
  if (owner.kind === 'pinned-token') {
    return data.history.entries.some((e) => e.id === owner.pinId && e.pinned) ? null : ORPHAN_REASONS.pinGone;
  }
  const profile = data.profiles.find((p) => p.id === owner.profileId);
  if (!profile) return ORPHAN_REASONS.profileGone;
  if (owner.kind === 'static-token') return profile.staticTokenAccids.includes(owner.accid) ? null : ORPHAN_REASONS.accidNotListed(owner.accid);
  if (owner.kind === 'callback-case-token') {
    const cases = data.cases.profiles[owner.profileId]?.cases ?? [];
    return cases.some((c) => c.id === owner.caseId && c.tokenSource === 'case') ? null : ORPHAN_REASONS.caseGone;
  }
  return null;
}

export function createKeychainDoctor(deps: KeychainDoctorDeps): KeychainDoctor {
  const nowMs = deps.nowMs ?? (() => Date.now());
  const profiles = createProfileStore(deps.dataDir, nowMs);
  const history = openJsonDocument(createDataFile(join(deps.dataDir, HISTORY_FILE), nowMs), historyDocument);
  const cases = openJsonDocument(createDataFile(join(deps.dataDir, CALLBACK_CASES_FILE_NAME), nowMs), callbackCasesDocument);

  async function orphans(): Promise<OrphanedSecret[]> {
    // The keychain first, then the files: every store writes the keychain before its file, so
    // an entry listed here whose file write is still under way is seen with its file written.
    const accounts = await deps.secrets.listAccounts();
    const data: DataFolderView = { profiles: await profiles.load(), history: await history.read(), cases: await cases.read() };
    const found: OrphanedSecret[] = [];
    for (const account of accounts) {
      const owner = accountOwner(account);
      const reason = owner && orphanReason(owner, data);
      if (owner && reason) found.push({ account, kind: owner.kind, reason });
    }
    return found.sort((a, b) => (a.account < b.account ? -1 : a.account > b.account ? 1 : 0));
  }

  /** Every data file that names keychain entries, locked in the one order all stores nest them. */
  function underEveryLock<T>(operation: () => Promise<T>): Promise<T> {
    return history.locked(() => cases.locked(() => profiles.exclusive(operation)));
  }

  return {
    dataDir: deps.dataDir,
    findOrphans: orphans,
    removeOrphans: (accounts) =>
      underEveryLock(async () => {
        const orphaned = new Set((await orphans()).map((o) => o.account));
        const removed: string[] = [];
        const kept: string[] = [];
        for (const account of new Set(accounts)) {
          if (orphaned.has(account)) {
            await deps.secrets.delete(account);
            removed.push(account);
          } else kept.push(account);
        }
        return { removed, kept };
      }),
  };
}
