/**
 * Errors with stable codes that callers switch on (CLI exit codes, IPC replies, UI messages).
 * Messages are written for the person who has to fix the input.
 */
export type TokenLabErrorCode =
  // ZEGO generator validation, numbered as the official generator numbers them.
  | 'ZEGO_APP_ID_INVALID' // 1
  | 'ZEGO_USER_ID_INVALID' // 3
  | 'ZEGO_SECRET_INVALID' // 5
  | 'ZEGO_EFFECTIVE_TIME_INVALID' // 6
  | 'INVALID_INPUT'
  | 'SECRET_UNREADABLE'
  | 'KEYCHAIN_UNAVAILABLE'
  | 'KEYCHAIN_LOCKED'
  | 'KEYCHAIN_ERROR'
  | 'PROFILE_NOT_FOUND'
  | 'PROFILE_EXISTS'
  | 'SECRET_MISSING' // a profile whose secret is not in the keychain (imported, or removed outside TokenLab)
  | 'STORE_CORRUPT'
  | 'IO_ERROR'
  | 'DATA_FILE_BUSY' // another process holds a data file's lock for too long (or took it over)
  | 'NETWORK_ERROR'
  | 'TIMEOUT'
  | 'NOT_CONFIRMED' // the person said no (or could not be asked) to sending a secret somewhere
  | 'FORBIDDEN_SENDER'
  | 'UNKNOWN_CHANNEL'
  | 'INTERNAL';

export class TokenLabError extends Error {
  readonly code: TokenLabErrorCode;
  /** The official generator's error number, where one exists. */
  readonly vendorCode: number | undefined;

  constructor(code: TokenLabErrorCode, message: string, vendorCode?: number) {
    super(message);
    this.name = 'TokenLabError';
    this.code = code;
    this.vendorCode = vendorCode;
  }
}

export function isTokenLabError(value: unknown): value is TokenLabError {
  return value instanceof TokenLabError;
}
