/**
 * The login-callback tester: the customer's callback URL and a simulated login (accid, token,
 * client type, IP, login extension). The report shows the request as CommsEase sends it (token
 * masked), the answer, the time taken and what the logging-in user would experience.
 */
import { useShallow } from 'zustand/react/shallow';
import { LOGIN_CALLBACK_EVENT_TYPE_NOTE } from '../../../../../shared/commsease/loginCallback';
import { ClientTypeSelect } from './ClientTypeSelect';
import type { CallbackDecisionKind } from '../../../../../shared/commsease/callbackDecision';
import { ErrorLine } from './ErrorLine';
import { useCommsEase, useCommsEaseActions, useSelectedCommsEaseProfile } from '../storeContext';

const DECISION_TITLE: Record<CallbackDecisionKind, { text: string; tone: string }> = {
  login_allowed: { text: 'Login allowed', tone: 'tone-good' },
  login_refused: { text: 'Login refused (302)', tone: 'tone-bad' },
  default_policy_timeout: { text: 'Timed out: console default applies', tone: 'tone-warn' },
  default_policy_unreachable: { text: 'Unreachable: console default applies', tone: 'tone-warn' },
  default_policy_http_error: { text: 'HTTP error: console default applies', tone: 'tone-warn' },
  default_policy_unreadable_answer: { text: 'No readable decision: console default applies', tone: 'tone-warn' },
};

export function CallbackTesterSection() {
  const profile = useSelectedCommsEaseProfile();
  const state = useCommsEase(
    useShallow((st) => ({ form: st.callbackForm, sending: st.sending, report: st.callbackReport, error: st.callbackError })),
  );
  const s = { ...state, profile };
  const actions = useCommsEaseActions();
  return (
    <section className="card" aria-labelledby="ce-callback-title">
      <h2 id="ce-callback-title">Login callback tester</h2>
      <p className="muted small">Sends the third-party login callback signed with this profile's AppSecret, exactly as CommsEase would. {LOGIN_CALLBACK_EVENT_TYPE_NOTE}</p>
      <form
        className="form-grid"
        noValidate
        aria-label="Login callback tester"
        onSubmit={(e) => {
          e.preventDefault();
          void actions.sendCallback();
        }}
      >
        <div className="field">
          <label htmlFor="ce-cb-url">Callback URL</label>
          <input id="ce-cb-url" type="url" value={s.form.url} spellCheck={false} autoComplete="off" placeholder="https://customer.example/im/login" onChange={(e) => actions.updateCallbackForm({ url: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="ce-cb-accid">accid (fromAccount)</label>
          <input id="ce-cb-accid" value={s.form.accid} spellCheck={false} autoComplete="off" onChange={(e) => actions.updateCallbackForm({ accid: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="ce-cb-token">Login token</label>
          <input id="ce-cb-token" type="password" value={s.form.token} spellCheck={false} autoComplete="off" onChange={(e) => actions.updateCallbackForm({ token: e.target.value })} />
        </div>
        <ClientTypeSelect id="ce-cb-client" label="Client type (fromClientType)" value={s.form.clientType} onChange={(clientType) => actions.updateCallbackForm({ clientType })} />
        <div className="field">
          <label htmlFor="ce-cb-ip">Client IP (fromClientIp)</label>
          <input id="ce-cb-ip" value={s.form.clientIp} spellCheck={false} autoComplete="off" onChange={(e) => actions.updateCallbackForm({ clientIp: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="ce-cb-ext">Login extension (loginExt)</label>
          <input id="ce-cb-ext" value={s.form.loginExt} spellCheck={false} autoComplete="off" onChange={(e) => actions.updateCallbackForm({ loginExt: e.target.value })} />
        </div>
        <div className="toolbar">
          <button type="submit" className="button" disabled={s.sending || s.profile === null}>
            {s.sending ? 'Sending…' : 'Send login callback'}
          </button>
        </div>
      </form>
      <ErrorLine error={s.error} />
      {s.report && (
        <div aria-live="polite" aria-label="Callback result">
          <p className={DECISION_TITLE[s.report.decision.kind].tone}>
            <strong>{DECISION_TITLE[s.report.decision.kind].text}</strong> — {s.report.decision.clientExperience}
          </p>
          <p className="muted small">
            {s.report.decision.reason}. {s.report.response ? `HTTP ${s.report.response.status}` : 'No answer'} after {s.report.elapsedMs} ms (deadline {s.report.timeoutMs} ms).
          </p>
          <h3>Request</h3>
          <pre className="mono wrap" aria-label="Request sent">
            {`POST ${s.report.request.url}\n${Object.entries(s.report.request.headers)
              .map(([k, v]) => `${k}: ${v}`)
              .join('\n')}\n\n${s.report.request.bodyShown}`}
          </pre>
          {s.report.response && (
            <>
              <h3>Answer</h3>
              <pre className="mono wrap" aria-label="Answer received">
                {`HTTP ${s.report.response.status}${s.report.response.contentType ? ` (${s.report.response.contentType})` : ''}\n\n${s.report.response.body}${s.report.response.truncated ? '\n…' : ''}`}
              </pre>
            </>
          )}
        </div>
      )}
    </section>
  );
}
