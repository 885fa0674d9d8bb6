/** An IPC or input error under the control that caused it, announced to screen readers. */
import type { IpcError } from '../../../../../shared/ipc/reply';

export function ErrorLine({ error }: { error: IpcError | null }) {
  if (!error) return null;
  return (
    <p className="field-error" role="alert">
      {error.message}
    </p>
  );
}
