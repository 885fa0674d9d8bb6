/**
 * The verifier paste box: a captured callback's headers and raw body, checked with the
 * profile's AppSecret. MD5 and CheckSum are shown separately — a body bug and a secret bug
 * look different — with the explanation main gives.
 */
import { useShallow } from 'zustand/react/shallow';
import { ErrorLine } from './ErrorLine';
import { useLocale } from '../../../lib/i18n/LocaleProvider';
import { useCommsEase, useCommsEaseActions, useSelectedCommsEaseProfile } from '../storeContext';

export function VerifierSection() {
  const profile = useSelectedCommsEaseProfile();
  const state = useCommsEase(useShallow((st) => ({ form: st.verifyForm, verifying: st.verifying, result: st.verification, error: st.verifyError })));
  const s = { ...state, profile };
  const actions = useCommsEaseActions();
  const { t } = useLocale();
  return (
    <section className="card" aria-labelledby="ce-verify-title">
      <h2 id="ce-verify-title">{t('commsease.verify.title')}</h2>
      <form
        className="form-grid"
        noValidate
        aria-label={t('commsease.verify.form')}
        onSubmit={(e) => {
          e.preventDefault();
          void actions.verifyPasted();
        }}
      >
        <div className="field">
          <label htmlFor="ce-verify-headers">{t('commsease.verify.headers')}</label>
          <textarea id="ce-verify-headers" className="paste-box mono" rows={6} spellCheck={false} value={s.form.headers} onChange={(e) => actions.updateVerifyForm({ headers: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="ce-verify-body">{t('commsease.verify.body')}</label>
          <textarea id="ce-verify-body" className="paste-box mono" rows={6} spellCheck={false} value={s.form.body} onChange={(e) => actions.updateVerifyForm({ body: e.target.value })} />
        </div>
        <div className="toolbar">
          <button type="submit" className="button" disabled={s.verifying || s.profile === null}>
            {t('commsease.verify.run')}
          </button>
        </div>
      </form>
      <ErrorLine error={s.error} />
      {s.result && (
        <div aria-live="polite" aria-label={t('commsease.verify.result')}>
          <p className={s.result.verdict === 'valid' ? 'tone-good' : 'tone-bad'}>
            <strong>{t(`commsease.verify.verdict.${s.result.verdict}`)}</strong> — {s.result.explanation}
          </p>
          <ul>
            <li>
              {t('commsease.verify.md5', { status: t(`commsease.verify.check.${s.result.md5.status}`) })} ({t('commsease.verify.bodyMd5')}{' '}
              <span className="mono">{s.result.md5.computed}</span>
              {s.result.md5.received ? (
                <>
                  , {t('commsease.verify.header')} <span className="mono">{s.result.md5.received}</span>
                </>
              ) : null}
              ){s.result.md5.hint ? ` — ${s.result.md5.hint}` : ''}
            </li>
            <li>{t('commsease.verify.checkSum', { status: t(`commsease.verify.check.${s.result.checkSum.status}`) })}</li>
            <li>{t('commsease.verify.appKey', { status: t(`commsease.verify.appKeyStatus.${s.result.appKey.status}`) })}</li>
            {s.result.curTime.note && <li>{t('commsease.verify.curTime', { note: s.result.curTime.note })}</li>}
            {s.result.body?.note && <li>{s.result.body.note}</li>}
            {s.result.headerProblems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
