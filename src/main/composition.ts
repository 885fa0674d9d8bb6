/**
 * Build the main-process services and IPC handlers from their outside-world dependencies.
 *
 * Plain Node (no electron): src/main/index.ts calls it with the real keychain, clipboard and
 * clock; the e2e tests and the canary/fuzz tests call it with a temp data folder, an
 * in-memory keychain and fake clipboard/timers — so every test drives the same handlers the
 * app runs.
 */
import { join } from 'node:path';
import type { CryptoPort, RandomBytes } from '../shared/crypto/cryptoPort';
import type { FamilyRegistry } from '../shared/families/registry';
import { createCoreServices } from './services/coreServices';
import { createIpcDispatcher, type DispatchLog, type IpcDispatch } from './ipc/dispatch';
import type { IpcHandlers } from './ipc/handlerTypes';
import { createIpcHandlers } from './ipc/handlers';
import { createClipboardAutoClear, type ClipboardAutoClear, type ClipboardPort, type TimerPort } from './services/clipboardAutoClear';
import type { SigningService } from './services/signingService';
import { createHistoryStore, HISTORY_FILE, type HistoryStore } from './history/historyStore';
import type { CommsEaseServices } from './commsease/commseaseServices';
import type { HistoryEntry } from '../shared/ipc/channels/history';
import { createKeychainDoctor, type KeychainDoctor } from './services/keychainDoctor';
import { createDataFile } from './vault/dataFile';
import type { ProfileVault } from './vault/profileVault';
import type { SecretStore } from './vault/secretStore';
import { refuseAllConfirm, type ConfirmPort } from './security/confirmPort';
import { createAppLanguage, type AppLanguage } from './i18n/appLanguage';
import type { DestinationGate } from './security/destinationGate';
import { createTokenServerService, type TokenServerService } from './tokenServer/tokenServerService';
import { createSigningTokenMinter } from './tokenServer/signingTokenMinter';
import type { RequestLogEntry } from '../shared/tokenServer/requestLog';

export interface AppServiceDeps {
  dataDir: string;
  secrets: SecretStore;
  clipboard: ClipboardPort;
  timers?: TimerPort;
  /** Epoch milliseconds. */
  nowMs?: () => number;
  randomBytes?: RandomBytes;
  crypto?: CryptoPort;
  /** Operation log (channel + outcome, keychain operation + outcome); never values. */
  log?: DispatchLog;
  /** The token families; default: the shipped ones. */
  registry?: FamilyRegistry;
  /**
   * Asks the person, in main, before a stored secret goes to a destination they have not
   * approved, and before the token server serves prod-tagged profiles (a native dialog in the
   * app). Absent: every such send and prod serving is refused.
   */
  confirm?: ConfirmPort;
  /**
   * The language main speaks (the app starts it at the OS's; default: English). The page
   * switches it with `settings:setLanguage`; main's questions, reports and errors follow.
   */
  language?: AppLanguage;
  /** Called when the clipboard auto-clear removed our text. */
  onClipboardCleared?: (at: number) => void;
  /** Told the pinned history entries after every change (the expiry notifier listens). */
  onPinnedChange?: (pinned: readonly HistoryEntry[]) => void;
  /** Told every token server request line (the window gets it as the `tokenServer:logged` event). */
  onTokenServerLog?: (entry: RequestLogEntry) => void;
}

export interface AppServices {
  vault: ProfileVault;
  signing: SigningService;
  clipboard: ClipboardAutoClear;
  history: HistoryStore;
  commsease: CommsEaseServices;
  destinations: DestinationGate;
  tokenServer: TokenServerService;
  doctor: KeychainDoctor;
  /** The language main speaks now; the menu listens to it. */
  language: AppLanguage;
  handlers: IpcHandlers;
  dispatch: IpcDispatch;
}

export { HISTORY_FILE };

const realTimers: TimerPort = {
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createAppServices(deps: AppServiceDeps): AppServices {
  const language = deps.language ?? createAppLanguage('en');
  const core = createCoreServices({
    language: language.current,
    dataDir: deps.dataDir,
    secrets: deps.secrets,
    ...(deps.registry ? { registry: deps.registry } : {}),
    ...(deps.nowMs ? { nowMs: deps.nowMs } : {}),
    ...(deps.randomBytes ? { randomBytes: deps.randomBytes } : {}),
    ...(deps.crypto ? { crypto: deps.crypto } : {}),
    ...(deps.log ? { log: deps.log } : {}),
    ...(deps.confirm ? { confirm: deps.confirm } : {}),
  });
  const { vault, signing, commsease, destinations, crypto, randomBytes, nowMs, registry } = core;
  const now = (): number => Math.floor(nowMs() / 1000);
  const clipboard = createClipboardAutoClear({
    clipboard: deps.clipboard,
    timers: deps.timers ?? realTimers,
    now,
    ...(deps.onClipboardCleared ? { onCleared: deps.onClipboardCleared } : {}),
  });
  const newHexId = (): string => Buffer.from(randomBytes(8)).toString('hex');
  const history = createHistoryStore({
    file: createDataFile(join(deps.dataDir, HISTORY_FILE), nowMs),
    secrets: deps.secrets,
    inspect: (tokens, options) => signing.inspect(tokens, options),
    describeProfile: async (id) => {
      try {
        const profile = await vault.get(id);
        return { name: profile.name, env: profile.env };
      } catch {
        return null;
      }
    },
    sha256Hex: (text) => crypto.sha256Hex(text),
    registry,
    randomId: newHexId,
    now,
    ...(deps.onPinnedChange ? { onPinnedChange: deps.onPinnedChange } : {}),
    ...(deps.log ? { log: deps.log } : {}),
  });
  const tokenServer = createTokenServerService({
    createMinter: () => createSigningTokenMinter({ vault, signing, registry }),
    randomBytes,
    nowMs,
    confirm: deps.confirm ?? refuseAllConfirm,
    language: language.current,
  });
  if (deps.onTokenServerLog) tokenServer.onLog(deps.onTokenServerLog);
  const doctor = createKeychainDoctor({ dataDir: deps.dataDir, secrets: deps.secrets, nowMs });
  // Other domains: build the service here and pass it in the object below.
  const handlers = createIpcHandlers({ vault, signing, simulation: core.simulation, clipboard, history, commsease, crypto, doctor, tokenServer, language });
  const dispatch = createIpcDispatcher(handlers, { language: language.current, ...(deps.log ? { log: deps.log } : {}) });
  return { vault, signing, clipboard, history, commsease, destinations, doctor, tokenServer, language, handlers, dispatch };
}
