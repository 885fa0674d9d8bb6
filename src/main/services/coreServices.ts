/**
 * The application layer, built once: the services both the IPC handlers and the CLI call.
 *
 * src/main/composition.ts adds the app-only pieces (clipboard, history, IPC dispatch) on top;
 * src/cli/cliServices.ts builds the same core for a `tokenlab` run. So a rule about profiles,
 * minting, verification or simulation credentials lives in one service, whichever door the
 * user came in by. Plain Node: no electron.
 */
import type { Language } from '../../shared/i18n';
import type { CryptoPort, RandomBytes } from '../../shared/crypto/cryptoPort';
import { defaultRegistry, type FamilyRegistry } from '../../shared/families/registry';
import { createCommsEaseServices, type CommsEaseServices } from '../commsease/commseaseServices';
import { nodeCryptoPort, nodeRandomBytes } from '../crypto/nodeCryptoPort';
import { refuseAllConfirm, type ConfirmPort } from '../security/confirmPort';
import { createDestinationApprovals } from '../security/destinationApprovals';
import { createDestinationGate, type DestinationGate } from '../security/destinationGate';
import { createProfileStore, type ProfileStore } from '../vault/profileStore';
import { createProfileVault, type ProfileVault } from '../vault/profileVault';
import type { SecretStore } from '../vault/secretStore';
import { createSigningService, type SigningService } from './signingService';
import { createSimulationService, type SimulationService } from './simulationService';

export interface CoreServiceDeps {
  dataDir: string;
  secrets: SecretStore;
  /** The token families; default: the shipped ones (tests inject a toy family). */
  registry?: FamilyRegistry;
  /** Epoch milliseconds. */
  nowMs?: () => number;
  randomBytes?: RandomBytes;
  crypto?: CryptoPort;
  log?: (line: string) => void;
  /**
   * Where stored secrets and signed calls may go: the gate, or the person's ConfirmPort to
   * build it with (the app's native dialog); absent, every unapproved destination is refused.
   */
  destinations?: DestinationGate;
  confirm?: ConfirmPort;
  /** The language main asks and reports in (the app's pick; default English). */
  language?: () => Language;
}

export interface CoreServices {
  dataDir: string;
  registry: FamilyRegistry;
  crypto: CryptoPort;
  randomBytes: RandomBytes;
  nowMs: () => number;
  store: ProfileStore;
  secrets: SecretStore;
  vault: ProfileVault;
  signing: SigningService;
  simulation: SimulationService;
  commsease: CommsEaseServices;
  destinations: DestinationGate;
}

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export function createCoreServices(deps: CoreServiceDeps): CoreServices {
  const registry = deps.registry ?? defaultRegistry;
  const nowMs = deps.nowMs ?? (() => Date.now());
  const randomBytes = deps.randomBytes ?? nodeRandomBytes;
  const crypto = deps.crypto ?? nodeCryptoPort;
  const store = createProfileStore(deps.dataDir, nowMs, registry);
  const vault = createProfileVault({
    dataDir: deps.dataDir,
    store,
    secrets: deps.secrets,
    now: () => Math.floor(nowMs() / 1000),
    newId: () => hex(randomBytes(8)),
    registry,
    ...(deps.language ? { language: deps.language } : {}),
  });
  const signing = createSigningService({ vault, registry, crypto, randomBytes, nowMs });
  const simulation = createSimulationService({ vault, registry });
  const destinations =
    deps.destinations ??
    createDestinationGate({
      approvals: createDestinationApprovals({ dataDir: deps.dataDir, nowMs, ...(deps.log ? { log: deps.log } : {}) }),
      confirm: deps.confirm ?? refuseAllConfirm,
      ...(deps.language ? { language: deps.language } : {}),
    });
  const commsease = createCommsEaseServices({
    dataDir: deps.dataDir,
    vault,
    secrets: deps.secrets,
    crypto,
    randomBytes,
    destinations,
    nowMs,
    ...(deps.log ? { log: deps.log } : {}),
    ...(deps.language ? { language: deps.language } : {}),
  });
  return { dataDir: deps.dataDir, registry, crypto, randomBytes, nowMs, store, secrets: deps.secrets, vault, signing, simulation, commsease, destinations };
}
