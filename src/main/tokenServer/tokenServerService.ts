/**
 * The token server as a main-side service: one run at a time, started and stopped by the CLI
 * (`tokenlab serve`) and by the app's Token server screen (`tokenServer:*`), with the same
 * settings, faults and request log for both.
 *
 * The bearer key is made here per start (and on rotate) and returned to the caller once; the
 * status never repeats it. Prod-tagged profiles are served only after the ConfirmPort said yes.
 */
import type { RandomBytes } from '../../shared/crypto/cryptoPort';
import { MainTextError } from '../i18n/mainText';
import { zodDetailParams } from '../../shared/ipc/describeZodError';
import { serverFaultsSchema, type ServerFaults, type ServerFaultsInput } from '../../shared/tokenServer/faultConfig';
import { MAX_LOG_ENTRIES, type RequestLogEntry } from '../../shared/tokenServer/requestLog';
import { serverSettingsSchema, type ServerSettings, type ServerSettingsInput } from '../../shared/tokenServer/serverSettings';
import { newBearerKey } from './bearerKey';
import { startTokenHttpServer, type RunningHttpServer } from './httpServer';
import { refuseAllConfirm, type ConfirmPort } from '../security/confirmPort';
import type { Language } from '../../shared/i18n';
import { prodConfirmation } from './prodConfirmation';
import type { ProfileGate, TokenMinter } from './ports';

export interface TokenServerStatus {
  running: boolean;
  url: string | null;
  /** Epoch ms of the start. */
  startedAt: number | null;
  settings: Omit<ServerSettings, 'faults'> | null;
  faults: ServerFaults;
  /** Requests seen this run. */
  requests: number;
}

export interface TokenServerService {
  /** Starts a run; the key is in this answer only. */
  start(settings: ServerSettingsInput): Promise<{ url: string; key: string; status: TokenServerStatus }>;
  stop(): Promise<TokenServerStatus>;
  status(): TokenServerStatus;
  rotateKey(): { key: string };
  setFaults(faults: ServerFaultsInput): TokenServerStatus;
  /** Entries with `seq` > `after` (the newest MAX_LOG_ENTRIES are kept). */
  log(after?: number): RequestLogEntry[];
  /** Called for every request line; returns the unsubscribe. */
  onLog(listener: (entry: RequestLogEntry) => void): () => void;
}

export interface TokenServerServiceDeps {
  /** A fresh minter per run, so profiles and secrets are read again at each start. */
  createMinter(): TokenMinter & ProfileGate;
  randomBytes: RandomBytes;
  /** Epoch milliseconds. */
  nowMs(): number;
  sleep?(ms: number): Promise<void>;
  confirm?: ConfirmPort;
  /** The language the prod confirmation is asked in (default English). */
  language?(): Language;
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function createTokenServerService(deps: TokenServerServiceDeps): TokenServerService {
  let running: { http: RunningHttpServer; settings: Omit<ServerSettings, 'faults'>; startedAt: number } | null = null;
  let starting = false;
  let key = '';
  let faults: ServerFaults = serverFaultsSchema.parse({});
  let requests = 0;
  let entries: RequestLogEntry[] = [];
  const listeners = new Set<(entry: RequestLogEntry) => void>();

  const status = (): TokenServerStatus => ({
    running: running !== null,
    url: running?.http.url ?? null,
    startedAt: running?.startedAt ?? null,
    settings: running?.settings ?? null,
    faults,
    requests,
  });

  function record(entry: RequestLogEntry): void {
    requests = entry.seq;
    entries.push(entry);
    if (entries.length > MAX_LOG_ENTRIES * 2) entries = entries.slice(-MAX_LOG_ENTRIES);
    for (const listener of listeners) listener(entry);
  }

  return {
    async start(input) {
      if (running || starting) throw new MainTextError('INVALID_INPUT', 'serverRunning', { url: running?.http.url ?? '…' });
      const parsed = serverSettingsSchema.safeParse(input);
      if (!parsed.success) throw new MainTextError('INVALID_INPUT', 'badServerSettings', zodDetailParams(parsed.error));
      const { faults: initialFaults, ...settings } = parsed.data;
      starting = true;
      try {
        const prodConfirmed = settings.allowProd ? await (deps.confirm ?? refuseAllConfirm).confirm(prodConfirmation(deps.language?.() ?? 'en')) : false;
        if (settings.allowProd && !prodConfirmed) throw new MainTextError('INVALID_INPUT', 'prodNotConfirmed');
        faults = initialFaults;
        key = newBearerKey(deps.randomBytes);
        requests = 0;
        entries = [];
        const minter = deps.createMinter();
        const http = await startTokenHttpServer({
          settings,
          minter,
          gate: minter,
          key: () => key,
          faults: () => faults,
          prodConfirmed,
          nowMs: deps.nowMs,
          sleep: deps.sleep ?? realSleep,
          onLog: record,
        }).catch((e: NodeJS.ErrnoException) => {
          throw e.code === 'EADDRINUSE' ? new MainTextError('IO_ERROR', 'portInUse', { port: String(settings.port) }) : new MainTextError('IO_ERROR', 'cannotListen', { code: e.code ?? 'error' });
        });
        running = { http, settings, startedAt: deps.nowMs() };
        return { url: http.url, key, status: status() };
      } finally {
        starting = false;
      }
    },

    async stop() {
      const current = running;
      running = null;
      key = '';
      if (current) await current.http.close();
      return status();
    },

    status,

    rotateKey() {
      if (!running) throw new MainTextError('INVALID_INPUT', 'serverNotRunning');
      key = newBearerKey(deps.randomBytes);
      return { key };
    },

    setFaults(input) {
      const parsed = serverFaultsSchema.safeParse(input);
      if (!parsed.success) throw new MainTextError('INVALID_INPUT', 'badFaultConfig', zodDetailParams(parsed.error));
      faults = parsed.data;
      return status();
    },

    log(after = 0) {
      return entries.filter((e) => e.seq > after).slice(-MAX_LOG_ENTRIES);
    },

    onLog(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
