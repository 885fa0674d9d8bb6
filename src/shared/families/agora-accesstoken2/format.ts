/**
 * The AccessToken2 (`007`) binary layout: parse the inflated bytes, pack them back, sign.
 * Spec: ../../../../../shared/vectors/README-agora.md "AccessToken2 (007) format". All
 * integers are little-endian; a string is a u16 byte length and UTF-8 bytes.
 */
import type { CryptoPort } from '../../crypto/cryptoPort';
import { ByteReader, ByteWriter, ShortRead } from '../../encoding/byteReader';
import { utf8DecodeStrict, utf8Encode } from '../../encoding/bytes';

export const SERVICE_NAMES: Readonly<Record<number, string>> = {
  1: 'rtc',
  2: 'rtm',
  3: 'streaming',
  4: 'fpa',
  5: 'chat',
  6: 'fcdn',
  7: 'apaas',
  8: 'rtm2',
  9: 'convoai',
  10: 'stt',
};

/** Human names of each service's privilege ids (the official Service* classes). */
export const PRIVILEGE_NAMES: Readonly<Record<number, Readonly<Record<number, string>>>> = {
  1: { 1: 'joinChannel', 2: 'publishAudioStream', 3: 'publishVideoStream', 4: 'publishDataStream' },
  2: { 1: 'login' },
  3: { 1: 'publishMixStream', 2: 'publishRawStream' },
  4: { 1: 'login' },
  5: { 1: 'user', 2: 'app' },
  6: { 1: 'publish', 2: 'play' },
  7: { 1: 'roomUser', 2: 'user', 3: 'app' },
  8: { 1: 'login' },
};

/** RTM2 permissions: resourceType → permissionType → resources. */
export type Rtm2Permissions = Record<string, Record<string, string[]>>;

/** One service as parsed (and as packed): privileges are seconds counted from issueTs. */
export interface Service {
  type: number;
  /** [privilegeId, seconds], ascending id as packed. */
  privileges: [number, number][];
  channel?: string;
  uid?: string;
  account?: string;
  userId?: string;
  roomUuid?: string;
  userUuid?: string;
  role?: number;
  permissions?: Rtm2Permissions;
  /** Byte range of this service in the inflated payload. */
  offset?: number;
  length?: number;
}

export interface AccessToken2Content {
  appId: string;
  issueTs: number;
  expire: number;
  salt: number;
  services: Service[];
}

export interface ParsedAccessToken2 extends AccessToken2Content {
  signature: Uint8Array;
  /** The signed bytes exactly as they are in the token (after the signature string). */
  signingInfo: Uint8Array;
  signingInfoOffset: number;
  unknownServiceType: number | null;
  serviceCount: number;
}

export type ParseResult = { ok: true; token: ParsedAccessToken2 } | { ok: false; offset: number; reason: string; /** What words the reason in the catalogue (reason.detail.<detailCode>). */ detail?: Readonly<Record<string, string | number>> };

const HEX32 = /^[0-9a-fA-F]{32}$/;

class BadLayout extends Error {
  constructor(
    readonly offset: number,
    message: string,
    /** What words the message in the catalogue (reason.detail.<detailCode>). */
    readonly detail: Readonly<Record<string, string | number>>,
  ) {
    super(message);
  }
}

function readString(r: ByteReader, what: string): string {
  const start = r.pos;
  const len = r.u16(`${what} length`);
  const text = utf8DecodeStrict(r.take(len, what));
  if (text === null) throw new BadLayout(start, `${what} is not UTF-8`, { detailCode: 'not_utf8', what });
  return text;
}

function readService(r: ByteReader, type: number): Service {
  const service: Service = { type, privileges: [] };
  const n = r.u16('privilege count');
  for (let i = 0; i < n; i++) service.privileges.push([r.u16('privilege id'), r.u32('privilege expiry')]);
  switch (type) {
    case 1:
      service.channel = readString(r, 'RTC channel name');
      service.uid = readString(r, 'RTC uid');
      break;
    case 2:
    case 5:
      service.userId = readString(r, 'user id');
      break;
    case 3:
    case 6:
      service.channel = readString(r, 'channel name');
      service.account = readString(r, 'account');
      break;
    case 7:
      service.roomUuid = readString(r, 'APaaS room uuid');
      service.userUuid = readString(r, 'APaaS user uuid');
      service.role = r.i16('APaaS role');
      break;
    case 8: {
      service.userId = readString(r, 'RTM user id');
      const permissions: Rtm2Permissions = {};
      const k = r.u16('RTM permission count');
      for (let i = 0; i < k; i++) {
        const resourceType = String(r.u16('RTM resource type'));
        const byType = (permissions[resourceType] ??= {});
        const m = r.u16('RTM permission type count');
        for (let j = 0; j < m; j++) {
          const permType = String(r.u16('RTM permission type'));
          const list = (byType[permType] ??= []);
          const count = r.u16('RTM resource count');
          for (let x = 0; x < count; x++) list.push(readString(r, 'RTM resource'));
        }
      }
      service.permissions = permissions;
      break;
    }
    default:
      break; // 4 fpa, 9 convoai, 10 stt: no fields
  }
  return service;
}

