/**
 * CommsEase (NetEase YunXin IM) AppSecret-based dynamic tokens.
 *
 *   signature = sha1_hex_lower(appKey + accid + curTime(ms) + ttl(s) + appSecret)
 *   token     = base64(JSON {"signature", "curTime", "ttl"})
 */
import type { CryptoPort } from '../../crypto/cryptoPort';
import { encodeTextBase64 } from '../../encoding/tokenBytes';
import { TokenLabError } from '../../errors';

export interface CommsEaseTokenRequest {
  appKey: string;
  accid: string;
  appSecret: string;
  /** Epoch MILLISECONDS. */
  curTimeMs: number;
  ttlSeconds: number;
}

export function commsEaseSignature(
  parts: Pick<CommsEaseTokenRequest, 'appKey' | 'accid' | 'appSecret' | 'curTimeMs' | 'ttlSeconds'>,
  crypto: CryptoPort,
): string {
  return crypto.sha1Hex(`${parts.appKey}${parts.accid}${parts.curTimeMs}${parts.ttlSeconds}${parts.appSecret}`);
}

export function generateCommsEaseToken(req: CommsEaseTokenRequest, crypto: CryptoPort): string {
  if (req.appKey === '') throw new TokenLabError('INVALID_INPUT', 'appKey must not be empty');
  if (req.accid === '') throw new TokenLabError('INVALID_INPUT', 'accid must not be empty');
  if (req.appSecret === '') throw new TokenLabError('INVALID_INPUT', 'the AppSecret must not be empty');
  if (!Number.isSafeInteger(req.curTimeMs) || req.curTimeMs < 0) {
    throw new TokenLabError('INVALID_INPUT', `curTime must be epoch milliseconds, got ${req.curTimeMs}`);
  }
  if (!Number.isSafeInteger(req.ttlSeconds) || req.ttlSeconds <= 0) {
    throw new TokenLabError('INVALID_INPUT', `ttl must be a whole number of seconds above 0, got ${req.ttlSeconds}`);
  }
  const signature = commsEaseSignature(req, crypto);
  // JSON.stringify of {signature, curTime, ttl} without the object: the two numbers are checked
  // safe integers above, on which String() and JSON agree.
  return encodeTextBase64(`{"signature":${JSON.stringify(signature)},"curTime":${req.curTimeMs},"ttl":${req.ttlSeconds}}`);
}
