/**
 * The app's real main-side services and IPC dispatcher, on a temp data folder, with an
 * in-memory keychain, a fake clipboard, manual timers, a fixed clock, a seeded random source
 * and a captured log — what the canary, fuzz and e2e tests drive.
 */
import type { RequestLogEntry } from '../../src/shared/tokenServer/requestLog';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppServices, type AppServices } from '../../src/main/composition';
import type { IpcDispatch } from '../../src/main/ipc/dispatch';
import type { ClipboardPort, TimerPort } from '../../src/main/services/clipboardAutoClear';
import { createMemorySecretStore, type MemorySecretStore } from '../../src/main/vault/memorySecretStore';
import { fakeRandomBytes } from './cliHarness';
import { createFakeConfirm, type FakeConfirm } from './fakeConfirm';

export interface FakeClipboard extends ClipboardPort {
  text: string;
}

export interface ManualTimers extends TimerPort {
  /** Run every pending timer callback. */
  runAll(): void;
  pending(): number;
}

export interface IpcTestApp {
  dataDir: string;
  secrets: MemorySecretStore;
  clipboard: FakeClipboard;
  timers: ManualTimers;
  logs: string[];
  /** The token server's request lines as the window gets them (the `tokenServer:logged` event). */
  tokenServerLogged: RequestLogEntry[];
  /** Main's confirmation dialog: says yes unless told otherwise; records the questions. */
  confirm: FakeConfirm;
  services: AppServices;
  dispatch: IpcDispatch;
  close(): Promise<void>;
}

export function createFakeClipboard(): FakeClipboard {
  const clipboard: FakeClipboard = {
    text: '',
    readText: () => clipboard.text,
    writeText: (text) => {
      clipboard.text = text;
    },
  };
  return clipboard;
}

export function createManualTimers(): ManualTimers {
  const callbacks = new Map<number, () => void>();
  let next = 1;
  return {
    setTimeout(callback) {
      const id = next++;
      callbacks.set(id, callback);
      return id;
    },
    clearTimeout(handle) {
      callbacks.delete(handle as number);
    },
    runAll() {
      const due = [...callbacks.values()];
      callbacks.clear();
      for (const callback of due) callback();
    },
    pending: () => callbacks.size,
  };
}

export async function startIpcTestApp(options: { nowMs?: number; seed?: number; confirm?: FakeConfirm } = {}): Promise<IpcTestApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tokenlab-ipc-'));
  const secrets = createMemorySecretStore();
  const clipboard = createFakeClipboard();
  const timers = createManualTimers();
  const logs: string[] = [];
  const tokenServerLogged: RequestLogEntry[] = [];
  const nowMs = options.nowMs ?? 1_700_000_000_000;
  const confirm = options.confirm ?? createFakeConfirm(true);
  const services = createAppServices({
    confirm,
    dataDir,
    secrets,
    clipboard,
    timers,
    nowMs: () => nowMs,
    randomBytes: fakeRandomBytes(options.seed ?? 7),
    log: (line) => logs.push(line),
    onTokenServerLog: (entry) => tokenServerLogged.push(entry),
  });
  return {
    dataDir,
    secrets,
    clipboard,
    timers,
    logs,
    tokenServerLogged,
    confirm,
    services,
    dispatch: services.dispatch,
    close: async () => {
      await services.tokenServer.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
