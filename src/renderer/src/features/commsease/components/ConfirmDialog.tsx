/**
 * The confirmation of a destructive static-token call: the question names the environment tag
 * and the accid; a production profile asks a second time, by typing the tag, and is marked in
 * red. Nothing is sent until the last step is answered right; Escape or Cancel sends nothing.
 * The answers that confirm are the shared plan's (the CLI asks the same); the words are the
 * page's language.
 */
import { isProductionEnv } from '../../../../../shared/commsease/destructiveConfirmation';
import { EnvTag } from '../../../components/EnvTag';
import { useLocale } from '../../../lib/i18n/LocaleProvider';
import { useCommsEase, useCommsEaseActions, useSelectedCommsEaseProfile } from '../storeContext';

export function ConfirmDialog() {
  const confirmation = useCommsEase((s) => s.confirmation);
  const profile = useSelectedCommsEaseProfile();
  const actions = useCommsEaseActions();
  const { t } = useLocale();
  if (!confirmation || !profile) return null;
  const step = confirmation.steps[confirmation.index];
  if (!step) return null;
  const prod = isProductionEnv(profile.env);
  const title = t(confirmation.action === 'refresh' ? 'commsease.confirm.refresh' : 'commsease.confirm.update', { env: profile.env });
  const question =
    confirmation.index === 0
      ? t('commsease.confirm.first', {
          env: profile.env,
          what: t(confirmation.action === 'refresh' ? 'commsease.confirm.whatRefresh' : 'commsease.confirm.whatUpdate'),
          accid: confirmation.accid,
          profile: profile.name,
        })
      : t('commsease.confirm.prod', { ENV: profile.env.toUpperCase(), env: step.expected });
  return (
    <div
      className={`card edit-panel ce-confirm${prod ? ' ce-prod' : ''}`}
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
      <p className="muted small">{t('commsease.confirm.step', { n: confirmation.index + 1, total: confirmation.steps.length })}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void actions.confirmStep();
        }}
      >
        <div className="field">
          <label id="ce-confirm-question" htmlFor="ce-confirm-answer">
            {question}
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
              {t('commsease.confirm.wrong', { expected: step.expected })}
            </p>
          )}
        </div>
        <div className="toolbar">
          <button type="submit" className="button danger">
            {t('commsease.confirm.confirm')}
          </button>
          <button type="button" className="button secondary" onClick={() => actions.cancelConfirmation()}>
            {t('commsease.confirm.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
