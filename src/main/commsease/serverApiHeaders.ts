/**
 * The four headers that authenticate a CommsEase server API call, and nothing else.
 *
 * CommsEase server API docs ("API checksum校验" / "Common request parameters"): `AppKey`,
 * `Nonce` (random, at most 128 characters), `CurTime` (epoch SECONDS as a string) and
 * `CheckSum = sha1_hex_lower(AppSecret + Nonce + CurTime)`, valid for 5 minutes; a failed check
 * answers 414. The AppSecret only enters the hash: it is never a header or a form field.
 * Nonce and time are arguments so a test can pin them and a fake server can check them.
 */
import type { CryptoPort, RandomBytes } from '../../shared/crypto/cryptoPort';
import { toHex } from '../../shared/encoding/bytes';
import { serverApiCheckSum } from '../../shared/families/commsease-dynamic/checksum';

export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded;charset=utf-8';
export const NONCE_MAX_LENGTH = 128;

export interface ServerApiCredentials {
  appKey: string;
  appSecret: string;
}

export interface ServerApiHeaders {
  AppKey: string;
  Nonce: string;
  CurTime: string;
  CheckSum: string;
  'Content-Type': string;
}

/** 32 lowercase hex characters from 16 random bytes. */
export function drawNonce(randomBytes: RandomBytes): string {
  return toHex(randomBytes(16));
}

export function buildServerApiHeaders(
  credentials: ServerApiCredentials,
  nonce: string,
  curTimeSeconds: number,
  crypto: CryptoPort,
): ServerApiHeaders {
  if (nonce.length === 0 || nonce.length > NONCE_MAX_LENGTH) throw new RangeError('a Nonce has 1 to 128 characters');
  if (!Number.isSafeInteger(curTimeSeconds) || curTimeSeconds < 0) throw new RangeError('CurTime is whole epoch seconds');
  const curTime = String(curTimeSeconds);
  return {
    AppKey: credentials.appKey,
    Nonce: nonce,
    CurTime: curTime,
    CheckSum: serverApiCheckSum(credentials.appSecret, nonce, curTime, crypto),
    'Content-Type': FORM_CONTENT_TYPE,
  };
}
