/**
 * The secret store interface: the OS keychain in production, an in-memory fake in tests.
 *
 * Everything above the keychain (vault, signing service, IPC handlers, CLI) depends on this
 * interface only, so it can be tested without a Secret Service; `keychain.ts` is the one
 * implementation that talks to the OS (and the only keytar import).
 * Failures are `TokenLabError`s with KEYCHAIN_UNAVAILABLE / KEYCHAIN_LOCKED / KEYCHAIN_ERROR —
 * never a silent fallback to storing the secret elsewhere.
 */
import type { KeychainState } from '../../shared/ipc/channels/vault';
import type { KeychainRemedy, MainErrorKey, MainTextParams } from '../i18n/mainText';

/** The status's message and remedy as catalogue keys, for wording them in the reader's language. */
export interface KeychainStatusWording {
  message: { key: MainErrorKey; params: MainTextParams } | null;
  remedy: KeychainRemedy | null;
}

export interface SecretStoreStatus {
  state: KeychainState;
  /** One sentence for the user; '' when available. */
  message: string;
  /** What to install or do; null when nothing. */
  remedy: string | null;
  /** The same words as keys (the real keychain gives them; the page gets them in its language). */
  wording?: KeychainStatusWording;
}

export interface SecretStore {
  /** The secret of one account, or null when there is none. */
  get(account: string): Promise<string | null>;
  /** Create or overwrite. */
  set(account: string, secret: string): Promise<void>;
  /** true when an entry was removed. */
  delete(account: string): Promise<boolean>;
  /** Account names (never secrets) stored under our service. */
  listAccounts(): Promise<string[]>;
  /** Probe whether the store can be used right now; never throws. */
  status(): Promise<SecretStoreStatus>;
}
