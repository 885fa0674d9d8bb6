/**
 * The one shape every IPC reply takes: a value, or a typed error.
 *
 * Handlers never throw across the bridge; callers switch on `ok` and then on `error.code`
 * (a `TokenLabErrorCode`), so the renderer can show a specific message ("keychain locked")
 * instead of a generic failure.
 */
import type { TokenLabErrorCode } from '../errors';

export interface IpcError {
  code: TokenLabErrorCode;
  message: string;
}

export type IpcReply<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function errorReply(code: TokenLabErrorCode, message: string): { ok: false; error: IpcError } {
  return { ok: false, error: { code, message } };
}

/** Every code a reply may carry; kept in step with `TokenLabErrorCode` by the type below. */
export const IPC_ERROR_CODES = [
  'ZEGO_APP_ID_INVALID',
  'ZEGO_USER_ID_INVALID',
  'ZEGO_SECRET_INVALID',
  'ZEGO_EFFECTIVE_TIME_INVALID',
  'INVALID_INPUT',
  'SECRET_UNREADABLE',
  'KEYCHAIN_UNAVAILABLE',
  'KEYCHAIN_LOCKED',
  'KEYCHAIN_ERROR',
  'PROFILE_NOT_FOUND',
  'PROFILE_EXISTS',
  'SECRET_MISSING',
  'STORE_CORRUPT',
  'IO_ERROR',
  'DATA_FILE_BUSY',
  'NETWORK_ERROR',
  'TIMEOUT',
  'NOT_CONFIRMED',
  'FORBIDDEN_SENDER',
  'UNKNOWN_CHANNEL',
  'INTERNAL',
] as const satisfies readonly TokenLabErrorCode[];

// Fails to compile when a code is added to TokenLabErrorCode but not to the list above.
type MissingCodes = Exclude<TokenLabErrorCode, (typeof IPC_ERROR_CODES)[number]>;
const allCodesListed: [MissingCodes] extends [never] ? true : MissingCodes = true;
void allCodesListed;

