/**
 * The Token server screen's state: the settings form, the running server (URL, the key shown
 * once), the fault config being edited, the live request log and a log opened from a file.
 * Every call to main is an action here; `logged` is fed by the `tokenServer:logged` event.
 */
import { createStore } from 'zustand/vanilla';
import type { ResponseOf } from '../../../../shared/ipc/channel';
import type { IpcContract } from '../../../../shared/ipc/contract';
import { serverFaultsSchema } from '../../../../shared/tokenServer/faultConfig';
import { MAX_LOG_ENTRIES, parseRequestLog, type RequestLogEntry } from '../../../../shared/tokenServer/requestLog';
import { DEFAULT_MAX_TTL_SECONDS, DEFAULT_RATE_LIMIT_PER_SECOND, type ServerSettingsInput } from '../../../../shared/tokenServer/serverSettings';
import type { StoreDeps } from '../../app/storeDeps';

export type TokenServerStatusView = ResponseOf<IpcContract['tokenServer:status']>;

export interface SettingsForm {
  port: string;
  maxTtlSeconds: string;
  overMaxTtl: 'clamp' | 'refuse';
  rateLimitPerSecond: string;
  /** One per line. */
  corsOrigins: string;
  /** Comma-separated profile names; empty = all. */
  profiles: string;
  allowProd: boolean;
}

/** Ready-made fault configs, in the words of the issue. */
export const FAULT_PRESETS: ReadonlyArray<{ label: string; config: object }> = [
  { label: 'No faults', config: {} },
  { label: '40-s tokens, 3rd renewal fails', config: { ttlOverrideSeconds: 40, failRequests: [3] } },
  { label: 'Slow (0.5–3 s) and 20 % errors', config: { seed: 1, latency: { kind: 'uniform', minMs: 500, maxMs: 3000 }, failureRate: 0.2 } },
  { label: 'Wrong tokens (expired / other user)', config: { faults: { expired: 0.3, otherUser: 0.3 } } },
  { label: 'Outage 60–90 s after start', config: { outages: [{ atSeconds: 60, forSeconds: 30 }] } },
];

export interface TokenServerState {
  status: TokenServerStatusView | null;
  form: SettingsForm;
  /** The bearer key of this run, as start/rotate returned it; main never repeats it. */
  key: string | null;
  faultsText: string;
  faultsError: string | null;
  error: string | null;
  busy: boolean;
  log: RequestLogEntry[];
  /** A saved log opened for the timeline; null = the timeline shows the live log. */
  opened: { name: string; entries: RequestLogEntry[] } | null;
  refresh(): Promise<void>;
  setForm(patch: Partial<SettingsForm>): void;
  start(): Promise<void>;
  stop(): Promise<void>;
  rotateKey(): Promise<void>;
  setFaultsText(text: string): void;
  applyFaults(): Promise<void>;
  logged(entry: RequestLogEntry): void;
  openLog(name: string, text: string): string | null;
  closeOpenedLog(): void;
}

const INITIAL_FORM: SettingsForm = {
  port: '',
  maxTtlSeconds: String(DEFAULT_MAX_TTL_SECONDS),
  overMaxTtl: 'clamp',
  rateLimitPerSecond: String(DEFAULT_RATE_LIMIT_PER_SECOND),
  corsOrigins: '',
  profiles: '',
  allowProd: false,
};

function wholeNumber(text: string, name: string): number | undefined {
  if (text.trim() === '') return undefined;
  if (!/^\d+$/.test(text.trim())) throw new Error(`${name} must be a whole number`);
  return Number(text.trim());
}

function settingsFrom(form: SettingsForm, faults: object): ServerSettingsInput {
  const port = wholeNumber(form.port, 'Port');
  const maxTtl = wholeNumber(form.maxTtlSeconds, 'Maximum TTL');
  const rate = wholeNumber(form.rateLimitPerSecond, 'Rate limit');
  return {
    ...(port !== undefined ? { port } : {}),
    ...(maxTtl !== undefined ? { maxTtlSeconds: maxTtl } : {}),
    ...(rate !== undefined ? { rateLimitPerSecond: rate } : {}),
    overMaxTtl: form.overMaxTtl,
    corsOrigins: form.corsOrigins.split('\n').map((s) => s.trim()).filter(Boolean),
    profiles: form.profiles.split(',').map((s) => s.trim()).filter(Boolean),
    allowProd: form.allowProd,
    faults,
  };
}

/** The fault text as a config, or the reason it is not one (every bad field named). */
export function parseFaultsText(text: string): { ok: true; config: object } | { ok: false; message: string } {
  let value: unknown;
  try {
    value = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    return { ok: false, message: 'The fault config is not valid JSON.' };
  }
  const parsed = serverFaultsSchema.safeParse(value);
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => `${i.path.join('.') || 'config'}: ${i.message}`).join('; ') };
  return { ok: true, config: value as object };
}

export function createTokenServerStore({ api }: StoreDeps) {
  return createStore<TokenServerState>()((set, get) => ({
    status: null,
    form: INITIAL_FORM,
    key: null,
    faultsText: '{}',
    faultsError: null,
    error: null,
    busy: false,
    log: [],
    opened: null,

    async refresh() {
      const reply = await api.tokenServer.status();
      if (reply.ok) set({ status: reply.value, ...(reply.value.running ? {} : { key: null }) });
      const log = await api.tokenServer.log({});
      if (log.ok) set({ log: log.value.entries });
    },

    setForm(patch) {
      set({ form: { ...get().form, ...patch } });
    },

    async start() {
      const faults = parseFaultsText(get().faultsText);
      if (!faults.ok) {
        set({ faultsError: faults.message });
        return;
      }
      let settings: ServerSettingsInput;
      try {
        settings = settingsFrom(get().form, faults.config);
      } catch (e) {
        set({ error: (e as Error).message });
        return;
      }
      set({ busy: true, error: null, faultsError: null });
      const reply = await api.tokenServer.start(settings);
      if (reply.ok) set({ status: reply.value.status, key: reply.value.key, log: [], busy: false });
      else set({ error: reply.error.message, busy: false });
    },

    async stop() {
      set({ busy: true });
      const reply = await api.tokenServer.stop();
      if (reply.ok) set({ status: reply.value, key: null, busy: false, error: null });
      else set({ error: reply.error.message, busy: false });
    },

    async rotateKey() {
      const reply = await api.tokenServer.rotateKey();
      if (reply.ok) set({ key: reply.value.key, error: null });
      else set({ error: reply.error.message });
    },

    setFaultsText(text) {
      set({ faultsText: text, faultsError: null });
    },

    async applyFaults() {
      const faults = parseFaultsText(get().faultsText);
      if (!faults.ok) {
        set({ faultsError: faults.message });
        return;
      }
      const reply = await api.tokenServer.setFaults(faults.config);
      if (reply.ok) set({ status: reply.value, faultsError: null });
      else set({ faultsError: reply.error.message });
    },

    logged(entry) {
      const log = get().log;
      if (log.some((e) => e.seq === entry.seq)) return;
      set({ log: [...log, entry].slice(-MAX_LOG_ENTRIES) });
    },

    openLog(name, text) {
      const parsed = parseRequestLog(text);
      if (!parsed.ok) return parsed.message;
      set({ opened: { name, entries: parsed.entries } });
      return null;
    },

    closeOpenedLog() {
      set({ opened: null });
    },
  }));
}

export type TokenServerStore = ReturnType<typeof createTokenServerStore>;
