/**
 * Build AccessToken2 content as the official builders do (RtcTokenBuilder2, RtmTokenBuilder2,
 * ChatTokenBuilder2 of AgoraIO/Tools; README-agora.md "Builder semantics"), then sign and
 * compress. The inflated bytes equal the official ones for the same issueTs and salt; the
 * zlib bytes differ between zlib builds anyway (the vendors' own tests show it).
 */
import { encodeBase64 } from '../../encoding/base64';
import { deflateZlib } from '../../encoding/zlib';
import { TokenLabError } from '../../errors';
import type { CryptoPort } from '../../crypto/cryptoPort';
import type { MintContext } from '../family';
import type { AgoraCredentials } from '../support/agora';
import { agoraSalt, requestUser, type AgoraRequest } from '../support/agoraRequest';
import { packAccessToken2Payload, type AccessToken2Content, type Rtm2Permissions, type Service } from './format';

const ROLE_PUBLISHER = 1;

/** uid 0 is "" in the token; other numbers their decimal text; strings as they are. */
const uidText = (uid: unknown): string => (uid === 0 ? '' : String(uid));

function rtcService(channel: string, uid: unknown, join: number, audio: number, video: number, data: number, publisher: boolean): Service {
  const privileges: [number, number][] = [[1, join]];
  if (publisher) privileges.push([2, audio], [3, video], [4, data]);
  return { type: 1, channel, uid: uidText(uid), privileges };
}

type Args = Record<string, unknown>;
const num = (a: Args, k: string) => (typeof a[k] === 'number' ? (a[k] as number) : 0);
const str = (a: Args, k: string) => (a[k] === undefined ? '' : String(a[k]));

/** A raw service from the official tests' `Service*(args…)` + add_privilege. */
function rawService(s: { type: number; args: unknown[]; privileges: [number, number][] }): Service {
  const [a, b, c] = s.args;
  const service: Service = { type: s.type, privileges: s.privileges };
  if (s.type === 1) Object.assign(service, { channel: String(a ?? ''), uid: uidText(b ?? 0) });
  if (s.type === 2 || s.type === 5) service.userId = uidText(a ?? '');
  if (s.type === 3 || s.type === 6) Object.assign(service, { channel: String(a ?? ''), account: uidText(b ?? 0) });
  if (s.type === 7) Object.assign(service, { roomUuid: String(a ?? ''), userUuid: String(b ?? ''), role: typeof c === 'number' ? c : -1 });
  if (s.type === 8) Object.assign(service, { userId: String(a ?? ''), permissions: (b ?? {}) as Rtm2Permissions });
  return service;
}

/**
 * The content an official builder makes from its arguments, or null for builders TokenLab
 * does not model (APaaS, FPA, RTM2 permissions, ConvoAI, STT: they are parsed, not minted).
 */
export function contentFromBuilder(builder: string, args: Args, base: { appId: string; issueTs: number; salt: number }): AccessToken2Content | null {
  const make = (expire: number, services: Service[]): AccessToken2Content => ({ ...base, expire, services });
  const who = args['uid'] !== undefined ? args['uid'] : args['account'];
  switch (builder) {
    case 'rtc.withUid':
    case 'rtc.withUserAccount': {
      const p = num(args, 'privilegeExpire');
      return make(num(args, 'tokenExpire'), [rtcService(str(args, 'channelName'), who, p, p, p, p, num(args, 'role') === ROLE_PUBLISHER)]);
    }
    case 'rtc.withUidAndPrivilege':
    case 'rtc.withUserAccountAndPrivilege':
      return make(num(args, 'tokenExpire'), [
        rtcService(str(args, 'channelName'), who, num(args, 'joinChannelPrivilegeExpire'), num(args, 'pubAudioPrivilegeExpire'), num(args, 'pubVideoPrivilegeExpire'), num(args, 'pubDataStreamPrivilegeExpire'), true),
      ]);
    case 'rtc.withRtm': {
      const p = num(args, 'privilegeExpire');
      const expire = num(args, 'tokenExpire');
      return make(expire, [
        rtcService(str(args, 'channelName'), args['account'], p, p, p, p, num(args, 'role') === ROLE_PUBLISHER),
        { type: 2, userId: str(args, 'account'), privileges: [[1, expire]] },
      ]);
    }
    case 'rtc.withRtm2':
      return make(num(args, 'rtcTokenExpire'), [
        rtcService(str(args, 'channelName'), args['rtcAccount'], num(args, 'joinChannelPrivilegeExpire'), num(args, 'pubAudioPrivilegeExpire'), num(args, 'pubVideoPrivilegeExpire'), num(args, 'pubDataStreamPrivilegeExpire'), num(args, 'rtcRole') === ROLE_PUBLISHER),
        { type: 2, userId: str(args, 'rtmUserId'), privileges: [[1, num(args, 'rtmTokenExpire')]] },
      ]);
    case 'rtm.buildToken':
      return make(num(args, 'expire'), [{ type: 2, userId: str(args, 'userId'), privileges: [[1, num(args, 'expire')]] }]);
    case 'chat.user':
      return make(num(args, 'expire'), [{ type: 5, userId: str(args, 'userId'), privileges: [[1, num(args, 'expire')]] }]);
    case 'chat.app':
      return make(num(args, 'expire'), [{ type: 5, userId: '', privileges: [[2, num(args, 'expire')]] }]);
    case 'raw':
      return make(num(args, 'expire'), (args['services'] as { type: number; args: unknown[]; privileges: [number, number][] }[]).map(rawService));
    default:
      return null;
  }
}

/** The content a TokenLab request asks for, through the same builder models. */
export function contentFromRequest(r: AgoraRequest, base: { appId: string; issueTs: number; salt: number }): AccessToken2Content {
  const user = requestUser(r);
  const p = r.privilegeTtl ?? 0;
  switch (r.service) {
    case 'rtc':
      return { ...base, expire: r.ttl, services: [rtcService(r.channel ?? '', r.account ?? r.uid ?? 0, p, p, p, p, r.role === 'publisher')] };
    case 'rtm':
      return { ...base, expire: r.ttl, services: [{ type: 2, userId: user, privileges: [[1, r.ttl]] }] };
    case 'chat-user':
      return { ...base, expire: r.ttl, services: [{ type: 5, userId: user, privileges: [[1, r.ttl]] }] };
    case 'chat-app':
      return { ...base, expire: r.ttl, services: [{ type: 5, userId: '', privileges: [[2, r.ttl]] }] };
  }
}

export function encodeAccessToken2(content: AccessToken2Content, certificate: string, crypto: CryptoPort): string {
  return '007' + encodeBase64(deflateZlib(packAccessToken2Payload(content, certificate, crypto), 6, crypto));
}

export function mintAccessToken2(r: AgoraRequest, ctx: MintContext<AgoraCredentials>): string {
  const issueTs = Math.floor(ctx.nowMs / 1000);
  if (issueTs < 0 || issueTs > 0xffff_ffff) throw new TokenLabError('INVALID_INPUT', 'the clock is outside the range AccessToken2 can hold');
  const content = contentFromRequest(r, { appId: ctx.credentials.appId, issueTs, salt: agoraSalt(ctx.randomBytes) });
  return encodeAccessToken2(content, ctx.secret, ctx.crypto);
}
