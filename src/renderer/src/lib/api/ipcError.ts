/** Tells an IPC error apart from a successful value where an action returns either. */
import type { IpcError } from '../../../../shared/ipc/reply';

export function isIpcError(value: unknown): value is IpcError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return Object.keys(v).length === 2 && typeof v['code'] === 'string' && typeof v['message'] === 'string';
}
