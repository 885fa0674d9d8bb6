/**
 * ZEGOCLOUD Token04 (ZIM and Express): the family object the registry lists.
 */
import { z } from 'zod';
import { utf8Encode } from '../../encoding/bytes';
import { isoUtc } from '../../time/humanize';
import type { Preset, TokenFamily } from '../family';
import { checkPastedSecret } from '../secretText';
import { drawZegoRandomness, generateZegoToken, ZEGO_SECRET_LENGTH } from './generateZegoToken';
import { detectZego, inspectZego, ZEGO_FAMILY_ID } from './inspectZego';
import { EXPRESS_RULES, ZIM_RULES } from './lifecycle';
import { buildRoomPrivilegePayload, describeRoomPrivilege } from './privilege';

export { ZEGO_FAMILY_ID } from './inspectZego';

const UINT32_MAX = 0xffff_ffff;
const INT32_MAX = 0x7fff_ffff;

/**
 * `--app-id` as typed. Every wrong value, 0 included, gets the one message, in the words the
 * official generators use ("appID invalid").
 */
function checkAppIdText(raw: string): string | null {
  const text = raw.trim();
  const n = /^-?\d+$/.test(text) ? Number(text) : NaN;
  if (Number.isSafeInteger(n) && n >= 1 && n <= UINT32_MAX) return null;
  return `appID invalid: --app-id must be a whole number from 1 to ${UINT32_MAX}, got "${raw}"`;
}

export interface ZegoCredentials {
  appId: number;
}

export const zegoCredentialsSchema = z.strictObject({
  appId: z
    .number({ error: 'appID invalid: the AppID is a whole number' })
    .int(`appID invalid: a whole number from 1 to ${UINT32_MAX}`)
    .min(1, `appID invalid: a whole number from 1 to ${UINT32_MAX}`)
    .max(UINT32_MAX, `appID invalid: a whole number from 1 to ${UINT32_MAX}`),
});

export const ZEGO_PRIVILEGES = ['login', 'publish'] as const;

/** A generate request; the room fields are all optional (no room: a ZIM identity token). */
export const zegoRequestSchema = z.strictObject({
  userId: z.string().min(1, 'userID invalid: it must not be empty').max(256),
  ttlSeconds: z.number().int('must be a whole number of seconds').min(1, 'must be above 0 seconds').max(INT32_MAX, `must be at most ${INT32_MAX} seconds`),
  layout: z.enum(['gcm', 'cbc'], { error: 'is gcm or cbc' }).optional(),
  roomId: z.string().max(256).optional(),
  /** Without it, a room token allows login only. */
  privileges: z.array(z.enum(ZEGO_PRIVILEGES, { error: 'takes login and/or publish' })).optional(),
  streamIds: z.array(z.string().min(1).max(256)).max(100).nullable().optional(),
});
export type ZegoGenerateRequest = z.infer<typeof zegoRequestSchema>;

function roomPayload(r: ZegoGenerateRequest): string {
  // As the official samples: no room, no privilege list and no streams is a ZIM identity token.
  if (r.roomId === undefined && r.privileges === undefined && (r.streamIds ?? []).length === 0) return '';
  const allowed = r.privileges ?? ['login'];
  const streams = r.streamIds ?? null;
  return buildRoomPrivilegePayload({
    roomId: r.roomId ?? '',
    canLogin: allowed.includes('login'),
    canPublish: allowed.includes('publish'),
    streamIds: streams && streams.length > 0 ? streams : null,
  });
}

const PRESETS: readonly Preset<ZegoGenerateRequest>[] = [
  { id: 'zim-identity-1h', label: 'ZIM identity token, 1 hour', request: { userId: 'user1', ttlSeconds: 3600, layout: 'gcm' } },
  { id: 'rtc-room-publish', label: 'RTC room, login + publish, 1 hour', request: { userId: 'user1', ttlSeconds: 3600, layout: 'gcm', roomId: 'room1', privileges: ['login', 'publish'] } },
];

