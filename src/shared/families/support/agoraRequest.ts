/**
 * The `generate agora` request (CLI contract: --service rtc|rtm|chat-user|chat-app --app-id ID
 * [--channel C] [--uid N | --account A] [--role publisher|subscriber] --ttl S
 * [--privilege-ttl S] [--version 007|006]), shared by the 007 and 006 families.
 */
import { z } from 'zod';
import type { RandomBytes } from '../../crypto/cryptoPort';
import type { Expectations, FieldSpec } from '../family';

const UINT32_MAX = 0xffff_ffff;

export const agoraRequestSchema = z
  .object({
    service: z.enum(['rtc', 'rtm', 'chat-user', 'chat-app']),
    channel: z.string().min(1).max(64).optional(),
    uid: z.number().int().min(0).max(UINT32_MAX).optional(),
    account: z.string().min(1).max(255).optional(),
    role: z.enum(['publisher', 'subscriber']).default('publisher'),
    ttl: z.number().int().min(1).max(UINT32_MAX),
    privilegeTtl: z.number().int().min(0).max(UINT32_MAX).optional(),
    version: z.enum(['007', '006']).default('007'),
  })
  .superRefine((r, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (r.uid !== undefined && r.account !== undefined) issue('account', 'Give either a numeric uid or a string account, not both.');
    if (r.service === 'rtc' && r.channel === undefined) issue('channel', 'An RTC token needs the channel name.');
    if ((r.service === 'rtc' || r.service === 'rtm' || r.service === 'chat-user') && r.uid === undefined && r.account === undefined) {
      issue(r.service === 'rtc' ? 'uid' : 'account', r.service === 'rtc' ? 'An RTC token needs a uid (0 = any user) or an account.' : 'This token needs the user id (--account).');
    }
    if (r.service === 'rtm' && r.uid === 0) issue('uid', 'An RTM token needs a user id; 0 is not one.');
    if (r.service === 'chat-app' && (r.uid !== undefined || r.account !== undefined)) issue('account', 'A Chat app token binds no user.');
    if (r.version === '006' && (r.service === 'chat-user' || r.service === 'chat-app')) issue('version', 'Chat tokens exist only as AccessToken2 (007).');
  });

export type AgoraRequest = z.output<typeof agoraRequestSchema>;

export const agoraRequestFields: readonly FieldSpec[] = [
  {
    key: 'service',
    label: 'Service',
    kind: 'select',
    options: [
      { value: 'rtc', label: 'RTC (join a channel)' },
      { value: 'rtm', label: 'RTM / Signaling login' },
      { value: 'chat-user', label: 'Chat user' },
      { value: 'chat-app', label: 'Chat app (REST)' },
    ],
    required: true,
    cliFlag: '--service',
    defaultValue: 'rtc',
  },
  { key: 'channel', label: 'Channel name', kind: 'text', required: false, cliFlag: '--channel', help: 'RTC only.' },
  { key: 'uid', label: 'uid (integer; 0 = any user)', kind: 'integer', required: false, cliFlag: '--uid' },
  { key: 'account', label: 'User account (string)', kind: 'text', required: false, cliFlag: '--account', help: 'A string user account (RTC), or the RTM / Chat user id.' },
  {
    key: 'role',
    label: 'Role',
    kind: 'select',
    options: [
      { value: 'publisher', label: 'Publisher (join + publish)' },
      { value: 'subscriber', label: 'Subscriber (join only)' },
    ],
    required: false,
    cliFlag: '--role',
    defaultValue: 'publisher',
  },
  { key: 'ttl', label: 'Token lifetime', kind: 'duration', required: true, cliFlag: '--ttl', defaultValue: 3600, help: 'Seconds; Agora documents 24 h as the maximum.' },
  { key: 'privilegeTtl', label: 'Privilege lifetime', kind: 'duration', required: false, cliFlag: '--privilege-ttl', help: 'Seconds; 0 or empty = bounded by the token (the official default).' },
  {
    key: 'version',
    label: 'Format',
    kind: 'select',
    options: [
      { value: '007', label: 'AccessToken2 (007)' },
      { value: '006', label: 'AccessToken (006, legacy)' },
    ],
    required: false,
    cliFlag: '--version',
    defaultValue: '007',
  },
];

/** The user the request binds, as the token text holds it ("" for uid 0). */
export function requestUser(r: AgoraRequest): string {
  if (r.account !== undefined) return r.account;
  if (r.uid === undefined || r.uid === 0) return '';
  return String(r.uid);
}

export function agoraExpectFor(r: AgoraRequest, appId: string): Expectations {
  const user = requestUser(r);
  const out: Expectations = { appId };
  if (user !== '') out.userId = user;
  if (r.version === '006') {
    out.channel = r.service === 'rtm' ? user : r.channel ?? '';
    out.uid = r.service === 'rtm' ? '' : user;
  }
  return out;
}

/** A salt as the official Python/Node builders draw it: 1 … 99 999 999. */
export function agoraSalt(randomBytes: RandomBytes): number {
  const b = randomBytes(4);
  const v = (((b[0] ?? 0) << 24) | ((b[1] ?? 0) << 16) | ((b[2] ?? 0) << 8) | (b[3] ?? 0)) >>> 0;
  return (v % 99_999_999) + 1;
}
