/**
 * Token server: serve tokens of stored profiles (every family of the registry) to the app
 * under test on 127.0.0.1, with the simulator's faults, and watch its requests live. The log —
 * this run's or a saved one — opens on the simulator's timeline beside the SDK events
 * expected for the tokens served.
 */
import { memo, useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { useAppStores } from '../../app/stores';
import { useRegistry } from '../../app/registry';
import { downloadText } from '../../lib/download/downloadText';
import { useLocale } from '../../lib/i18n/LocaleProvider';
import { buildServerTimeline } from '../../../../shared/tokenServer/logTimeline';
import { formatRequestLog, type RequestLogEntry } from '../../../../shared/tokenServer/requestLog';
import { FAULT_PRESETS, type ScreenMessage, type TokenServerState } from './tokenServerStore';
import { ServerTimelineView } from './ServerTimelineView';
import { useThrottled } from './useThrottled';
import './tokenServer.css';

/** How often the log table and the timeline follow a busy log. */
const LOG_REDRAW_MS = 250;

/** The command, not a word to translate. */
const CLI_COMMAND = 'tokenlab serve';

function useTokenServer<T>(selector: (s: TokenServerState) => T): T {
  return useStore(useAppStores().tokenServer, selector);
}

/** A store message in the page's language (main's own words pass through). */
function useMessageText(): (message: ScreenMessage) => string {
  const { t } = useLocale();
  return (message) => {
    if ('text' in message) return message.text;
    const params = { ...message.params };
    // A field named by its label key is shown by its label.
    if (typeof params['field'] === 'string' && params['field'].startsWith('tokenServer.')) params['field'] = t(params['field']);
    return t(message.key, params);
  };
}

function SettingsForm({ disabled }: { disabled: boolean }) {
  const stores = useAppStores();
  const { t } = useLocale();
  const form = useTokenServer((s) => s.form);
  const setForm = (patch: Partial<typeof form>) => stores.tokenServer.getState().setForm(patch);
  return (
    <fieldset className="fieldset ts-settings" disabled={disabled}>
      <legend>{t('tokenServer.settings.legend')}</legend>
      <div className="ts-grid">
        <label className="field">
          <span>{t('tokenServer.settings.port')}</span>
          <input inputMode="numeric" value={form.port} onChange={(e) => setForm({ port: e.target.value })} />
        </label>
        <label className="field">
          <span>{t('tokenServer.settings.maxTtl')}</span>
          <input inputMode="numeric" value={form.maxTtlSeconds} onChange={(e) => setForm({ maxTtlSeconds: e.target.value })} />
        </label>
        <label className="field">
          <span>{t('tokenServer.settings.overMax')}</span>
          <select value={form.overMaxTtl} onChange={(e) => setForm({ overMaxTtl: e.target.value as 'clamp' | 'refuse' })}>
            <option value="clamp">{t('tokenServer.settings.overMaxClamp')}</option>
            <option value="refuse">{t('tokenServer.settings.overMaxRefuse')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('tokenServer.settings.rateLimit')}</span>
          <input inputMode="numeric" value={form.rateLimitPerSecond} onChange={(e) => setForm({ rateLimitPerSecond: e.target.value })} />
        </label>
        <label className="field">
          <span>{t('tokenServer.settings.profiles')}</span>
          <input value={form.profiles} onChange={(e) => setForm({ profiles: e.target.value })} />
        </label>
        <label className="field">
          <span>{t('tokenServer.settings.cors')}</span>
          <textarea rows={1} value={form.corsOrigins} onChange={(e) => setForm({ corsOrigins: e.target.value })} />
        </label>
      </div>
      <label className="check">
        <input type="checkbox" checked={form.allowProd} onChange={(e) => setForm({ allowProd: e.target.checked })} />
        {t('tokenServer.settings.allowProd')}
      </label>
    </fieldset>
  );
}

/** While running, the settings in one line (they apply to the whole run). */
function SettingsSummary() {
  const { t, number } = useLocale();
  const settings = useTokenServer((s) => s.status?.settings ?? null);
  if (!settings) return null;
  const parts = [
    t('tokenServer.summary.maxTtl', { seconds: number(settings.maxTtlSeconds), mode: t(settings.overMaxTtl === 'clamp' ? 'tokenServer.summary.clamped' : 'tokenServer.summary.refused') }),
    t('tokenServer.summary.rate', { rate: number(settings.rateLimitPerSecond) }),
    settings.profiles.length > 0 ? settings.profiles.join(', ') : t('tokenServer.summary.everyProfile'),
    t(settings.allowProd ? 'tokenServer.summary.prodServed' : 'tokenServer.summary.prodRefused'),
    settings.corsOrigins.length > 0 ? t('tokenServer.summary.corsFor', { origins: settings.corsOrigins.join(', ') }) : t('tokenServer.summary.corsOff'),
  ];
  return <p className="muted small ts-summary">{parts.join(' · ')}</p>;
}

function RunningPanel() {
  const stores = useAppStores();
  const registry = useRegistry();
  const { t } = useLocale();
  const { status, key } = useTokenServer(useShallow((s) => ({ status: s.status, key: s.key })));
  if (!status?.running || status.url === null) return null;
  const example = `curl -H "Authorization: Bearer ${key ?? 'KEY'}" "${status.url}/token?profile=NAME&user=alice&ttl=40"`;
  const tokenUrl = `${status.url}/token`;
  const routes = registry.families.map((f) => `/token/${f.cliNames[0] ?? f.id}`).join('  ');
  const rotate = (
    <button type="button" className="secondary small-button" onClick={() => void stores.tokenServer.getState().rotateKey()}>
      {t('tokenServer.running.rotateKey')}
    </button>
  );
  return (
    <section className="card ts-running" aria-label={t('tokenServer.running.label')}>
      <p>
        {t('tokenServer.running.listening')} <code className="mono">{status.url}</code> {t('tokenServer.running.pointApp')} <code className="mono">{tokenUrl}</code>
      </p>
      <p className="muted small">
        {t('tokenServer.running.routes', { generic: '/token?profile=…&user=…&ttl=…' })} <span className="mono">{routes}</span>
      </p>
      {key ? (
        <div className="row-actions">
          <span>{t('tokenServer.running.keyLabel')}</span>
          <code className="mono ts-key" aria-label={t('tokenServer.running.keyAria')}>
            {key}
          </code>
          <button type="button" className="secondary small-button" onClick={() => void stores.clipboard.getState().copy(key, t('tokenServer.running.copiedWhat'))}>
            {t('tokenServer.running.copyKey')}
          </button>
          {rotate}
        </div>
      ) : (
        <div className="row-actions">
          <span className="muted">{t('tokenServer.running.keyShownOnce')}</span>
          {rotate}
        </div>
      )}
      <p className="muted small mono wrap">{example}</p>
    </section>
  );
}

function FaultsEditor() {
  const stores = useAppStores();
  const { t } = useLocale();
  const messageText = useMessageText();
  const { text, error, running } = useTokenServer(useShallow((s) => ({ text: s.faultsText, error: s.faultsError, running: s.status?.running ?? false })));
  const state = stores.tokenServer.getState();
  return (
    <section className="card ts-faults" aria-label={t('tokenServer.faults.title')}>
      <h2>{t('tokenServer.faults.title')}</h2>
      <p className="muted small">{t('tokenServer.faults.hint')}</p>
      <div className="toolbar">
        {FAULT_PRESETS.map((p) => (
          <button key={p.id} type="button" className="secondary small-button" onClick={() => state.setFaultsText(JSON.stringify(p.config, null, 2))}>
            {t(`tokenServer.presets.${p.id}`)}
          </button>
        ))}
      </div>
      <label className="field">
        <span>{t('tokenServer.faults.config')}</span>
        <textarea className="mono" rows={6} value={text} spellCheck={false} onChange={(e) => state.setFaultsText(e.target.value)} />
      </label>
      {error && (
        <p className="field-error" role="alert">
          {messageText(error)}
        </p>
      )}
      {running && (
        <button type="button" onClick={() => void state.applyFaults()}>
          {t('tokenServer.faults.apply')}
        </button>
      )}
    </section>
  );
}

/** Memoised: it redraws when the (throttled) log changes, not on every store update. */
const RequestLog = memo(function RequestLog({ entries }: { entries: RequestLogEntry[] }) {
  const { t, number, language } = useLocale();
  const shown = entries.slice(-200).reverse();
  const time = useMemo(() => new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3, hour12: false }), [language]);
  return (
    <section className="card ts-log" aria-label={t('tokenServer.log.title')}>
      <h2>{t('tokenServer.log.title')}</h2>
      {shown.length === 0 ? (
        <p className="empty">{t('tokenServer.log.empty')}</p>
      ) : (
        <div className="ts-log-scroll">
          <table className="field-table ts-log-table">
            <thead>
              <tr>
                <th>{t('tokenServer.log.seq')}</th>
                <th>{t('tokenServer.log.time')}</th>
                <th>{t('tokenServer.log.route')}</th>
                <th>{t('tokenServer.log.user')}</th>
                <th>{t('tokenServer.log.family')}</th>
                <th>{t('tokenServer.log.latency')}</th>
                <th>{t('tokenServer.log.fault')}</th>
                <th>{t('tokenServer.log.status')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((e) => (
                <tr key={e.seq}>
                  <td className="num">{e.seq}</td>
                  <td className="mono">{time.format(e.at)}</td>
                  <td className="mono">{e.route}</td>
                  <td>{e.user ?? '—'}</td>
                  <td>{e.family ?? '—'}</td>
                  <td className="num">{t('tokenServer.log.ms', { ms: number(Math.round(e.latencyMs)) })}</td>
                  <td>{e.faults.length > 0 ? e.faults.map((f) => t(`tokenServer.faultName.${f}`)).join(', ') : '—'}</td>
                  <td>
                    <span className={`badge ${e.status === 200 ? 'tone-good' : e.status >= 500 ? 'tone-bad' : 'tone-warn'}`} title={e.error ?? undefined}>
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
});

const TimelinePanel = memo(function TimelinePanel({ live }: { live: RequestLogEntry[] }) {
  const stores = useAppStores();
  const registry = useRegistry();
  const { t } = useLocale();
  const messageText = useMessageText();
  const opened = useTokenServer((s) => s.opened);
  const [message, setMessage] = useState<ScreenMessage | null>(null);
  const entries = opened?.entries ?? live;
  const timeline = useMemo(() => buildServerTimeline(entries, registry), [entries, registry]);
  return (
    <section className="card ts-timeline" aria-label={t('tokenServer.timeline.storyLabel')}>
      <h2>{opened ? t('tokenServer.timeline.titleOpened', { name: opened.name }) : t('tokenServer.timeline.title')}</h2>
      <p className="muted small">{t('tokenServer.timeline.hint')}</p>
      <div className="toolbar">
        <button type="button" className="secondary" disabled={live.length === 0} onClick={() => downloadText('tokenlab-server-log.jsonl', formatRequestLog(live), 'application/x-ndjson')}>
          {t('tokenServer.timeline.save')}
        </button>
        <label className="button secondary file-button">
          {t('tokenServer.timeline.open')}
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
            {t('tokenServer.timeline.back')}
          </button>
        )}
      </div>
      {message && (
        <p className="field-error" role="alert">
          {messageText(message)}
        </p>
      )}
      {timeline.events.length === 0 ? <p className="empty">{t('tokenServer.timeline.empty')}</p> : <ServerTimelineView timeline={timeline} />}
    </section>
  );
});

export function TokenServerScreen() {
  const stores = useAppStores();
  const { t } = useLocale();
  const messageText = useMessageText();
  const { status, error, busy, log: liveLog } = useTokenServer(useShallow((s) => ({ status: s.status, error: s.error, busy: s.busy, log: s.log })));
  const log = useThrottled(liveLog, LOG_REDRAW_MS);
  const running = status?.running ?? false;
  useEffect(() => {
    void stores.tokenServer.getState().refresh();
  }, [stores]);
  return (
    <div className="screen token-server-screen">
      <header className="screen-header">
        <h1>{t('tokenServer.title')}</h1>
        <p className="muted">
          {t('tokenServer.intro')} <code>{CLI_COMMAND}</code>
        </p>
      </header>
      {error && (
        <p className="banner tone-bad" role="alert">
          {messageText(error)}
        </p>
      )}
      {running ? <SettingsSummary /> : <SettingsForm disabled={busy} />}
      <FaultsEditor />
      <div className="toolbar">
        {running ? (
          <button type="button" disabled={busy} onClick={() => void stores.tokenServer.getState().stop()}>
            {t('tokenServer.stop')}
          </button>
        ) : (
          <button type="button" disabled={busy} onClick={() => void stores.tokenServer.getState().start()}>
            {t('tokenServer.start')}
          </button>
        )}
        <span className="muted small" role="status">
          {running ? t('tokenServer.state.running', { count: log.length }) : log.length > 0 ? t('tokenServer.state.stoppedWithLog') : t('tokenServer.state.stopped')}
        </span>
      </div>
      <RunningPanel />
      <RequestLog entries={log} />
      <TimelinePanel live={log} />
    </div>
  );
}
