/**
 * The OS keychain (macOS Keychain, Windows Credential Manager, Linux Secret Service) via keytar.
 *
 * The only module that imports keytar, and lazily: keytar is a native addon that links
 * libsecret on Linux, and a missing libsecret must not crash the app — the rest of TokenLab
 * works, and `status()` says what to install. Every failure becomes a specific TokenLabError
 * (KEYCHAIN_UNAVAILABLE / KEYCHAIN_LOCKED / KEYCHAIN_ERROR); there is no fallback store.
 *
 * Two libsecret behaviours shape this file (both reproduced against gnome-keyring):
 * - reading from a LOCKED collection returns "no password" instead of an error, so a `null`
 *   from `get` is double-checked with a write probe before we answer "missing";
 * - `findCredentials` on a locked collection crashes the process (a NULL secret value reaches
 *   `secret_value_get_text`), so `listAccounts` always probes first and never lists while locked.
 * Logs name operations and outcomes, never values.
 */
import { TokenLabError } from '../../shared/errors';
import { mainT, MainTextError, type KeychainRemedy } from '../i18n/mainText';
import { KEYCHAIN_SERVICE } from './keychainAccounts';
import type { KeychainStatusWording, SecretStore, SecretStoreStatus } from './secretStore';

/** The part of keytar we use. */
export interface KeytarApi {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
  findCredentials(service: string): Promise<Array<{ account: string; password: string }>>;
}

export type KeytarLoader = () => Promise<KeytarApi>;

export interface KeychainOptions {
  /** Default `TokenLab`. Tests use their own service name so they never touch real entries. */
  service?: string;
  /** Default: `import('keytar')`. */
  load?: KeytarLoader;
  platform?: NodeJS.Platform;
  log?: (line: string) => void;
}

/** The account used to probe whether the keychain accepts writes (i.e. is unlocked). */
export const PROBE_ACCOUNT = 'probe:availability';

const defaultLoader: KeytarLoader = async () => {
  const mod = (await import('keytar')) as unknown as KeytarApi & { default?: KeytarApi };
  return mod.default ?? mod;
};

/** Which remedy applies on `platform` (its words are in the catalogue, main.keychainRemedy). */
export function keychainRemedyKey(platform: NodeJS.Platform): KeychainRemedy {
  return platform === 'linux' || platform === 'darwin' ? platform : 'win32';
}

/** What to install or do when keytar cannot load, per platform, in English. */
export function keychainRemedy(platform: NodeJS.Platform): string {
  return mainT('en')(`keychainRemedy.${keychainRemedyKey(platform)}`);
}

const UNAVAILABLE_PATTERNS = [
  /could not connect/i,
  /cannot autolaunch d-bus/i,
  /not provided by any \.service files/i,
  /org\.freedesktop\.DBus\.Error\.(ServiceUnknown|NoReply|Spawn|FileNotFound|NoServer)/i,
  /no such secret collection/i,
  /dbus/i,
];
const LOCKED_PATTERNS = [
  /locked/i,
  /user interaction is not allowed/i,
  /passphrase you entered is not correct/i,
  /prompt.*(dismissed|cancel)/i,
  /operation was cancelled/i,
  /user canceled/i,
];

/** Turn whatever keytar/libsecret threw into a specific, user-readable error. */
export function classifyKeychainError(error: unknown, platform: NodeJS.Platform): TokenLabError {
  if (error instanceof TokenLabError) return error;
  const text = error instanceof Error ? error.message : String(error);
  if (LOCKED_PATTERNS.some((p) => p.test(text))) {
    return new MainTextError('KEYCHAIN_LOCKED', platform === 'linux' ? 'keychainLockedLinux' : 'keychainLocked');
  }
  if (UNAVAILABLE_PATTERNS.some((p) => p.test(text))) {
    return new MainTextError('KEYCHAIN_UNAVAILABLE', 'keychainUnreachable', { detail: text, remedy: keychainRemedyKey(platform) });
  }
  return new MainTextError('KEYCHAIN_ERROR', 'keychainRefused', { detail: text });
}

function loadFailure(error: unknown, platform: NodeJS.Platform): TokenLabError {
  const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  return new MainTextError('KEYCHAIN_UNAVAILABLE', 'keychainNotLoaded', { detail, remedy: keychainRemedyKey(platform) });
}

/** The status's words as keys, so the page gets them in its language (see wordKeychainStatus). */
function statusWording(error: TokenLabError, remedy: KeychainRemedy | null): KeychainStatusWording {
  if (!(error instanceof MainTextError)) return { message: null, remedy };
  // The remedy has a line of its own in the status, not a place in the sentence.
  const params = 'remedy' in error.textParams ? { ...error.textParams, remedy: '' } : error.textParams;
  return { message: { key: error.textKey, params }, remedy };
}

export function createKeychainStore(options: KeychainOptions = {}): SecretStore {
  const service = options.service ?? KEYCHAIN_SERVICE;
  const load = options.load ?? defaultLoader;
  const platform = options.platform ?? process.platform;
  const log = options.log ?? (() => {});
  let loaded: KeytarApi | null = null;

  /** Load keytar on first use; a failure is not cached, so installing libsecret and retrying works. */
  async function keytar(): Promise<KeytarApi> {
    if (loaded) return loaded;
    try {
      loaded = await load();
      return loaded;
    } catch (error) {
      log('keychain: keytar failed to load');
      throw loadFailure(error, platform);
    }
  }

  async function run<T>(operation: string, call: (api: KeytarApi) => Promise<T>): Promise<T> {
    const api = await keytar();
    try {
      const result = await call(api);
      log(`keychain ${operation}: ok`);
      return result;
    } catch (error) {
      const classified = classifyKeychainError(error, platform);
      log(`keychain ${operation}: ${classified.code}`);
      throw classified;
    }
  }

  /** Throws KEYCHAIN_LOCKED (or another specific error) unless a write succeeds right now. */
  async function assertWritable(): Promise<void> {
    await run('probe', async (api) => {
      await api.setPassword(service, PROBE_ACCOUNT, 'probe');
      await api.deletePassword(service, PROBE_ACCOUNT);
    });
  }

  return {
    async get(account) {
      const value = await run('get', (api) => api.getPassword(service, account));
      if (value !== null) return value;
      // libsecret answers "nothing" for a locked collection: make sure it is really absent.
      await assertWritable();
      return null;
    },
    async set(account, secret) {
      await run('set', (api) => api.setPassword(service, account, secret));
    },
    async delete(account) {
      return run('delete', (api) => api.deletePassword(service, account));
    },
    async listAccounts() {
      await assertWritable(); // never list a locked collection (libsecret crashes)
      const found = await run('list', (api) => api.findCredentials(service));
      return found.map((c) => c.account).filter((a) => a !== PROBE_ACCOUNT);
    },
    async status(): Promise<SecretStoreStatus> {
      try {
        await assertWritable();
        return { state: 'available', message: '', remedy: null };
      } catch (error) {
        const e = classifyKeychainError(error, platform);
        if (e.code === 'KEYCHAIN_UNAVAILABLE') {
          const remedy = keychainRemedy(platform);
          return { state: 'unavailable', message: e.message.replace(remedy, '').trim(), remedy, wording: statusWording(e, keychainRemedyKey(platform)) };
        }
        if (e.code === 'KEYCHAIN_LOCKED') return { state: 'locked', message: e.message, remedy: mainT('en')('keychainRemedy.unlock'), wording: statusWording(e, 'unlock') };
        return { state: 'error', message: e.message, remedy: null, wording: statusWording(e, null) };
      }
    },
  };
}
