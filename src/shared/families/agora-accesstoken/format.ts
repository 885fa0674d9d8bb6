/**
 * The AccessToken (`006`) layout: "006" + App ID in clear + base64(content), no compression.
 * Spec: README-agora.md "AccessToken (006) format". Little-endian; a string is a u16 byte
 * length and its bytes.
 */
import type { CryptoPort } from '../../crypto/cryptoPort';
import { hmacWith, type PreparedKeys } from '../../crypto/preparedKeys';
import { ByteReader, ShortRead } from '../../encoding/byteReader';
import { utf8ByteLength } from '../../encoding/bytes';

export const PRIVILEGE_JOIN = 1;
export const PRIVILEGE_RTM_LOGIN = 1000;

export const PRIVILEGE_006_NAMES: Readonly<Record<number, string>> = {
  1: 'joinChannel',
  2: 'publishAudioStream',
  3: 'publishVideoStream',
  4: 'publishDataStream',
  5: 'publishAudioCdn',
  6: 'publishVideoCdn',
  7: 'requestPublishAudioStream',
  8: 'requestPublishVideoStream',
  9: 'requestPublishDataStream',
  10: 'invitePublishAudioStream',
  11: 'invitePublishVideoStream',
  12: 'invitePublishDataStream',
  101: 'administrateChannel',
  1000: 'rtmLogin',
};

export interface AccessTokenMessage {
  salt: number;
  ts: number;
  /** [privilegeId, absolute expiry ts (0 = no limit)], ascending id. */
  privileges: [number, number][];
}

export interface ParsedAccessToken extends AccessTokenMessage {
  appId: string;
  signature: Uint8Array;
  crcChannel: number;
  crcUid: number;
  /** The packed message bytes exactly as in the token (they are signed). */
  message: Uint8Array;
  /** Offsets in the decoded content. */
  offsets: { crcChannel: number; crcUid: number; messageLength: number; message: number };
}

export type ParseResult = { ok: true; token: ParsedAccessToken } | { ok: false; offset: number; reason: string; /** What words the reason in the catalogue (reason.detail.<detailCode>). */ detail?: Readonly<Record<string, string | number>> };

export function parseAccessTokenContent(appId: string, content: Uint8Array): ParseResult {
  const r = new ByteReader(content, true);
  try {
    const sigLen = r.u16('signature length');
    if (sigLen !== 32) return { ok: false, offset: 0, reason: `the signature is ${sigLen} bytes, not 32`, detail: { detailCode: 'signature_length', bytes: sigLen } };
    const signature = r.take(32, 'signature');
    const crcChannelAt = r.pos;
    const crcChannel = r.u32('crcChannel');
    const crcUid = r.u32('crcUid');
    const messageLengthAt = r.pos;
    const mLen = r.u16('message length');
    const messageAt = r.pos;
    const message = r.take(mLen, 'message');
    if (r.remaining > 0) return { ok: false, offset: r.pos, reason: `${r.remaining} bytes after the message`, detail: { detailCode: 'bytes_after_message', bytes: r.remaining } };
    const m = new ByteReader(message, true);
    const salt = m.u32('salt');
    const ts = m.u32('ts');
    const n = m.u16('privilege count');
    const privileges: [number, number][] = [];
    for (let i = 0; i < n; i++) privileges.push([m.u16('privilege id'), m.u32('privilege expiry')]);
    if (m.remaining > 0) return { ok: false, offset: messageAt + m.pos, reason: `${m.remaining} bytes inside the message after the privileges`, detail: { detailCode: 'bytes_after_privileges', bytes: m.remaining } };
    return {
      ok: true,
      token: { appId, signature, crcChannel, crcUid, message, salt, ts, privileges, offsets: { crcChannel: crcChannelAt, crcUid: crcChannelAt + 4, messageLength: messageLengthAt, message: messageAt } },
    };
  } catch (error) {
    if (error instanceof ShortRead) return { ok: false, offset: error.offset, reason: `${error.what} runs past the end`, detail: { detailCode: 'runs_past_end', what: error.what } };
    throw error;
  }
}

const utf8 = new TextEncoder();

/**
 * Where the signed bytes are laid out: App ID, channel and uid (public inputs) and the token's
 * message, never the certificate. Reused across calls rather than allocated (past 64 bytes a
 * typed array costs more to allocate than to fill); nothing reads it after the HMAC.
 */
const signedScratch = new Uint8Array(2048);

/** HMAC-SHA256(key = certificate, appId || channel || uid || m); the certificate goes to CryptoPort.hmac as text (its UTF-8). */
export function signAccessToken(certificate: string, appId: string, channel: string, uid: string, message: Uint8Array, crypto: CryptoPort, prepared?: PreparedKeys): Uint8Array {
  const ids = appId + channel + uid;
  // One array for the signed bytes: the ids' UTF-8 (at most 3 bytes per UTF-16 unit), then the message.
  const room = ids.length * 3 + message.length;
  const buffer = room <= signedScratch.length ? signedScratch : new Uint8Array(utf8ByteLength(ids) + message.length);
  const { written } = utf8.encodeInto(ids, buffer);
  buffer.set(message, written);
  return hmacWith(prepared, crypto, 'sha256', certificate, buffer.subarray(0, written + message.length));
}

/**
 * The whole content of a 006 token in one array: u16 signature length (32), the signature, the
 * CRC-32s of channel and uid, u16 message length and the message (salt, ts, privileges sorted by
 * id; a u16 id and a u32 expiry each), signed as signAccessToken signs, little-endian.
 * Written into `into` when it has room (a view of it is returned), else into a new array.
 */
export function packSignedContent(m: AccessTokenMessage, certificate: string, appId: string, channel: string, uid: string, crcChannel: number, crcUid: number, crypto: CryptoPort, prepared?: PreparedKeys, into?: Uint8Array): Uint8Array {
  const privileges = inIdOrder(m.privileges);
  const messageLength = 10 + 6 * privileges.length;
  const length = 44 + messageLength;
  const content = into !== undefined && into.length >= length ? into.subarray(0, length) : new Uint8Array(length);
  let at = 44;
  const u16 = (v: number): void => {
    content[at++] = v & 0xff;
    content[at++] = (v >>> 8) & 0xff;
  };
  const u32 = (v: number): void => {
    const x = v >>> 0;
    content[at++] = x & 0xff;
    content[at++] = (x >>> 8) & 0xff;
    content[at++] = (x >>> 16) & 0xff;
    content[at++] = x >>> 24;
  };
  u32(m.salt);
  u32(m.ts);
  u16(privileges.length);
  for (const [id, ts] of privileges) {
    u16(id);
    u32(ts);
  }
  const signature = signAccessToken(certificate, appId, channel, uid, content.subarray(44), crypto, prepared);
  at = 0;
  u16(signature.length);
  content.set(signature, 2);
  at = 34;
  u32(crcChannel);
  u32(crcUid);
  u16(messageLength);
  return content;
}

/** The privileges in ascending id order (a stable sort), without a copy when they already are. */
function inIdOrder(privileges: readonly [number, number][]): readonly [number, number][] {
  for (let i = 1; i < privileges.length; i++) {
    if ((privileges[i - 1] as [number, number])[0] > (privileges[i] as [number, number])[0]) return [...privileges].sort((a, b) => a[0] - b[0]);
  }
  return privileges;
}
