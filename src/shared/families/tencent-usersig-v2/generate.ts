/**
 * Mint a UserSig as the official TLSSigAPIv2 Node code does (genUserSig / genPrivateMapKey /
 * genPrivateMapKeyWithStringRoomID): its JSON text byte for byte, then zlib and the changed
 * alphabet. One deliberate difference: the PrivateMapKey account is written as UTF-8, as the
 * official Go code does, where Node writes the low byte of each UTF-16 unit (which breaks
 * non-ASCII user ids; README-tencent.md disagreement 1). The zlib bytes differ from Node's.
 */
import { z } from 'zod';
import type { CryptoPort } from '../../crypto/cryptoPort';
import type { PreparedKeys } from '../../crypto/preparedKeys';
import { encodeBase64 } from '../../encoding/base64';
import { utf8Encode } from '../../encoding/bytes';
import { deflateZlib } from '../../encoding/zlib';
import { TokenLabError } from '../../errors';
import type { FieldSpec, MintContext } from '../family';
import { encodeUserSigText, packPrivateMapKey, userSigHmac } from './format';

export interface TencentCredentials {
  sdkAppId: number;
}

const UINT32_MAX = 0xffff_ffff;

export const tencentRequestSchema = z
  .object({
    userId: z.string().min(1).max(256),
    ttl: z.number().int().min(1).max(50 * 365 * 86_400),
    roomId: z.number().int().min(0).max(UINT32_MAX).optional(),
    strRoomId: z.string().min(1).max(255).optional(),
    privilegeMap: z.number().int().min(0).max(UINT32_MAX).optional(),
    /**
     * The PrivateMapKey's own lifetime when it is to end before the UserSig (seconds; default the
     * UserSig's `ttl`, as the official genPrivateMapKey writes it). Not a form field: the
     * simulator's TRTC runs use it for a PrivateMapKey that ends first.
     */
    privateMapKeyTtl: z.number().int().min(1).max(50 * 365 * 86_400).optional(),
  })
  .superRefine((r, ctx) => {
    if (r.roomId !== undefined && r.strRoomId !== undefined) ctx.addIssue({ code: 'custom', path: ['strRoomId'], message: 'Give either a numeric room id or a string room id, not both.' });
    if (r.privilegeMap !== undefined && r.roomId === undefined && r.strRoomId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['privilegeMap'], message: 'A privilege map needs a room (--room-id or --str-room-id): it is a PrivateMapKey.' });
    }
    if (r.privateMapKeyTtl !== undefined && r.roomId === undefined && r.strRoomId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['privateMapKeyTtl'], message: 'A PrivateMapKey lifetime needs a room (--room-id or --str-room-id).' });
    }
  });

export type TencentRequest = z.output<typeof tencentRequestSchema>;

export const tencentRequestFields: readonly FieldSpec[] = [
  { key: 'userId', label: 'UserID (identifier)', kind: 'text', required: true, cliFlag: '--user-id', help: 'Tencent recommends [a-zA-Z0-9_-], at most 32 bytes.' },
  { key: 'ttl', label: 'Lifetime', kind: 'duration', required: true, cliFlag: '--ttl', defaultValue: 180 * 86_400, help: 'Seconds; the console and Python default are 180 days.' },
  { key: 'roomId', label: 'Room id (numeric, for a PrivateMapKey)', kind: 'integer', required: false, cliFlag: '--room-id' },
  { key: 'strRoomId', label: 'Room id (string, for a PrivateMapKey)', kind: 'text', required: false, cliFlag: '--str-room-id' },
  { key: 'privilegeMap', label: 'PrivateMapKey privileges (bits)', kind: 'integer', required: false, cliFlag: '--privilege-map', defaultValue: 255, help: '1 create, 2 enter, 4 send audio, 8 receive audio, 16 send video, 32 receive video, 64/128 screen share; 255 all, 42 audience.' },
];

export interface UserSigSpec {
  sdkappid: number;
  identifier: string;
  time: number;
  expire: number;
  userbuf: Uint8Array | null;
}

/** The JSON text as Node's JSON.stringify writes it (key order ver, identifier, sdkappid, time, expire, [userbuf], sig). */
export function userSigJson(spec: UserSigSpec, secret: string, crypto: CryptoPort, prepared?: PreparedKeys): string {
  const userbuf = spec.userbuf === null ? null : encodeBase64(spec.userbuf);
  const sig = encodeBase64(userSigHmac(secret, { identifier: spec.identifier, sdkappid: spec.sdkappid, time: spec.time, expire: spec.expire, userbuf }, crypto, prepared));
  const json: Record<string, unknown> = { 'TLS.ver': '2.0', 'TLS.identifier': spec.identifier, 'TLS.sdkappid': spec.sdkappid, 'TLS.time': spec.time, 'TLS.expire': spec.expire };
  if (userbuf !== null) json['TLS.userbuf'] = userbuf;
  json['TLS.sig'] = sig;
  return JSON.stringify(json);
}

export function encodeUserSig(spec: UserSigSpec, secret: string, crypto: CryptoPort, prepared?: PreparedKeys): string {
  return encodeUserSigText(deflateZlib(utf8Encode(userSigJson(spec, secret, crypto, prepared)), 6, crypto));
}

export function mintUserSig(r: TencentRequest, ctx: MintContext<TencentCredentials>): string {
  const time = Math.floor(ctx.nowMs / 1000);
  if (time < 0) throw new TokenLabError('INVALID_INPUT', 'the clock is before 1970');
  const room = r.roomId !== undefined || r.strRoomId !== undefined;
  const userbuf = room
    ? packPrivateMapKey({
        account: r.userId,
        sdkappid: ctx.credentials.sdkAppId,
        roomId: r.roomId ?? 0,
        strRoomId: r.strRoomId ?? null,
        expireAt: (time + (r.privateMapKeyTtl ?? r.ttl)) % 2 ** 32,
        privilegeMap: r.privilegeMap ?? 255,
      })
    : null;
  return encodeUserSig({ sdkappid: ctx.credentials.sdkAppId, identifier: r.userId, time, expire: r.ttl, userbuf }, ctx.secret, ctx.crypto, ctx.prepared);
}
