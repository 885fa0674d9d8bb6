/**
 * Static tokens of the chosen profile: accid and token fields, the local actions (store in the
 * keychain, check a pasted token) and the CommsEase server calls (create, update, refresh),
 * with the list of accids that have a stored token. Update and refresh open the confirmation.
 */
import { useShallow } from 'zustand/react/shallow';
import { ErrorLine } from './ErrorLine';
import { useCommsEase, useCommsEaseActions, useSelectedCommsEaseProfile } from '../storeContext';
import type { StaticVerdictView } from '../staticSlice';

const VERDICT_TEXT: Record<StaticVerdictView, { text: string; tone: string }> = {
  matches: { text: 'Matches the stored static token.', tone: 'tone-good' },
  does_not_match: { text: 'Does not match the stored static token.', tone: 'tone-bad' },
  no_token_stored: { text: 'No token is stored for this accid.', tone: 'tone-warn' },
};

export function StaticTokensSection() {
  const profile = useSelectedCommsEaseProfile();
  const state = useCommsEase(
    useShallow((st) => ({
      form: st.staticForm,
      busy: st.staticBusy,
      accids: st.accids,
      verdict: st.checkVerdict,
      report: st.staticReport,
      notice: st.staticNotice,
      error: st.staticError,
    })),
  );
  const s = { ...state, profile };
  const actions = useCommsEaseActions();
  const disabled = s.busy !== null || s.profile === null;
  return (
    <section className="card" aria-labelledby="ce-static-title">
      <h2 id="ce-static-title">Static tokens</h2>
      <p className="muted small">
        Stored per accid in the OS keychain. Create, update and refresh call the CommsEase server API at the profile's own API base ({s.profile?.apiBase ?? 'the profile\'s API base'}); TokenLab asks in its own dialog before using one that is not CommsEase's.
      </p>
      <form
        className="form-grid"
        noValidate
        aria-label="Static token"
        onSubmit={(e) => {
          e.preventDefault();
          void actions.checkStaticToken();
        }}
      >
        <div className="field">
          <label htmlFor="ce-static-accid">accid</label>
          <input id="ce-static-accid" value={s.form.accid} spellCheck={false} autoComplete="off" onChange={(e) => actions.updateStaticForm({ accid: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="ce-static-token">Token</label>
          <input
            id="ce-static-token"
            type="password"
            value={s.form.token}
            spellCheck={false}
            autoComplete="off"
            aria-describedby="ce-static-token-hint"
            onChange={(e) => actions.updateStaticForm({ token: e.target.value })}
          />
          <p id="ce-static-token-hint" className="field-hint">
            For store, check and update. Create without a token lets CommsEase generate one.
          </p>
        </div>
        <div className="toolbar" role="group" aria-label="Static token actions">
          <button type="button" className="button" disabled={disabled} onClick={() => void actions.storeStaticToken()}>
            Store in keychain
          </button>
          <button type="submit" className="button" disabled={disabled}>
            Check token
          </button>
          <button type="button" className="button" disabled={disabled} onClick={() => void actions.createAccount()}>
            Create account on CommsEase
          </button>
          <button type="button" className="button" disabled={disabled} onClick={() => actions.requestDestructive('update')}>
            Update token on CommsEase…
          </button>
          <button type="button" className="button" disabled={disabled} onClick={() => actions.requestDestructive('refresh')}>
            Refresh token on CommsEase…
          </button>
        </div>
      </form>

      <div aria-live="polite">
        {s.busy !== null && <p className="muted">Working…</p>}
        {s.verdict && (
          <p className={VERDICT_TEXT[s.verdict.verdict].tone}>
            {s.verdict.accid}: {VERDICT_TEXT[s.verdict.verdict].text}
          </p>
        )}
        {s.notice && <p>{s.notice}</p>}
        {s.report && (
          <div className={s.report.status === 'ok' && s.report.stored ? 'tone-good' : 'tone-bad'}>
            <p>{s.report.message}</p>
            <p className="muted small">
              {s.report.operation} {s.report.accid} via {s.report.apiBase}: {s.report.status}
              {s.report.code !== null ? `, code ${s.report.code}` : ''}
              {s.report.httpStatus !== null ? `, HTTP ${s.report.httpStatus}` : ''}, {s.report.elapsedMs} ms
            </p>
          </div>
        )}
      </div>
      <ErrorLine error={s.error} />

      <h3 id="ce-static-list-title">Stored accids</h3>
      {s.accids.length === 0 ? (
        <p className="muted">No static token stored for this profile yet.</p>
      ) : (
        <ul aria-labelledby="ce-static-list-title">
          {s.accids.map((accid) => (
            <li key={accid}>
              <span className="mono">{accid}</span>{' '}
              <button type="button" className="small-button" onClick={() => actions.updateStaticForm({ accid })} aria-label={`Use accid ${accid}`}>
                Use
              </button>{' '}
              <button type="button" className="small-button" disabled={disabled} onClick={() => void actions.removeStaticToken(accid)} aria-label={`Forget the stored token of ${accid}`}>
                Forget
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
