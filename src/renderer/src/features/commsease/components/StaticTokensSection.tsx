/**
 * Static tokens of the chosen profile: accid and token fields, then the actions in two groups
 * that look different on purpose: local ones (store in the keychain, check a pasted token),
 * which change nothing outside this computer, and the calls that change the live CommsEase
 * account (create, update, refresh), under the profile's environment tag, with update and
 * refresh in the destructive style — a prod profile says so in red. Update and refresh open
 * the confirmation.
 */
import { useShallow } from 'zustand/react/shallow';
import { isProductionEnv } from '../../../../../shared/commsease/destructiveConfirmation';
import { EnvTag } from '../../../components/EnvTag';
import { useLocale } from '../../../lib/i18n/LocaleProvider';
import { ErrorLine } from './ErrorLine';
import { useCommsEase, useCommsEaseActions, useSelectedCommsEaseProfile } from '../storeContext';
import type { StaticVerdictView } from '../staticSlice';

const VERDICT_TONE: Record<StaticVerdictView, string> = { matches: 'tone-good', does_not_match: 'tone-bad', no_token_stored: 'tone-warn' };

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
  const { t } = useLocale();
  const disabled = s.busy !== null || s.profile === null;
  const prod = s.profile !== null && isProductionEnv(s.profile.env);
  return (
    <section className="card" aria-labelledby="ce-static-title">
      <h2 id="ce-static-title">{t('commsease.static.title')}</h2>
      <p className="muted small">{t('commsease.static.intro', { apiBase: s.profile?.apiBase ?? t('commsease.static.apiBaseUnknown') })}</p>
      <form
        className="form-grid"
        noValidate
        aria-label={t('commsease.static.form')}
        onSubmit={(e) => {
          e.preventDefault();
          void actions.checkStaticToken();
        }}
      >
        <div className="field">
          <label htmlFor="ce-static-accid">{t('commsease.accidTerm')}</label>
          <input
            id="ce-static-accid"
            value={s.form.accid}
            spellCheck={false}
            autoComplete="off"
            aria-describedby="ce-accid-term"
            onChange={(e) => actions.updateStaticForm({ accid: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="ce-static-token">{t('commsease.static.token')}</label>
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
            {t('commsease.static.tokenHint')}
          </p>
        </div>
        <div className="ce-action-groups" role="group" aria-label={t('commsease.static.actions')}>
          <div className="ce-actions ce-local" role="group" aria-labelledby="ce-local-title" aria-describedby="ce-local-hint">
            <h3 id="ce-local-title" className="ce-actions-title">
              {t('commsease.static.local')}
            </h3>
            <p id="ce-local-hint" className="field-hint">
              {t('commsease.static.localHint')}
            </p>
            <div className="toolbar">
              <button type="button" className="button secondary" disabled={disabled} onClick={() => void actions.storeStaticToken()}>
                {t('commsease.static.store')}
              </button>
              <button type="submit" className="button secondary" disabled={disabled}>
                {t('commsease.static.check')}
              </button>
            </div>
          </div>
          <div
            className={`ce-actions ce-live${prod ? ' ce-prod' : ''}`}
            role="group"
            aria-labelledby="ce-live-title"
            aria-describedby="ce-live-hint"
            data-prod={prod || undefined}
          >
            <h3 id="ce-live-title" className="ce-actions-title">
              {t('commsease.static.live')} {s.profile && <EnvTag env={s.profile.env} />}
            </h3>
            <p id="ce-live-hint" className={prod ? 'field-hint ce-prod-warning' : 'field-hint'}>
              {prod ? t('commsease.static.liveProd') : t('commsease.static.liveHint')}
            </p>
            <div className="toolbar">
              <button type="button" className="button" disabled={disabled} onClick={() => void actions.createAccount()}>
                {t('commsease.static.create')}
              </button>
              <button type="button" className="button danger" disabled={disabled} onClick={() => actions.requestDestructive('update')}>
                {t('commsease.static.update')}
              </button>
              <button type="button" className="button danger" disabled={disabled} onClick={() => actions.requestDestructive('refresh')}>
                {t('commsease.static.refresh')}
              </button>
            </div>
          </div>
        </div>
      </form>

      <div aria-live="polite">
        {s.busy !== null && <p className="muted">{t('commsease.static.working')}</p>}
        {s.verdict && (
          <p className={VERDICT_TONE[s.verdict.verdict]}>
            {t('commsease.static.verdictLine', { accid: s.verdict.accid, verdict: t(`commsease.static.verdict.${s.verdict.verdict}`) })}
          </p>
        )}
        {s.notice && <p>{t(s.notice.kind === 'stored' ? 'commsease.static.stored' : 'commsease.static.forgot', { accid: s.notice.accid })}</p>}
        {s.report && (
          <div className={s.report.status === 'ok' && s.report.stored ? 'tone-good' : 'tone-bad'}>
            <p>{s.report.message}</p>
            <p className="muted small">
              {t('commsease.static.report', {
                operation: t(`commsease.static.operation.${s.report.operation}`),
                accid: s.report.accid,
                apiBase: s.report.apiBase,
                status: t(`commsease.static.status.${s.report.status}`),
              })}
              {s.report.code !== null ? t('commsease.static.reportCode', { code: s.report.code }) : ''}
              {s.report.httpStatus !== null ? t('commsease.static.reportHttp', { status: s.report.httpStatus }) : ''}
              {t('commsease.static.reportMs', { ms: s.report.elapsedMs })}
            </p>
          </div>
        )}
      </div>
      <ErrorLine error={s.error} />

      <h3 id="ce-static-list-title">{t('commsease.static.listTitle')}</h3>
      {s.accids.length === 0 ? (
        <p className="muted">{t('commsease.static.none')}</p>
      ) : (
        <ul aria-labelledby="ce-static-list-title">
          {s.accids.map((accid) => (
            <li key={accid}>
              <span className="mono">{accid}</span>{' '}
              <button type="button" className="small-button" onClick={() => actions.updateStaticForm({ accid })} aria-label={t('commsease.static.useLabel', { accid })}>
                {t('commsease.static.use')}
              </button>{' '}
              <button
                type="button"
                className="small-button"
                disabled={disabled}
                onClick={() => void actions.removeStaticToken(accid)}
                aria-label={t('commsease.static.forgetLabel', { accid })}
              >
                {t('commsease.static.forget')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