/** Parses inflated AccessToken2 bytes by the README's rule 5. */
export function parseAccessToken2(bytes: Uint8Array): ParseResult {
  const r = new ByteReader(bytes, true);
  try {
    const sigLen = r.u16('signature length');
    if (sigLen !== 32) throw new BadLayout(0, `the signature is ${sigLen} bytes, not 32`, { detailCode: 'signature_length', bytes: sigLen });
    const signature = r.take(32, 'signature');
    const signingInfoOffset = r.pos;
    const appIdOffset = r.pos;
    const appId = readString(r, 'App ID');
    if (!HEX32.test(appId)) throw new BadLayout(appIdOffset, 'the App ID is not 32 hex characters', { detailCode: 'app_id_not_hex' });
    const issueTs = r.u32('issueTs');
    const expire = r.u32('expire');
    const salt = r.u32('salt');
    const serviceCount = r.u16('service count');
    const services: Service[] = [];
    let unknownServiceType: number | null = null;
    for (let i = 0; i < serviceCount; i++) {
      const start = r.pos;
      const type = r.u16('service type');
      if (!(type in SERVICE_NAMES)) {
        // As the official parsers: stop here, let the signature over the raw bytes decide.
        unknownServiceType = type;
        break;
      }
      const service = readService(r, type);
      service.offset = start;
      service.length = r.pos - start;
      services.push(service);
    }
    if (unknownServiceType === null && r.remaining > 0) {
      throw new BadLayout(r.pos, `${r.remaining} bytes after the last service`, { detailCode: 'bytes_after_services', bytes: r.remaining });
    }
    return {
      ok: true,
      token: { appId, issueTs, expire, salt, services, signature, signingInfo: bytes.subarray(signingInfoOffset), signingInfoOffset, unknownServiceType, serviceCount },
    };
  } catch (error) {
    if (error instanceof ShortRead) return { ok: false, offset: error.offset, reason: `${error.what} runs past the end`, detail: { detailCode: 'runs_past_end', what: error.what } };
    if (error instanceof BadLayout) return { ok: false, offset: error.offset, reason: error.message, detail: error.detail };
    throw error;
  }
}

function writeString(w: ByteWriter, text: string): void {
  const b = utf8Encode(text);
  w.u16(b.length).bytes(b);
}

/** signing_info for the given content; services sorted by type (stable), privileges by id. */
export function packSigningInfo(content: AccessToken2Content): Uint8Array {
  const w = new ByteWriter(true);
  writeString(w, content.appId);
  w.u32(content.issueTs).u32(content.expire).u32(content.salt).u16(content.services.length);
  const services = content.services.map((s, i) => ({ s, i })).sort((a, b) => a.s.type - b.s.type || a.i - b.i);
  for (const { s } of services) {
    w.u16(s.type);
    const privileges = [...s.privileges].sort((a, b) => a[0] - b[0]);
    w.u16(privileges.length);
    for (const [id, seconds] of privileges) w.u16(id).u32(seconds);
    switch (s.type) {
      case 1:
        writeString(w, s.channel ?? '');
        writeString(w, s.uid ?? '');
        break;
      case 2:
      case 5:
        writeString(w, s.userId ?? '');
        break;
      case 3:
      case 6:
        writeString(w, s.channel ?? '');
        writeString(w, s.account ?? '');
        break;
      case 7:
        writeString(w, s.roomUuid ?? '');
        writeString(w, s.userUuid ?? '');
        w.u16((s.role ?? -1) & 0xffff);
        break;
      case 8: {
        writeString(w, s.userId ?? '');
        const perms = Object.entries(s.permissions ?? {});
        w.u16(perms.length);
        for (const [resourceType, byType] of perms) {
          const types = Object.entries(byType);
          w.u16(Number(resourceType)).u16(types.length);
          for (const [permType, list] of types) {
            w.u16(Number(permType)).u16(list.length);
            for (const item of list) writeString(w, item);
          }
        }
        break;
      }
      default:
        break;
    }
  }
  return w.result();
}

/** Four little-endian bytes (a small array: no writer's buffer for an HMAC key). */
const u32le = (v: number) => new Uint8Array([v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff]);

/** key = HMAC(u32(salt), HMAC(u32(issueTs), certificate)); signature = HMAC(key, signing_info). */
export function signAccessToken2(certificate: string, issueTs: number, salt: number, signingInfo: Uint8Array, crypto: CryptoPort): Uint8Array {
  const first = crypto.hmac('sha256', u32le(issueTs), certificate); // the certificate's UTF-8 (CryptoPort.hmac encodes text)
  const key = crypto.hmac('sha256', u32le(salt), first);
  return crypto.hmac('sha256', key, signingInfo);
}

/** The inflated token: string(signature) || signing_info. */
export function packAccessToken2Payload(content: AccessToken2Content, certificate: string, crypto: CryptoPort): Uint8Array {
  const info = packSigningInfo(content);
  const signature = signAccessToken2(certificate, content.issueTs, content.salt, info, crypto);
  return new ByteWriter(true, 2 + signature.length + info.length).u16(signature.length).bytes(signature).bytes(info).result();
}