export const zegoToken04Family: TokenFamily<ZegoCredentials, ZegoGenerateRequest> = {
  id: ZEGO_FAMILY_ID,
  label: 'ZEGO Token04',
  vendor: 'ZEGOCLOUD',
  cliNames: ['zego'],
  detect: detectZego,
  inspect: inspectZego,
  verifyInputs: [
    {
      key: 'appId',
      label: 'Expected AppID',
      cliFlag: '--app-id',
      help: 'the ZEGO project the token must be for',
      check: checkAppIdText, checkKey: 'zegoAppIdFlag',
    },
  ],
  profile: {
    identifiers: [{ key: 'appId', label: 'AppID', kind: 'integer', required: true, cliFlag: '--app-id', help: 'the number in the ZEGO console', check: checkAppIdText, checkKey: 'zegoAppIdFlag' }],
    credentialsSchema: zegoCredentialsSchema,
    secretLabel: 'ServerSecret',
    checkSecret(raw) {
      const pasted = checkPastedSecret(raw);
      if (!pasted.ok) return pasted;
      const bytes = utf8Encode(pasted.secret).length;
      if (bytes !== ZEGO_SECRET_LENGTH) {
        return {
          ok: false,
          code: 'ZEGO_SECRET_INVALID',
          vendorCode: 5,
          message: `a ZEGO ServerSecret has ${ZEGO_SECRET_LENGTH} characters, this one has ${bytes} (check for a missing or extra character)`,
          textKey: 'zegoSecretLength',
          textParams: { expected: ZEGO_SECRET_LENGTH, actual: bytes },
        };
      }
      return pasted;
    },
    expectFrom: (c) => ({ appId: String(c.appId) }),
    describe: (c) => `appId ${c.appId}`,
  },
  generator: {
    fields: [
      { key: 'userId', label: 'User ID', kind: 'text', required: true, cliFlag: '--user-id' },
      { key: 'ttlSeconds', label: 'Valid for (s)', kind: 'duration', required: true, cliFlag: '--ttl', defaultValue: 3600 },
      {
        key: 'layout',
        label: 'Layout',
        kind: 'select',
        options: [{ value: 'gcm', label: 'GCM (newer)' }, { value: 'cbc', label: 'CBC (original)' }],
        required: false,
        cliFlag: '--layout',
        defaultValue: 'gcm',
      },
      { key: 'roomId', label: 'Room ID', kind: 'text', required: false, cliFlag: '--room', help: 'RTC tokens only' },
      {
        key: 'privileges',
        label: 'Privileges',
        kind: 'multiselect',
        options: [{ value: 'login', label: 'Log in' }, { value: 'publish', label: 'Publish' }],
        required: false,
        cliFlag: '--privilege',
      },
      { key: 'streamIds', label: 'Stream IDs', kind: 'multiselect', required: false, cliFlag: '--stream', help: 'publishable streams; empty: any' },
    ],
    requestSchema: zegoRequestSchema,
    mint(request, ctx) {
      const layout = request.layout ?? 'gcm';
      return generateZegoToken(
        {
          appId: ctx.credentials.appId,
          userId: request.userId,
          secret: ctx.secret,
          effectiveTimeInSeconds: request.ttlSeconds,
          payload: roomPayload(request),
          layout,
          now: Math.floor(ctx.nowMs / 1000),
          ...drawZegoRandomness(layout, ctx.randomBytes),
          ...(ctx.prepared ? { prepared: ctx.prepared } : {}),
        },
        ctx.crypto,
      );
    },
    expectFor: (_request, c) => ({ appId: String(c.appId) }),
    summarize(request, c, inspection, now) {
      const privilege = inspection.privilege ? `; ${describeRoomPrivilege(inspection.privilege)}` : '';
      const layout = (request.layout ?? 'gcm').toUpperCase();
      return `ZEGO Token04 (${layout}) for app ${c.appId}, user ${JSON.stringify(request.userId)}; expires ${isoUtc(now + request.ttlSeconds)}${privilege}`;
    },
  },
  lifecycle: { platforms: [ZIM_RULES, EXPRESS_RULES] },
  presets: PRESETS,
  tokenName: 'A ZEGO token',
  userOf: (inspection) => {
    const user = inspection.fields?.['user_id'];
    return typeof user === 'string' ? user : null;
  },
};

/** The older IPC shape of a ZEGO request (`room` as one object) in the family's flat terms. */
export function zegoRequestFromRoom(request: {
  userId: string;
  ttlSeconds: number;
  layout?: 'gcm' | 'cbc' | undefined;
  room?: { roomId: string; canLogin: boolean; canPublish: boolean; streamIds: string[] | null } | undefined;
}): ZegoGenerateRequest {
  const { room, ...rest } = request;
  if (!room) return rest;
  const privileges = ZEGO_PRIVILEGES.filter((p) => (p === 'login' ? room.canLogin : room.canPublish));
  return { ...rest, roomId: room.roomId, privileges, streamIds: room.streamIds };
}
