/**
 * The verifier paste box: a captured callback's headers and raw body, checked with the
 * profile's AppSecret. MD5 and CheckSum are shown separately — a body bug and a secret bug
 * look different — with the explanation main gives.
 */
import { useShallow } from 'zustand/react/shallow';
import { ErrorLine } from './ErrorLine';
import { useCommsEase, useCommsEaseActions, useSelectedCommsEaseProfile } from '../storeContext';

const STATUS_TEXT = { ok: 'holds', mismatch: 'FAILS', missing_header: 'header missing' } as const;

export function VerifierSection() {
  const profile = useSelectedCommsEaseProfile();
  const state = useCommsEase(useShallow((st) => ({ form: st.verifyForm, verifying: st.verifying, result: st.verification, error: st.verifyError })));
  const s = { ...state, profile };
  const actions = useCommsEaseActions();
  return (
    <section className="card" aria-labelledby="ce-verify-title">
      <h2 id="ce-verify-title">Verify a captured callback</h2>
      <form
        className="form-grid"
        noValidate
        aria-label="Callback verifier"
        onSubmit={(e) => {
          e.preventDefault();
          void actions.verifyPasted();
        }}
      >
        <div className="field">
          <label htmlFor="ce-verify-headers">Headers ("Name: value" lines)</label>
          <textarea id="ce-verify-headers" className="paste-box mono" rows={6} spellCheck={false} value={s.form.headers} onChange={(e) => actions.updateVerifyForm({ headers: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="ce-verify-body">Raw body</label>
          <textarea id="ce-verify-body" className="paste-box mono" rows={6} spellCheck={false} value={s.form.body} onChange={(e) => actions.updateVerifyForm({ body: e.target.value })} />
        </div>
        <div className="toolbar">
          <button type="submit" className="button" disabled={s.verifying || s.profile === null}>
            Verify MD5 and CheckSum
          </button>
        </div>
      </form>
      <ErrorLine error={s.error} />
      {s.result && (
        <div aria-live="polite" aria-label="Verification result">
          <p className={s.result.verdict === 'valid' ? 'tone-good' : 'tone-bad'}>
            <strong>{s.result.verdict === 'valid' ? 'Signature valid' : s.result.verdict.replace(/_/g, ' ')}</strong> — {s.result.explanation}
          </p>
          <ul>
            <li>
              MD5 {STATUS_TEXT[s.result.md5.status]} (body MD5 <span className="mono">{s.result.md5.computed}</span>
              {s.result.md5.received ? (
                <>
                  , header <span className="mono">{s.result.md5.received}</span>
                </>
              ) : null}
              ){s.result.md5.hint ? ` — ${s.result.md5.hint}` : ''}
            </li>
            <li>CheckSum {STATUS_TEXT[s.result.checkSum.status]}</li>
            <li>AppKey {s.result.appKey.status.replace('_', ' ')}</li>
            {s.result.curTime.note && <li>CurTime: {s.result.curTime.note}</li>}
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
