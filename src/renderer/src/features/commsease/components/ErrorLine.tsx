/** An IPC or input error under the control that caused it, announced to screen readers. */
import type { IpcError } from '../../../../../shared/ipc/reply';
import { useLocale } from '../../../lib/i18n/LocaleProvider';
import { inputProblemKey } from '../inputProblems';

export function ErrorLine({ error }: { error: IpcError | null }) {
  const { t } = useLocale();
  if (!error) return null;
  const key = inputProblemKey(error);
  return (
    <p className="field-error" role="alert">
      {key ? t(key) : error.message}
    </p>
  );
}
