/**
 * Saved login-callback test cases: an editor (add or edit one), the table of cases with their
 * last result, and "Run all" against the tester's callback URL. Tokens are typed once and kept
 * in the keychain by main; the table only says whether one is stored.
 */
import { useShallow } from 'zustand/react/shallow';
import { ClientTypeSelect } from './ClientTypeSelect';
import { ErrorLine } from './ErrorLine';
import { useLocale } from '../../../lib/i18n/LocaleProvider';
import { useCommsEase, useCommsEaseActions, useSelectedCommsEaseProfile } from '../storeContext';

export function CasesSection() {
  const profile = useSelectedCommsEaseProfile();
  const state = useCommsEase(
    useShallow((st) => ({
      cases: st.cases,
      form: st.caseForm,
      editingId: st.editingCaseId,
      results: st.caseResults,
      saving: st.savingCase,
      running: st.running,
      error: st.casesError,
      url: st.callbackForm.url,
    })),
  );
  const s = { ...state, profile };
  const actions = useCommsEaseActions();
  const { t } = useLocale();
  const c_ = (key: string, opts?: Record<string, unknown>) => t(`commsease.cases.${key}`, opts ?? {});
  const results = Object.values(s.results);
  const passed = results.filter((r) => r.passed).length;
  return (
    <section className="card" aria-labelledby="ce-cases-title">
      <h2 id="ce-cases-title">{c_('title')}</h2>
      <form
        className="form-grid"
        noValidate
        aria-label={c_(s.editingId ? 'editCase' : 'newCase')}
        onSubmit={(e) => {
          e.preventDefault();
          void actions.saveCase();
        }}
      >
        <div className="field">
          <label htmlFor="ce-case-name">{c_('name')}</label>
          <input id="ce-case-name" value={s.form.name} autoComplete="off" onChange={(e) => actions.updateCaseForm({ name: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="ce-case-accid">{c_('accid')}</label>
          <input id="ce-case-accid" value={s.form.accid} spellCheck={false} autoComplete="off" onChange={(e) => actions.updateCaseForm({ accid: e.target.value })} />
        </div>
        <fieldset className="fieldset inline">
          <legend>{c_('tokenLegend')}</legend>
          <label className="check">
            <input type="radio" name="ce-case-source" checked={s.form.tokenSource === 'case'} onChange={() => actions.updateCaseForm({ tokenSource: 'case' })} />
            {c_('ownToken')}
          </label>
          <label className="check">
            <input type="radio" name="ce-case-source" checked={s.form.tokenSource === 'static'} onChange={() => actions.updateCaseForm({ tokenSource: 'static', token: '' })} />
            {c_('staticToken')}
          </label>
        </fieldset>
        {s.form.tokenSource === 'case' && (
          <div className="field">
            <label htmlFor="ce-case-token">{c_('token')}</label>
            <input
              id="ce-case-token"
              type="password"
              value={s.form.token}
              spellCheck={false}
              autoComplete="off"
              placeholder={s.editingId ? c_('keepToken') : ''}
              onChange={(e) => actions.updateCaseForm({ token: e.target.value })}
            />
          </div>
        )}
        <ClientTypeSelect id="ce-case-client" label={c_('clientType')} value={s.form.clientType} onChange={(clientType) => actions.updateCaseForm({ clientType })} />
        <div className="field">
          <label htmlFor="ce-case-ip">{c_('ip')}</label>
          <input id="ce-case-ip" value={s.form.clientIp} spellCheck={false} autoComplete="off" onChange={(e) => actions.updateCaseForm({ clientIp: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="ce-case-ext">{c_('ext')}</label>
          <input id="ce-case-ext" value={s.form.loginExt} spellCheck={false} autoComplete="off" onChange={(e) => actions.updateCaseForm({ loginExt: e.target.value })} />
        </div>
        <fieldset className="fieldset inline">
          <legend>{c_('expected')}</legend>
          <label className="check">
            <input type="radio" name="ce-case-expected" checked={s.form.expected === 'allowed'} onChange={() => actions.updateCaseForm({ expected: 'allowed' })} />
            {c_('allowed')}
          </label>
          <label className="check">
            <input type="radio" name="ce-case-expected" checked={s.form.expected === 'refused'} onChange={() => actions.updateCaseForm({ expected: 'refused' })} />
            {c_('refused')}
          </label>
        </fieldset>
        <div className="toolbar">
          <button type="submit" className="button" disabled={s.saving || s.profile === null}>
            {c_(s.editingId ? 'save' : 'add')}
          </button>
          {s.editingId && (
            <button type="button" className="button secondary" onClick={() => actions.editCase(null)}>
              {c_('cancel')}
            </button>
          )}
        </div>
      </form>

      <div className="toolbar">
        <button type="button" className="button" disabled={s.running || s.cases.length === 0} onClick={() => void actions.runAllCases()}>
          {c_(s.running ? 'running' : 'runAll')}
        </button>
        <span className="muted small">{s.url.trim() === '' ? c_('againstEmpty') : c_('against', { url: s.url })}</span>
      </div>
      <ErrorLine error={s.error} />
      {results.length > 0 && (
        <p aria-live="polite" className={passed === results.length ? 'tone-good' : 'tone-bad'}>
          {c_('passed', { passed, total: results.length })}
        </p>
      )}

      {s.cases.length === 0 ? (
        <p className="muted">{c_('none')}</p>
      ) : (
        <table className="field-table" aria-label={c_('table')}>
          <thead>
            <tr>
              <th scope="col">{c_('colName')}</th>
              <th scope="col">{c_('colAccid')}</th>
              <th scope="col">{c_('colClient')}</th>
              <th scope="col">{c_('colToken')}</th>
              <th scope="col">{c_('colExpected')}</th>
              <th scope="col">{c_('colResult')}</th>
              <th scope="col">
                <span className="visually-hidden">{c_('colActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {s.cases.map((c) => {
              const result = s.results[c.id];
              return (
                <tr key={c.id}>
                  <td>{c.name}</td>
                  <td className="mono">{c.accid}</td>
                  <td>
                    {c.clientType}
                    {c.clientIp ? ` · ${c.clientIp}` : ''}
                  </td>
                  <td>
                    {c_(c.tokenSource === 'static' ? 'tokenStatic' : 'tokenOwn')}
                    {c.tokenStored ? '' : c_('tokenMissing')}
                  </td>
                  <td>{c_(`expectedValue.${c.expected}`)}</td>
                  <td className={result ? (result.passed ? 'tone-good' : 'tone-bad') : undefined}>
                    {result ? `${c_(result.passed ? 'pass' : 'fail')} — ${result.summary}` : '—'}
                  </td>
                  <td className="row-actions">
                    <button type="button" className="small-button" aria-label={c_('editLabel', { name: c.name })} onClick={() => actions.editCase(c.id)}>
                      {c_('edit')}
                    </button>
                    <button type="button" className="small-button" aria-label={c_('deleteLabel', { name: c.name })} onClick={() => void actions.deleteCase(c.id)}>
                      {c_('delete')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
