/**
 * Build an AccessToken (`006`) as RtcTokenBuilder / RtmTokenBuilder of AgoraIO/Tools do:
 * ts = generation time + 24 h, privileges as absolute timestamps, the RTM account in the
 * channel slot with an empty uid. Deterministic given the time and salt: byte-identical to
 * all five official producers (README-agora.md).
 */
import { encodeBase64 } from '../../encoding/base64';
import { crc32Utf8 } from '../../encoding/crc32';
import type { CryptoPort } from '../../crypto/cryptoPort';
import type { PreparedKeys } from '../../crypto/preparedKeys';
import type { MintContext } from '../family';
import type { AgoraCredentials } from '../support/agora';
import { agoraSalt, requestUser, type AgoraRequest } from '../support/agoraRequest';
import { PRIVILEGE_RTM_LOGIN, packSignedContent, type AccessTokenMessage } from './format';
import { TS_OFFSET } from './inspect';

export interface AccessTokenSpec extends AccessTokenMessage {
  appId: string;
  channel: string;
  /** "" for uid 0. */
  uid: string;
}

const ROLE_SUBSCRIBER = 2;

function rtcPrivileges(role: number, expireTs: number): [number, number][] {
  return role === ROLE_SUBSCRIBER ? [[1, expireTs]] : [[1, expireTs], [2, expireTs], [3, expireTs], [4, expireTs]];
}

const uidText = (uid: unknown): string => (uid === 0 ? '' : String(uid));

type Args = Record<string, unknown>;

/** The spec an official 006 builder makes from the vector's inputs, or null if not modelled. */
export function specFromBuilder(builder: string, inputs: Args): AccessTokenSpec | null {
  const args = inputs['args'] as Args;
  const appId = String(inputs['appId']);
  const salt = Number(inputs['salt']);
  const ts = inputs['ts'] !== undefined ? Number(inputs['ts']) : Number(inputs['builderNow']) + TS_OFFSET;
  const expireTs = Number(args['privilegeExpiredTs'] ?? 0);
  switch (builder) {
    case 'rtc006.withUid':
    case 'rtc006.withAccount':
      return { appId, salt, ts, channel: String(args['channelName']), uid: uidText(args['uid'] ?? args['account']), privileges: rtcPrivileges(Number(args['role']), expireTs) };
    case 'rtm006.buildToken':
      return { appId, salt, ts, channel: String(args['account']), uid: '', privileges: [[PRIVILEGE_RTM_LOGIN, expireTs]] };
    case 'raw006':
      return { appId, salt, ts, channel: String(args['channelName']), uid: uidText(args['uid']), privileges: args['privileges'] as [number, number][] };
    default:
      return null;
  }
}

/** The content bytes (what follows "006" + App ID, before base64). */
export function packAccessTokenSpec(spec: AccessTokenSpec, certificate: string, crypto: CryptoPort, prepared?: PreparedKeys, into?: Uint8Array): Uint8Array {
  return packSignedContent(spec, certificate, spec.appId, spec.channel, spec.uid, crc32Utf8(spec.channel), crc32Utf8(spec.uid), crypto, prepared, into);
}

/**
 * Where a token's content is written before it becomes base64 (past 64 bytes a fresh typed
 * array costs more to allocate than to fill). It holds the token being made (public once
 * minted), never the certificate; the text is all that leaves.
 */
const contentScratch = new Uint8Array(1024);

export function encodeAccessToken(spec: AccessTokenSpec, certificate: string, crypto: CryptoPort, prepared?: PreparedKeys): string {
  return '006' + spec.appId + encodeBase64(packAccessTokenSpec(spec, certificate, crypto, prepared, contentScratch));
}

export function mintAccessToken(r: AgoraRequest, ctx: MintContext<AgoraCredentials>): string {
  const now = Math.floor(ctx.nowMs / 1000);
  const user = requestUser(r);
  // privilegeTtl 0 = "never" (bounded by ts); otherwise the join/login privilege ends then.
  const privilegeTtl = r.privilegeTtl ?? r.ttl;
  const expireTs = privilegeTtl === 0 ? 0 : now + privilegeTtl;
  const appId = ctx.credentials.appId;
  const salt = agoraSalt(ctx.randomBytes);
  const ts = now + TS_OFFSET;
  const spec: AccessTokenSpec =
    r.service === 'rtm'
      ? { appId, salt, ts, channel: user, uid: '', privileges: [[PRIVILEGE_RTM_LOGIN, expireTs]] }
      : { appId, salt, ts, channel: r.channel ?? '', uid: user, privileges: rtcPrivileges(r.role === 'subscriber' ? ROLE_SUBSCRIBER : 1, expireTs) };
  return encodeAccessToken(spec, ctx.secret, ctx.crypto, ctx.prepared);
}
