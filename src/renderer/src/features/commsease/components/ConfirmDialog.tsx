/**
 * The confirmation of a destructive static-token call: the question names the environment tag
 * and the accid; a production profile asks a second time, by typing the tag. Nothing is sent
 * until the last step is answered right; Escape or Cancel sends nothing.
 */
import { EnvTag } from '../../../components/EnvTag';
import { useCommsEase, useCommsEaseActions, useSelectedCommsEaseProfile } from '../storeContext';

export function ConfirmDialog() {
  const confirmation = useCommsEase((s) => s.confirmation);
  const profile = useSelectedCommsEaseProfile();
  const actions = useCommsEaseActions();
  if (!confirmation || !profile) return null;
  const step = confirmation.steps[confirmation.index];
  if (!step) return null;
  const title = `${confirmation.action === 'refresh' ? 'Refresh' : 'Update'} the static token on ${profile.env}`;
  return (
    <div
      className="card edit-panel"
      role="dialog"
      aria-modal="true"
      aria-labelledby="ce-confirm-title"
      aria-describedby="ce-confirm-question"
      onKeyDown={(e) => {
        if (e.key === 'Escape') actions.cancelConfirmation();
      }}
    >
      <h2 id="ce-confirm-title">
        {title} <EnvTag env={profile.env} />
      </h2>
      <p className="muted small">
        Step {confirmation.index + 1} of {confirmation.steps.length}
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void actions.confirmStep();
        }}
      >
        <div className="field">
          <label id="ce-confirm-question" htmlFor="ce-confirm-answer">
            {step.question}
          </label>
          <input
            id="ce-confirm-answer"
            autoFocus
            autoComplete="off"
            spellCheck={false}
            value={confirmation.answer}
            aria-invalid={confirmation.wrong || undefined}
            onChange={(e) => actions.setConfirmationAnswer(e.target.value)}
          />
          {confirmation.wrong && (
            <p className="field-error" role="alert">
              That does not confirm: type {JSON.stringify(step.expected)} exactly.
            </p>
          )}
        </div>
        <div className="toolbar">
          <button type="submit" className="button">
            Confirm
          </button>
          <button type="button" className="button" onClick={() => actions.cancelConfirmation()}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
