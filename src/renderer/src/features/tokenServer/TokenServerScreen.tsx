/**
 * Token server: serve tokens of stored profiles to the app under test on 127.0.0.1, with the
 * simulator's faults, and watch its requests live. The saved log opens on a timeline beside
 * the SDK events expected for the tokens served (the "Timeline" panel of this screen).
 */
import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { useAppStores } from '../../app/stores';
import { downloadText } from '../../lib/download/downloadText';
import { buildServerTimeline } from '../../../../shared/tokenServer/logTimeline';
import { formatRequestLog, type RequestLogEntry } from '../../../../shared/tokenServer/requestLog';
import { FAULT_PRESETS, type TokenServerState } from './tokenServerStore';
import { ServerTimelineView } from './ServerTimelineView';
import './tokenServer.css';

function useTokenServer<T>(selector: (s: TokenServerState) => T): T {
  return useStore(useAppStores().tokenServer, selector);
}

const timeOf = (epochMs: number): string => new Date(epochMs).toISOString().slice(11, 23);

function SettingsForm({ disabled }: { disabled: boolean }) {
  const stores = useAppStores();
  const form = useTokenServer((s) => s.form);
  const setForm = (patch: Partial<typeof form>) => stores.tokenServer.getState().setForm(patch);
  return (
    <fieldset className="fieldset ts-settings" disabled={disabled}>
      <legend>Settings</legend>
      <div className="ts-grid">
        <label className="field">
          <span>Port (empty: any free port)</span>
          <input inputMode="numeric" value={form.port} onChange={(e) => setForm({ port: e.target.value })} />
        </label>
        <label className="field">
          <span>Maximum TTL (s)</span>
          <input inputMode="numeric" value={form.maxTtlSeconds} onChange={(e) => setForm({ maxTtlSeconds: e.target.value })} />
        </label>
        <label className="field">
          <span>Over the maximum</span>
          <select value={form.overMaxTtl} onChange={(e) => setForm({ overMaxTtl: e.target.value as 'clamp' | 'refuse' })}>
            <option value="clamp">clamp to it (the answer says so)</option>
            <option value="refuse">refuse (400)</option>
          </select>
        </label>
        <label className="field">
          <span>Rate limit (requests a second)</span>
          <input inputMode="numeric" value={form.rateLimitPerSecond} onChange={(e) => setForm({ rateLimitPerSecond: e.target.value })} />
        </label>
        <label className="field">
          <span>Profiles served (comma-separated; empty: all)</span>
          <input value={form.profiles} onChange={(e) => setForm({ profiles: e.target.value })} />
        </label>
        <label className="field">
          <span>CORS origins (one a line; empty: CORS off)</span>
          <textarea rows={1} value={form.corsOrigins} onChange={(e) => setForm({ corsOrigins: e.target.value })} />
        </label>
      </div>
      <label className="check">
        <input type="checkbox" checked={form.allowProd} onChange={(e) => setForm({ allowProd: e.target.checked })} />
        Serve prod-tagged profiles this run (asks for a confirmation)
      </label>
    </fieldset>
  );
}

/** While running, the settings in one line (they apply to the whole run). */
function SettingsSummary() {
  const settings = useTokenServer((s) => s.status?.settings ?? null);
  if (!settings) return null;
  const profiles = settings.profiles.length > 0 ? settings.profiles.join(', ') : 'every profile';
  const cors = settings.corsOrigins.length > 0 ? `CORS for ${settings.corsOrigins.join(', ')}` : 'CORS off';
  return (
    <p className="muted small ts-summary">
      Max TTL {settings.maxTtlSeconds} s ({settings.overMaxTtl === 'clamp' ? 'clamped' : 'refused'} above) · {settings.rateLimitPerSecond} requests/s · {profiles} ·{' '}
      {settings.allowProd ? 'prod profiles served (confirmed)' : 'prod profiles refused'} · {cors}
    </p>
  );
}

function RunningPanel() {
  const stores = useAppStores();
  const { status, key } = useTokenServer(useShallow((s) => ({ status: s.status, key: s.key })));
  if (!status?.running || status.url === null) return null;
  const example = `curl -H "Authorization: Bearer ${key ?? 'KEY'}" "${status.url}/token?profile=NAME&user=alice&ttl=40"`;
  return (
    <section className="card ts-running" aria-label="Running server">
      <p>
        Listening on <code className="mono">{status.url}</code> — point the app's “fetch a token” call at <code className="mono">{status.url}/token</code>.
      </p>
      {key ? (
        <div className="row-actions">
          <span>Bearer key (this run only):</span>
          <code className="mono ts-key" aria-label="Bearer key">{key}</code>
          <button type="button" className="secondary small-button" onClick={() => void stores.clipboard.getState().copy(key, 'bearer key')}>
            Copy key
          </button>
          <button type="button" className="secondary small-button" onClick={() => void stores.tokenServer.getState().rotateKey()}>
            Rotate key
          </button>
        </div>
      ) : (
        <div className="row-actions">
          <span className="muted">The key was shown when the server started. Rotate it to see a new one.</span>
          <button type="button" className="secondary small-button" onClick={() => void stores.tokenServer.getState().rotateKey()}>
            Rotate key
          </button>
        </div>
      )}
      <p className="muted small mono wrap">{example}</p>
    </section>
  );
}

