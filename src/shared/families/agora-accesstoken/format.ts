/**
 * The AccessToken (`006`) layout: "006" + App ID in clear + base64(content), no compression.
 * Spec: README-agora.md "AccessToken (006) format". Little-endian; a string is a u16 byte
 * length and its bytes.
 */
import type { CryptoPort } from '../../crypto/cryptoPort';
import { hmacWith, type PreparedKeys } from '../../crypto/preparedKeys';
import { ByteReader, ByteWriter, ShortRead } from '../../encoding/byteReader';
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

export function packMessage(m: AccessTokenMessage): Uint8Array {
  const w = new ByteWriter(true, 10 + 6 * m.privileges.length).u32(m.salt).u32(m.ts);
  const privileges = [...m.privileges].sort((a, b) => a[0] - b[0]);
  w.u16(privileges.length);
  for (const [id, ts] of privileges) w.u16(id).u32(ts);
  return w.result();
}

const utf8 = new TextEncoder();

/** HMAC-SHA256(key = certificate, appId || channel || uid || m); the certificate goes to CryptoPort.hmac as text (its UTF-8). */
export function signAccessToken(certificate: string, appId: string, channel: string, uid: string, message: Uint8Array, crypto: CryptoPort, prepared?: PreparedKeys): Uint8Array {
  const ids = appId + channel + uid;
  // One array for the signed bytes: the ids' UTF-8, then the message.
  const signed = new Uint8Array(utf8ByteLength(ids) + message.length);
  const { written } = utf8.encodeInto(ids, signed);
  signed.set(message, written);
  return hmacWith(prepared, crypto, 'sha256', certificate, signed);
}

/** The decoded content of a 006 token (what follows the App ID, before base64). */
export function packAccessTokenContent(signature: Uint8Array, crcChannel: number, crcUid: number, message: Uint8Array): Uint8Array {
  return new ByteWriter(true, 12 + signature.length + message.length).u16(signature.length).bytes(signature).u32(crcChannel).u32(crcUid).u16(message.length).bytes(message).result();
}
