/**
 * The Token server screen's state: the settings form, the running server (URL, the key shown
 * once), the fault config being edited, the live request log and a log opened from a file.
 * Every call to main is an action here; `logged` is fed by the `tokenServer:logged` event.
 */
import { createStore } from 'zustand/vanilla';
import type { ResponseOf } from '../../../../shared/ipc/channel';
import type { IpcContract } from '../../../../shared/ipc/contract';
import { serverFaultsSchema } from '../../../../shared/tokenServer/faultConfig';
import { MAX_LOG_ENTRIES, MAX_LOG_FILE_LINES, parseRequestLog, type RequestLogEntry } from '../../../../shared/tokenServer/requestLog';
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

/** Ready-made fault configs, in the words of the issue; `id` names its label (tokenServer.presets.<id>). */
export const FAULT_PRESETS: ReadonlyArray<{ id: 'none' | 'short' | 'slow' | 'wrong' | 'outage'; config: object }> = [
  { id: 'none', config: {} },
  { id: 'short', config: { ttlOverrideSeconds: 40, failRequests: [3] } },
  { id: 'slow', config: { seed: 1, latency: { kind: 'uniform', minMs: 500, maxMs: 3000 }, failureRate: 0.2 } },
  { id: 'wrong', config: { faults: { expired: 0.3, otherUser: 0.3 } } },
  { id: 'outage', config: { outages: [{ atSeconds: 60, forSeconds: 30 }] } },
];

/**
 * What the screen tells the person: a catalogue key with its values (the screen's own words),
 * or a text main gave (a refused start names its cause in main's words).
 */
export type ScreenMessage = { key: string; params?: Record<string, string | number> } | { text: string };

export interface TokenServerState {
  status: TokenServerStatusView | null;
  form: SettingsForm;
  /** The bearer key of this run, as start/rotate returned it; main never repeats it. */
  key: string | null;
  faultsText: string;
  faultsError: ScreenMessage | null;
  error: ScreenMessage | null;
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
  openLog(name: string, text: string): ScreenMessage | null;
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

/** A form field that must hold a whole number; `field` is its label's catalogue key. */
class NotAWholeNumber extends Error {
  constructor(readonly field: string) {
    super(field);
  }
}

function wholeNumber(text: string, field: string): number | undefined {
  if (text.trim() === '') return undefined;
  if (!/^\d+$/.test(text.trim())) throw new NotAWholeNumber(field);
  return Number(text.trim());
}

function settingsFrom(form: SettingsForm, faults: object): ServerSettingsInput {
  const port = wholeNumber(form.port, 'tokenServer.settings.port');
  const maxTtl = wholeNumber(form.maxTtlSeconds, 'tokenServer.settings.maxTtl');
  const rate = wholeNumber(form.rateLimitPerSecond, 'tokenServer.settings.rateLimit');
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
export function parseFaultsText(text: string): { ok: true; config: object } | { ok: false; message: ScreenMessage } {
  let value: unknown;
  try {
    value = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    return { ok: false, message: { key: 'tokenServer.faults.notJson' } };
  }
  const parsed = serverFaultsSchema.safeParse(value);
  // The field paths are the schema's own names (the JSON the person typed), so they stay as they are.
  if (!parsed.success) return { ok: false, message: { text: parsed.error.issues.map((i) => `${i.path.join('.') || 'config'}: ${i.message}`).join('; ') } };
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
        if (!(e instanceof NotAWholeNumber)) throw e;
        set({ error: { key: 'tokenServer.settings.wholeNumber', params: { field: e.field } } });
        return;
      }
      set({ busy: true, error: null, faultsError: null });
      const reply = await api.tokenServer.start(settings);
      if (reply.ok) set({ status: reply.value.status, key: reply.value.key, log: [], busy: false });
      else set({ error: { text: reply.error.message }, busy: false });
    },

    async stop() {
      set({ busy: true });
      const reply = await api.tokenServer.stop();
      if (reply.ok) set({ status: reply.value, key: null, busy: false, error: null });
      else set({ error: { text: reply.error.message }, busy: false });
    },

    async rotateKey() {
      const reply = await api.tokenServer.rotateKey();
      if (reply.ok) set({ key: reply.value.key, error: null });
      else set({ error: { text: reply.error.message } });
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
      else set({ faultsError: { text: reply.error.message } });
    },

    logged(entry) {
      const log = get().log;
      if (log.some((e) => e.seq === entry.seq)) return;
      set({ log: [...log, entry].slice(-MAX_LOG_ENTRIES) });
    },

    openLog(name, text) {
      const parsed = parseRequestLog(text);
      if (!parsed.ok) return parsed.code === 'too_many_lines' ? { key: 'tokenServer.timeline.tooLong', params: { max: MAX_LOG_FILE_LINES } } : { key: 'tokenServer.timeline.notALog' };
      set({ opened: { name, entries: parsed.entries } });
      return null;
    },

    closeOpenedLog() {
      set({ opened: null });
    },
  }));
}

export type TokenServerStore = ReturnType<typeof createTokenServerStore>;
