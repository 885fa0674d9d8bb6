/**
 * The CommsEase services of the main process, built once from the vault and the outside world.
 *
 * One factory so the app (src/main/composition.ts), the CLI and the tests wire the same
 * pieces the same way: static tokens through the vault, the server API signed with the
 * profile's AppSecret, and the callback cases in `commsease-callback-cases.json`.
 */
import type { Language } from '../../shared/i18n';
import { join } from 'node:path';
import type { CryptoPort, RandomBytes } from '../../shared/crypto/cryptoPort';
import { createDataFile } from '../vault/dataFile';
import type { ProfileVault } from '../vault/profileVault';
import type { SecretStore } from '../vault/secretStore';
import { CALLBACK_CASES_FILE_NAME, createCallbackCaseStore, type CallbackCaseStore } from './callbackCaseStore';
import { createCallbackService, type CallbackService } from './callbackService';
import type { MonotonicClock } from './httpPost';
import { createStaticTokenService, type StaticTokenService } from './staticTokenService';
import { createStaticTokenStore, type StaticTokenStore } from './staticTokenStore';
import type { DestinationGate } from '../security/destinationGate';

export interface CommsEaseServices {
  staticTokens: StaticTokenStore;
  staticApi: StaticTokenService;
  callbacks: CallbackService;
  cases: CallbackCaseStore;
}

export interface CommsEaseServiceDeps {
  dataDir: string;
  vault: ProfileVault;
  secrets: SecretStore;
  crypto: CryptoPort;
  randomBytes: RandomBytes;
  /** Main's approval of where stored secrets and signed calls may go. */
  destinations: DestinationGate;
  /** Epoch milliseconds. */
  nowMs: () => number;
  /** Server API deadline; the callback deadline is CommsEase's 2 s unless given. */
  apiTimeoutMs?: number;
  callbackTimeoutMs?: number;
  monotonicMs?: MonotonicClock;
  log?: (line: string) => void;
  /** The language main words its reports in (default English). */
  language?: () => Language;
}

export function createCommsEaseServices(deps: CommsEaseServiceDeps): CommsEaseServices {
  const staticTokens = createStaticTokenStore(deps.vault, deps.crypto);
  const cases = createCallbackCaseStore({
    file: createDataFile(join(deps.dataDir, CALLBACK_CASES_FILE_NAME), deps.nowMs),
    secrets: deps.secrets,
    readStaticToken: (profileId, accid) => deps.vault.readStaticToken(profileId, accid),
    randomId: () => Array.from(deps.randomBytes(8), (b) => b.toString(16).padStart(2, '0')).join(''),
    ...(deps.log ? { log: deps.log } : {}),
  });
  const staticApi = createStaticTokenService({
    vault: deps.vault,
    store: staticTokens,
    destinations: deps.destinations,
    crypto: deps.crypto,
    randomBytes: deps.randomBytes,
    now: () => Math.floor(deps.nowMs() / 1000),
    ...(deps.apiTimeoutMs !== undefined ? { timeoutMs: deps.apiTimeoutMs } : {}),
    ...(deps.language ? { language: deps.language } : {}),
    ...(deps.monotonicMs ? { monotonicMs: deps.monotonicMs } : {}),
  });
  const callbacks = createCallbackService({
    vault: deps.vault,
    cases,
    destinations: deps.destinations,
    crypto: deps.crypto,
    nowMs: deps.nowMs,
    ...(deps.callbackTimeoutMs !== undefined ? { timeoutMs: deps.callbackTimeoutMs } : {}),
    ...(deps.language ? { language: deps.language } : {}),
    ...(deps.monotonicMs ? { monotonicMs: deps.monotonicMs } : {}),
  });
  return { staticTokens, staticApi, callbacks, cases };
}