function FaultsEditor() {
  const stores = useAppStores();
  const { text, error, running } = useTokenServer(useShallow((s) => ({ text: s.faultsText, error: s.faultsError, running: s.status?.running ?? false })));
  const state = stores.tokenServer.getState();
  return (
    <section className="card ts-faults" aria-label="Faults">
      <h2>Faults</h2>
      <p className="muted small">The simulator's vocabulary; a change acts on the next request. Schema in docs/TOKEN-SERVER.md.</p>
      <div className="toolbar">
        {FAULT_PRESETS.map((p) => (
          <button key={p.label} type="button" className="secondary small-button" onClick={() => state.setFaultsText(JSON.stringify(p.config, null, 2))}>
            {p.label}
          </button>
        ))}
      </div>
      <label className="field">
        <span>Fault config (JSON)</span>
        <textarea className="mono" rows={6} value={text} spellCheck={false} onChange={(e) => state.setFaultsText(e.target.value)} />
      </label>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {running && (
        <button type="button" onClick={() => void state.applyFaults()}>
          Apply faults
        </button>
      )}
    </section>
  );
}

function RequestLog({ entries }: { entries: RequestLogEntry[] }) {
  const shown = entries.slice(-200).reverse();
  return (
    <section className="card ts-log" aria-label="Request log">
      <h2>Request log</h2>
      {shown.length === 0 ? (
        <p className="empty">No requests yet.</p>
      ) : (
        <div className="ts-log-scroll">
        <table className="field-table ts-log-table">
          <thead>
            <tr>
              <th>#</th>
              <th>Time (UTC)</th>
              <th>Route</th>
              <th>User</th>
              <th>Family</th>
              <th>Latency</th>
              <th>Fault</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((e) => (
              <tr key={e.seq}>
                <td className="num">{e.seq}</td>
                <td className="mono">{timeOf(e.at)}</td>
                <td className="mono">{e.route}</td>
                <td>{e.user ?? '—'}</td>
                <td>{e.family ?? '—'}</td>
                <td className="num">{Math.round(e.latencyMs)} ms</td>
                <td>{e.faults.length > 0 ? e.faults.join(', ') : '—'}</td>
                <td>
                  <span className={`badge ${e.status === 200 ? 'tone-good' : e.status >= 500 ? 'tone-bad' : 'tone-warn'}`}>
                    {e.status}
                    {e.error ? ` ${e.error}` : ''}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
    </section>
  );
}

function TimelinePanel({ live }: { live: RequestLogEntry[] }) {
  const stores = useAppStores();
  const opened = useTokenServer((s) => s.opened);
  const [message, setMessage] = useState<string | null>(null);
  const entries = opened?.entries ?? live;
  const timeline = useMemo(() => buildServerTimeline(entries), [entries]);
  return (
    <section className="card ts-timeline" aria-label="Timeline">
      <h2>Timeline{opened ? ` — ${opened.name}` : ' — this run'}</h2>
      <p className="muted small">The app's requests beside the SDK events expected for the tokens it was served (“will expire” 30 s before each expiry).</p>
      <div className="toolbar">
        <button type="button" className="secondary" disabled={live.length === 0} onClick={() => downloadText('tokenlab-server-log.jsonl', formatRequestLog(live), 'application/x-ndjson')}>
          Save log
        </button>
        <label className="button secondary file-button">
          Open a saved log…
          <input
            type="file"
            accept=".jsonl,.json,.txt,application/json"
            className="visually-hidden"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) setMessage(stores.tokenServer.getState().openLog(file.name, await file.text()));
            }}
          />
        </label>
        {opened && (
          <button type="button" className="secondary" onClick={() => stores.tokenServer.getState().closeOpenedLog()}>
            Back to this run
          </button>
        )}
      </div>
      {message && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
      {entries.length === 0 ? <p className="empty">The timeline appears with the first request.</p> : <ServerTimelineView timeline={timeline} />}
    </section>
  );
}

export function TokenServerScreen() {
  const stores = useAppStores();
  const { status, error, busy, log } = useTokenServer(useShallow((s) => ({ status: s.status, error: s.error, busy: s.busy, log: s.log })));
  const running = status?.running ?? false;
  useEffect(() => {
    void stores.tokenServer.getState().refresh();
  }, [stores]);
  return (
    <div className="screen token-server-screen">
      <header className="screen-header">
        <h1>Token server</h1>
        <p className="muted">Serve tokens of your profiles to the app under test, on 127.0.0.1 only, with faults — the same server as <code>tokenlab serve</code>.</p>
      </header>
      {error && (
        <p className="banner tone-bad" role="alert">
          {error}
        </p>
      )}
      {running ? <SettingsSummary /> : <SettingsForm disabled={busy} />}
      <div className="toolbar">
        {running ? (
          <button type="button" disabled={busy} onClick={() => void stores.tokenServer.getState().stop()}>
            Stop server
          </button>
        ) : (
          <button type="button" disabled={busy} onClick={() => void stores.tokenServer.getState().start()}>
            Start server
          </button>
        )}
        <span className="muted small" role="status">
          {running ? `Running · ${log.length} request${log.length === 1 ? '' : 's'}` : log.length > 0 ? `Stopped · the log of the last run is kept below` : 'Stopped'}
        </span>
      </div>
      <RunningPanel />
      <RequestLog entries={log} />
      <div className="ts-columns">
        <FaultsEditor />
        <TimelinePanel live={log} />
      </div>
    </div>
  );
}
