/**
 * The login-callback tester: the customer's callback URL and a simulated login (accid, token,
 * client type, IP, login extension). The report shows the request as CommsEase sends it (token
 * masked), the answer, the time taken and what the logging-in user would experience.
 */
import { useShallow } from 'zustand/react/shallow';
import { ClientTypeSelect } from './ClientTypeSelect';
import type { CallbackDecisionKind } from '../../../../../shared/commsease/callbackDecision';
import type { CallbackReportView } from '../../../../../shared/ipc/channels/commsease';
import { ErrorLine } from './ErrorLine';
import { useLocale } from '../../../lib/i18n/LocaleProvider';
import { useCommsEase, useCommsEaseActions, useSelectedCommsEaseProfile } from '../storeContext';

const DECISION_TONE: Record<CallbackDecisionKind, string> = {
  login_allowed: 'tone-good',
  login_refused: 'tone-bad',
  default_policy_timeout: 'tone-warn',
  default_policy_unreachable: 'tone-warn',
  default_policy_http_error: 'tone-warn',
  default_policy_unreadable_answer: 'tone-warn',
};

/** A URL as an example of the field's shape, not words to translate. */
const EXAMPLE_URL = 'https://customer.example/im/login';

type Report = CallbackReportView;

/** The request as it went on the wire (protocol text, not prose). */
function requestText(request: Report['request']): string {
  const headers = Object.entries(request.headers).map(([k, v]) => `${k}: ${v}`);
  return [`POST ${request.url}`, ...headers, '', request.bodyShown].join('\n');
}

function answerText(response: NonNullable<Report['response']>): string {
  const head = `HTTP ${response.status}${response.contentType ? ` (${response.contentType})` : ''}`;
  return `${head}\n\n${response.body}${response.truncated ? '\n…' : ''}`;
}

export function CallbackTesterSection() {
  const profile = useSelectedCommsEaseProfile();
  const state = useCommsEase(
    useShallow((st) => ({ form: st.callbackForm, sending: st.sending, report: st.callbackReport, error: st.callbackError })),
  );
  const s = { ...state, profile };
  const actions = useCommsEaseActions();
  const { t } = useLocale();
  return (
    <section className="card" aria-labelledby="ce-callback-title">
      <h2 id="ce-callback-title">{t('commsease.callback.title')}</h2>
      <p className="muted small">
        {t('commsease.callback.intro')} {t('commsease.callback.eventTypeNote')}
      </p>
      <form
        className="form-grid"
        noValidate
        aria-label={t('commsease.callback.form')}
        onSubmit={(e) => {
          e.preventDefault();
          void actions.sendCallback();
        }}
      >
        <div className="field">
          <label htmlFor="ce-cb-url">{t('commsease.callback.url')}</label>
          <input id="ce-cb-url" type="url" value={s.form.url} spellCheck={false} autoComplete="off" placeholder={EXAMPLE_URL} onChange={(e) => actions.updateCallbackForm({ url: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="ce-cb-accid">{t('commsease.callback.accid')}</label>
          <input id="ce-cb-accid" value={s.form.accid} spellCheck={false} autoComplete="off" onChange={(e) => actions.updateCallbackForm({ accid: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="ce-cb-token">{t('commsease.callback.token')}</label>
          <input id="ce-cb-token" type="password" value={s.form.token} spellCheck={false} autoComplete="off" onChange={(e) => actions.updateCallbackForm({ token: e.target.value })} />
        </div>
        <ClientTypeSelect id="ce-cb-client" label={t('commsease.callback.clientType')} value={s.form.clientType} onChange={(clientType) => actions.updateCallbackForm({ clientType })} />
        <div className="field">
          <label htmlFor="ce-cb-ip">{t('commsease.callback.ip')}</label>
          <input id="ce-cb-ip" value={s.form.clientIp} spellCheck={false} autoComplete="off" onChange={(e) => actions.updateCallbackForm({ clientIp: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="ce-cb-ext">{t('commsease.callback.ext')}</label>
          <input id="ce-cb-ext" value={s.form.loginExt} spellCheck={false} autoComplete="off" onChange={(e) => actions.updateCallbackForm({ loginExt: e.target.value })} />
        </div>
        <div className="toolbar">
          <button type="submit" className="button" disabled={s.sending || s.profile === null}>
            {t(s.sending ? 'commsease.callback.sending' : 'commsease.callback.send')}
          </button>
        </div>
      </form>
      <ErrorLine error={s.error} />
      {s.report && (
        <div aria-live="polite" aria-label={t('commsease.callback.result')}>
          <p className={DECISION_TONE[s.report.decision.kind]}>
            <strong>{t(`commsease.callback.decision.${s.report.decision.kind}`)}</strong> — {s.report.decision.clientExperience}
          </p>
          <p className="muted small">
            {t('commsease.callback.timing', {
              reason: s.report.decision.reason,
              answer: s.report.response ? t('commsease.callback.http', { status: s.report.response.status }) : t('commsease.callback.noAnswer'),
              elapsed: s.report.elapsedMs,
              timeout: s.report.timeoutMs,
            })}
          </p>
          <h3>{t('commsease.callback.request')}</h3>
          <pre className="mono wrap" aria-label={t('commsease.callback.requestSent')}>
            {requestText(s.report.request)}
          </pre>
          {s.report.response && (
            <>
              <h3>{t('commsease.callback.answer')}</h3>
              <pre className="mono wrap" aria-label={t('commsease.callback.answerReceived')}>
                {answerText(s.report.response)}
              </pre>
            </>
          )}
        </div>
      )}
    </section>
  );
}
