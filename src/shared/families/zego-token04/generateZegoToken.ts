/**
 * Mint a ZEGO Token04 exactly as the official generators do, in either envelope layout.
 *
 * Validation and error numbers follow the official generator (appId 0 → 1, empty userId → 3,
 * secret not 32 bytes → 5, effective time ≤ 0 → 6), so support sees the same numbers as the
 * customer's server logs. The plaintext uses the Node/TS key order, which makes GCM tokens
 * byte-identical to the official TS code and CBC tokens to the Node, Python, PHP and C++ code.
 */
import type { CryptoPort, RandomBytes } from '../../crypto/cryptoPort';
import type { PreparedKeys } from '../../crypto/preparedKeys';
import { utf8Encode } from '../../encoding/bytes';
import { utf8EncodeShort } from '../../encoding/shortText';
import { encodeTokenBase64 } from '../../encoding/tokenBytes';
import { TokenLabError } from '../../errors';
import type { ZegoLayout } from '../../tokens/types';
import { CBC_IV_LENGTH, GCM_NONCE_LENGTH, packZegoEnvelope } from './envelope';

export interface ZegoTokenRequest {
  appId: number;
  userId: string;
  /** The 32-character ServerSecret; its UTF-8 bytes are the AES-256 key. */
  secret: string;
  effectiveTimeInSeconds: number;
  /** "" for identity tokens; a privilege JSON string for RTC rooms. */
  payload?: string;
  /** Default 'gcm', the newer official layout. */
  layout?: ZegoLayout;
  /** Creation time, epoch seconds. */
  now: number;
  /** int32 nonce. */
  nonce: number;
  /** 16 bytes for CBC, 12 for GCM. */
  iv: Uint8Array;
  /** Keys for `secret` prepared by a caller that mints many tokens (see ../../crypto/preparedKeys.ts). */
  prepared?: PreparedKeys;
}

export const ZEGO_SECRET_LENGTH = 32;
const UINT32_MAX = 0xffff_ffff;
const INT32_MIN = -0x8000_0000;
const INT32_MAX = 0x7fff_ffff;

export function validateZegoRequest(req: Pick<ZegoTokenRequest, 'appId' | 'userId' | 'secret' | 'effectiveTimeInSeconds'>): void {
  validateWithKey(req, utf8Encode(req.secret));
}

/** Validation given the secret's UTF-8 bytes, so that minting encodes the secret once. */
function validateWithKey(
  req: Pick<ZegoTokenRequest, 'appId' | 'userId' | 'effectiveTimeInSeconds'>,
  key: Uint8Array,
): void {
  if (!Number.isInteger(req.appId) || req.appId <= 0 || req.appId > UINT32_MAX) {
    throw new TokenLabError('ZEGO_APP_ID_INVALID', `appID invalid: ${req.appId} (a whole number from 1 to ${UINT32_MAX})`, 1);
  }
  if (req.userId === '') throw new TokenLabError('ZEGO_USER_ID_INVALID', 'userID invalid: it must not be empty', 3);
  const secretBytes = key.length;
  if (secretBytes !== ZEGO_SECRET_LENGTH) {
    throw new TokenLabError(
      'ZEGO_SECRET_INVALID',
      `secret must be ${ZEGO_SECRET_LENGTH} bytes, this one is ${secretBytes} (check for a missing or extra character)`,
      5,
    );
  }
  if (!Number.isInteger(req.effectiveTimeInSeconds) || req.effectiveTimeInSeconds <= 0) {
    throw new TokenLabError(
      'ZEGO_EFFECTIVE_TIME_INVALID',
      `effective time must be a whole number of seconds above 0, got ${req.effectiveTimeInSeconds}`,
      6,
    );
  }
}

export function generateZegoToken(req: ZegoTokenRequest, crypto: CryptoPort): string {
  const prepared = req.prepared;
  const key = prepared ? prepared.keyBytes(req.secret, () => utf8EncodeShort(req.secret)) : utf8EncodeShort(req.secret);
  validateWithKey(req, key);
  const layout = req.layout ?? 'gcm';
  if (!Number.isInteger(req.nonce) || req.nonce < INT32_MIN || req.nonce > INT32_MAX) {
    throw new TokenLabError('INVALID_INPUT', `nonce must be an int32, got ${req.nonce}`);
  }
  const ivLength = layout === 'gcm' ? GCM_NONCE_LENGTH : CBC_IV_LENGTH;
  if (req.iv.length !== ivLength) {
    throw new TokenLabError('INVALID_INPUT', `${layout.toUpperCase()} needs a ${ivLength}-byte IV, got ${req.iv.length}`);
  }
  const expire = req.now + req.effectiveTimeInSeconds;
  // What JSON.stringify of {app_id, user_id, nonce, ctime, expire, payload} writes, without the
  // object: appId and nonce are validated integers and `now` is checked finite here (String()
  // and JSON agree on finite numbers; JSON writes null for NaN and ±Infinity, as the fallback
  // keeps); the strings are quoted by JSON.stringify itself.
  const payload = req.payload ?? '';
  const plaintext = Number.isFinite(expire)
    ? `{"app_id":${req.appId},"user_id":${JSON.stringify(req.userId)},"nonce":${req.nonce},` +
      `"ctime":${req.now},"expire":${expire},"payload":${JSON.stringify(payload)}}`
    : JSON.stringify({ app_id: req.appId, user_id: req.userId, nonce: req.nonce, ctime: req.now, expire, payload });
  // The text itself: the port encodes it to UTF-8 inside the cipher call.
  let ciphertext: Uint8Array;
  if (layout === 'gcm') ciphertext = crypto.aesGcmEncrypt(key, req.iv, plaintext);
  else {
    const cbc = prepared?.aesCbc(key, crypto);
    ciphertext = cbc ? cbc.encrypt(req.iv, plaintext) : crypto.aesCbcEncrypt(key, req.iv, plaintext);
  }
  return '04' + encodeTokenBase64(packZegoEnvelope(layout, expire, req.iv, ciphertext));
}

const IV_CHARS = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * Draw a nonce and IV the way the official code does: a non-negative int31 nonce, a CBC IV of
 * 16 characters from 0-9a-z, a GCM nonce of 12 random bytes.
 */
export function drawZegoRandomness(layout: ZegoLayout, randomBytes: RandomBytes): { nonce: number; iv: Uint8Array } {
  const r = randomBytes(4);
  const nonce = (((r[0] as number) << 24) | ((r[1] as number) << 16) | ((r[2] as number) << 8) | (r[3] as number)) & INT32_MAX;
  if (layout === 'gcm') return { nonce, iv: randomBytes(GCM_NONCE_LENGTH) };
  const raw = randomBytes(CBC_IV_LENGTH);
  const iv = new Uint8Array(CBC_IV_LENGTH);
  // 252 = 7 × 36: reject-free mapping would bias; a modulo over 256 biases by <1%, which the
  // official code (rand() % 36) also does — an IV needs uniqueness, not uniformity.
  for (let i = 0; i < CBC_IV_LENGTH; i++) iv[i] = IV_CHARS.charCodeAt((raw[i] as number) % 36);
  return { nonce, iv };
}
