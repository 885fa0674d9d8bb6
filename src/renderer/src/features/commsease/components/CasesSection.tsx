/**
 * Saved login-callback test cases: an editor (add or edit one), the table of cases with their
 * last result, and "Run all" against the tester's callback URL. Tokens are typed once and kept
 * in the keychain by main; the table only says whether one is stored.
 */
import { useShallow } from 'zustand/react/shallow';
import { ClientTypeSelect } from './ClientTypeSelect';
import { ErrorLine } from './ErrorLine';
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
  const results = Object.values(s.results);
  const passed = results.filter((r) => r.passed).length;
  return (
    <section className="card" aria-labelledby="ce-cases-title">
      <h2 id="ce-cases-title">Saved callback test cases</h2>
      <form
        className="form-grid"
        noValidate
        aria-label={s.editingId ? 'Edit test case' : 'New test case'}
        onSubmit={(e) => {
          e.preventDefault();
          void actions.saveCase();
        }}
      >
        <div className="field">
          <label htmlFor="ce-case-name">Case name</label>
          <input id="ce-case-name" value={s.form.name} autoComplete="off" onChange={(e) => actions.updateCaseForm({ name: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="ce-case-accid">Case accid</label>
          <input id="ce-case-accid" value={s.form.accid} spellCheck={false} autoComplete="off" onChange={(e) => actions.updateCaseForm({ accid: e.target.value })} />
        </div>
        <fieldset className="fieldset inline">
          <legend>Token of the case</legend>
          <label className="check">
            <input type="radio" name="ce-case-source" checked={s.form.tokenSource === 'case'} onChange={() => actions.updateCaseForm({ tokenSource: 'case' })} />
            Its own token (kept in the keychain)
          </label>
          <label className="check">
            <input type="radio" name="ce-case-source" checked={s.form.tokenSource === 'static'} onChange={() => actions.updateCaseForm({ tokenSource: 'static', token: '' })} />
            The accid's stored static token
          </label>
        </fieldset>
        {s.form.tokenSource === 'case' && (
          <div className="field">
            <label htmlFor="ce-case-token">Case token</label>
            <input
              id="ce-case-token"
              type="password"
              value={s.form.token}
              spellCheck={false}
              autoComplete="off"
              placeholder={s.editingId ? 'leave empty to keep the stored token' : ''}
              onChange={(e) => actions.updateCaseForm({ token: e.target.value })}
            />
          </div>
        )}
        <ClientTypeSelect id="ce-case-client" label="Case client type" value={s.form.clientType} onChange={(clientType) => actions.updateCaseForm({ clientType })} />
        <div className="field">
          <label htmlFor="ce-case-ip">Case client IP</label>
          <input id="ce-case-ip" value={s.form.clientIp} spellCheck={false} autoComplete="off" onChange={(e) => actions.updateCaseForm({ clientIp: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="ce-case-ext">Case login extension</label>
          <input id="ce-case-ext" value={s.form.loginExt} spellCheck={false} autoComplete="off" onChange={(e) => actions.updateCaseForm({ loginExt: e.target.value })} />
        </div>
        <fieldset className="fieldset inline">
          <legend>Expected outcome</legend>
          <label className="check">
            <input type="radio" name="ce-case-expected" checked={s.form.expected === 'allowed'} onChange={() => actions.updateCaseForm({ expected: 'allowed' })} />
            Login allowed
          </label>
          <label className="check">
            <input type="radio" name="ce-case-expected" checked={s.form.expected === 'refused'} onChange={() => actions.updateCaseForm({ expected: 'refused' })} />
            Login refused
          </label>
        </fieldset>
        <div className="toolbar">
          <button type="submit" className="button" disabled={s.saving || s.profile === null}>
            {s.editingId ? 'Save changes' : 'Add case'}
          </button>
          {s.editingId && (
            <button type="button" className="button" onClick={() => actions.editCase(null)}>
              Cancel editing
            </button>
          )}
        </div>
      </form>

      <div className="toolbar">
        <button type="button" className="button" disabled={s.running || s.cases.length === 0} onClick={() => void actions.runAllCases()}>
          {s.running ? 'Running…' : 'Run all cases'}
        </button>
        <span className="muted small">against {s.url.trim() === '' ? 'the callback URL of the tester (empty)' : s.url}</span>
      </div>
      <ErrorLine error={s.error} />
      {results.length > 0 && (
        <p aria-live="polite" className={passed === results.length ? 'tone-good' : 'tone-bad'}>
          {passed} of {results.length} passed
        </p>
      )}

      {s.cases.length === 0 ? (
        <p className="muted">No saved cases for this profile.</p>
      ) : (
        <table className="field-table" aria-label="Saved test cases">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">accid</th>
              <th scope="col">Client</th>
              <th scope="col">Token</th>
              <th scope="col">Expected</th>
              <th scope="col">Result</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
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
                  <td>{c.tokenSource === 'static' ? 'static token' : 'own token'}{c.tokenStored ? '' : ' (missing)'}</td>
                  <td>{c.expected}</td>
                  <td className={result ? (result.passed ? 'tone-good' : 'tone-bad') : undefined}>
                    {result ? `${result.passed ? 'PASS' : 'FAIL'} — ${result.summary}` : '—'}
                  </td>
                  <td className="row-actions">
                    <button type="button" className="small-button" aria-label={`Edit case ${c.name}`} onClick={() => actions.editCase(c.id)}>
                      Edit
                    </button>
                    <button type="button" className="small-button" aria-label={`Delete case ${c.name}`} onClick={() => void actions.deleteCase(c.id)}>
                      Delete
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
