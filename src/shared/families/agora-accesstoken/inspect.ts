/**
 * Inspect an Agora AccessToken (`006`): the App ID is in clear, the channel and uid only as
 * CRC-32s, so a signature check needs both as inputs. Ordered rules: README-agora.md
 * "agora-accesstoken".
 */
import type { CryptoPort } from '../../crypto/cryptoPort';
import { base64CharRange, decodeBase64Strict } from '../../encoding/base64';
import { decodeTokenBase64 } from '../../encoding/tokenBytes';
import { toHex } from '../../encoding/bytes';
import { crc32Utf8 } from '../../encoding/crc32';
import { describeExpiry, formatDuration, isoUtc } from '../../time/humanize';
import { DEFAULT_SKEW_SECONDS } from '../../tokens/types';
import type { FamilyVerifyOptions } from '../family';
import { AGORA_HEX32, AGORA_TEXT } from '../support/agora';
import { joinParts, part, verbatim } from '../support/valueParts';
import { conclude, diagnose, malformedAt, type WideInspection, type WideSegment } from '../support/wideInspection';
import { PRIVILEGE_006_NAMES, PRIVILEGE_JOIN, PRIVILEGE_RTM_LOGIN, parseAccessTokenContent, signAccessToken, type ParsedAccessToken } from './format';

export const ACCESS_TOKEN_ID = 'agora-accesstoken';
const PREFIX = '006';
const BODY_START = PREFIX.length + 32;
/** Every official builder sets ts = generation time + 24 h. */
export const TS_OFFSET = 86_400;

export function tokenExpiry(t: Pick<ParsedAccessToken, 'ts' | 'privileges'>): { expiresAt: number; kind: 'rtc' | 'rtm' } {
  const kind = t.privileges.some(([id]) => id === PRIVILEGE_RTM_LOGIN) ? 'rtm' : 'rtc';
  const primaryId = kind === 'rtm' ? PRIVILEGE_RTM_LOGIN : PRIVILEGE_JOIN;
  const primary = t.privileges.find(([id]) => id === primaryId)?.[1] ?? 0;
  return { expiresAt: primary !== 0 ? Math.min(t.ts, primary) : t.ts, kind };
}

function fieldsOf(t: ParsedAccessToken, now: number, channel: string | null, uid: string | null, { expiresAt, kind } = tokenExpiry(t)): Record<string, unknown> {
  const privileges: Record<string, number> = {};
  const expiredAtNow: number[] = [];
  for (const [id, ts] of t.privileges) {
    privileges[String(id)] = ts;
    if (ts !== 0 && now >= ts) expiredAtNow.push(id);
  }
  return {
    appId: t.appId,
    signature: toHex(t.signature),
    crcChannel: t.crcChannel,
    crcUid: t.crcUid,
    salt: t.salt,
    ts: t.ts,
    privileges,
    kind,
    expiresAt,
    issuedAtInferred: t.ts - TS_OFFSET,
    privilegesExpiredAtNow: expiredAtNow,
    channel,
    uid,
  };
}

function byteMap(t: ParsedAccessToken): WideSegment[] {
  const seg = (name: string, label: string, offset: number, length: number, value: string): WideSegment => {
    const { start, end } = base64CharRange(offset, length);
    return { name, label, offset, length, charStart: BODY_START + start, charEnd: BODY_START + end, value };
  };
  const privileges = t.privileges.map(([id, ts]) => `${PRIVILEGE_006_NAMES[id] ?? `privilege ${id}`} ${ts === 0 ? '0 (no limit)' : isoUtc(ts)}`).join(', ');
  const privilegeParts = t.privileges.map(([id, ts]) => [
    PRIVILEGE_006_NAMES[id] !== undefined ? verbatim(PRIVILEGE_006_NAMES[id]) : part('privilegeNumber', { id }),
    part('space'),
    ts === 0 ? part('noLimit') : verbatim(isoUtc(ts)),
  ]);
  return [
    { name: 'version', label: 'Version', offset: 0, length: 3, charStart: 0, charEnd: 3, value: '006' },
    { name: 'appId', label: 'App ID (in clear)', offset: 3, length: 32, charStart: 3, charEnd: BODY_START, value: t.appId },
    seg('signature', 'HMAC-SHA256 signature', 0, 34, toHex(t.signature)),
    seg('crcChannel', 'CRC-32 of the channel name', t.offsets.crcChannel, 4, String(t.crcChannel)),
    t.crcUid === 0 ? { ...seg('crcUid', 'CRC-32 of the uid', t.offsets.crcUid, 4, '0 (uid 0: any user)'), valueParts: [part('crcUidAny')] } : seg('crcUid', 'CRC-32 of the uid', t.offsets.crcUid, 4, String(t.crcUid)),
    seg('messageLength', 'Message length', t.offsets.messageLength, 2, String(t.message.length)),
    seg('salt', 'Salt', t.offsets.message, 4, String(t.salt)),
    { ...seg('ts', 'Expiry ts (generation + 24 h)', t.offsets.message + 4, 4, `${t.ts} (${isoUtc(t.ts)})`), valueParts: [part('timeAt', { ts: t.ts, at: isoUtc(t.ts) })] },
    {
      ...seg('privileges', 'Privileges (absolute expiry)', t.offsets.message + 8, t.message.length - 8, privileges || 'none'),
      valueParts: privilegeParts.length ? joinParts(privilegeParts, part('comma')) : [part('none')],
    },
  ];
}

/** What the signature is checked against, from the expectations (README rule 6–8 inputs). */
function bindingInputs(options: FamilyVerifyOptions, kind: 'rtc' | 'rtm'): { channel?: string; uid?: string } {
  const e = options.expect ?? {};
  // An RTM 006 token carries the account in the channel slot and an empty uid.
  if (kind === 'rtm') return { channel: e.channel ?? e.userId, uid: e.uid ?? '' };
  return { channel: e.channel, uid: e.uid ?? e.userId };
}

function privilegeDiagnoses(out: WideInspection, t: ParsedAccessToken, options: FamilyVerifyOptions, expiresAt: number): void {
  // The informational notes only when details are wanted (diagnose would drop them anyway); warnings always.
  const full = options.detail !== 'verdict';
  for (const [id, ts] of t.privileges) {
    const name = PRIVILEGE_006_NAMES[id] ?? `privilege ${id}`;
    if (full) {
      diagnose(out, options, 'privilege_expiry', 'info', () =>
        ts === 0 ? `${name}: no limit (0), bounded by ts ${isoUtc(t.ts)} (${describeExpiry(t.ts, options.now)}).` : `${name}: until ${isoUtc(ts)} (${describeExpiry(ts, options.now)}).`,
        ts === 0 ? { privilege: name, at: t.ts, context: 'unbounded' } : { privilege: name, at: ts });
    }
    if (id === PRIVILEGE_JOIN || id === PRIVILEGE_RTM_LOGIN) {
      if (full && ts !== 0 && ts < t.ts) {
        diagnose(out, options, 'privilege_ends_token', 'info', () =>
          `The ${name} privilege (${isoUtc(ts)}) ends before the 24 h ts (${isoUtc(t.ts)}): it is what ends this token.`, { privilege: name, at: ts });
      }
    } else if (ts !== 0 && ts < expiresAt) {
      diagnose(out, options, 'privilege_expires_before_token', 'warning', () =>
        `The ${name} privilege ends at ${isoUtc(ts)} (${describeExpiry(ts, options.now)}), ${formatDuration(expiresAt - ts)} before the token (${isoUtc(expiresAt)}): from then on that action is refused while the user stays in the channel.`,
        { privilege: name, at: ts, context: 'action' });
    }
  }
}

export function inspectAccessToken(out: WideInspection, options: FamilyVerifyOptions, crypto: CryptoPort | undefined): WideInspection {
  out.format = ACCESS_TOKEN_ID;
  const token = out.token;
  if (token === '') return malformedAt(out, 0, 'text', 'empty token', 'empty_token');
  if (!token.startsWith(PREFIX)) {
    if (token.startsWith('007')) {
      diagnose(out, options, 'agora_007_not_006', 'error', 'This starts with "007": that is an AccessToken2, not the legacy AccessToken (006). Inspect it as AccessToken2; it needs no channel or uid to verify.');
    }
    return malformedAt(out, 0, 'text', `version prefix "${token.slice(0, 3)}" is not 006`, 'wrong_prefix', { prefix: token.slice(0, 3), expected: '006' });
  }
  const appId = token.slice(PREFIX.length, BODY_START);
  if (!AGORA_HEX32.test(appId)) {
    const bad = [...appId].findIndex((c) => !/[0-9a-fA-F]/.test(c));
    return malformedAt(out, PREFIX.length + (bad === -1 ? appId.length : bad), 'text', 'characters 3–34 are not a 32-hex App ID', 'agora_006_app_id_not_hex');
  }
  // The token's bytes from the slab (public bytes, no array of their own); the strict decoder says where anything else breaks.
  const fast = decodeTokenBase64(token, BODY_START);
  const decoded = fast !== null ? ({ ok: true, bytes: fast } as const) : decodeBase64Strict(token.slice(BODY_START));
  if (!decoded.ok) {
    if (decoded.problem === 'base64url_alphabet') {
      diagnose(out, options, 'base64url_alphabet', 'error', 'This token uses the base64url alphabet ("-", "_"); Agora tokens use standard base64. A URL encoder or copy step changed it.');
    }
    return malformedAt(out, BODY_START + decoded.offset, 'text', `bad base64: ${decoded.message}`, 'bad_base64', { detail: decoded.message, ...decoded.detail });
  }
  const parsed = parseAccessTokenContent(appId, decoded.bytes);
  if (!parsed.ok) return malformedAt(out, parsed.offset, 'envelope', `bad AccessToken layout: ${parsed.reason}`, 'bad_layout', { detail: parsed.reason, ...parsed.detail });
  const t = parsed.token;
  const now = options.now;
  const expiry = tokenExpiry(t);
  const { expiresAt, kind } = expiry;
  const fields = fieldsOf(t, now, null, null, expiry);
  out.fields = fields;
  out.expiresAt = expiresAt;
  out.issuedAt = t.ts - TS_OFFSET;
  if (options.detail !== 'verdict') {
    out.segments = byteMap(t);
    diagnose(out, options, 'agora_legacy_006', 'info',
      'AccessToken (006) is Agora\'s legacy format: the builders still make it, but AccessToken2 (007) is current, carries the channel and uid in clear and can hold several services.');
    if (t.crcUid === 0 && kind === 'rtc') diagnose(out, options, 'uid_zero', 'info', AGORA_TEXT.uidZero);
  }
  privilegeDiagnoses(out, t, options, expiresAt);

  const { channel, uid } = bindingInputs(options, kind);
  if (options.secret === undefined || crypto === undefined || channel === undefined) {
    const missing = [options.secret === undefined || crypto === undefined ? 'the App Certificate' : null, channel === undefined ? (kind === 'rtm' ? 'the RTM account' : 'the channel name') : null].filter(Boolean).join(' and ');
    diagnose(out, options, 'needs_agora_006_inputs', 'info', () =>
      `Expiry: ${describeExpiry(expiresAt, now)} (${isoUtc(expiresAt)}). A 006 signature binds the channel and uid, which the token holds only as CRC-32s: give ${missing} to verify.`);
    const missingCode = [options.secret === undefined || crypto === undefined ? 'certificate' : null, channel === undefined ? (kind === 'rtm' ? 'rtm_account' : 'channel') : null].filter(Boolean).join('_and_');
    return conclude(out, 'unverified', `not verified: ${missing} not given`, 'missing_inputs', { missing: missingCode });
  }
  if (crc32Utf8(channel) !== t.crcChannel) {
    if (kind === 'rtm') {
      diagnose(out, options, 'user_id_mismatch', 'error', () => `This RTM token is for another account than "${channel}" (an RTM 006 token carries the account in the channel slot).`, { expected: channel, context: 'rtm' });
      return conclude(out, 'user_id_mismatch', `the RTM account "${channel}" is not the one this token was built for`, 'rtm_account_mismatch', { account: channel });
    }
    diagnose(out, options, 'channel_mismatch', 'error', () =>
      `The token was not built for channel "${channel}" (its CRC-32 differs): the client joins another channel than the token names, or the channel name differs in case, spaces or encoding.`,
      { expected: channel });
    return conclude(out, 'wrong_secret_or_tampered', `channel_mismatch: the token was not built for channel "${channel}"`, 'channel_mismatch', { channel });
  }
  fields['channel'] = channel;
  let boundUid: string;
  if (uid !== undefined && crc32Utf8(uid) === t.crcUid) boundUid = uid;
  else if (t.crcUid === 0) boundUid = '';
  else if (uid === undefined) {
    diagnose(out, options, 'needs_agora_006_inputs', 'info', 'This token binds one uid: give the uid (or account) the client joins with to verify.');
    return conclude(out, 'unverified', 'not verified: the uid is not given', 'needs_uid');
  } else {
    diagnose(out, options, 'user_id_mismatch', 'error', () =>
      uid === '' || uid === '0'
        ? 'You gave uid 0, but this token binds one user: only a token built for uid 0 lets any uid join.'
        : `The token was not built for uid "${uid}": the client must join with the uid or account the server used (an integer uid and a string account are different users).`,
      uid === '' || uid === '0' ? { expected: uid, context: 'uidZero' } : { expected: uid, context: 'notFor' });
    return conclude(out, 'user_id_mismatch', `the token was not built for uid "${uid}"`, 'uid_mismatch', { uid });
  }
  fields['uid'] = boundUid;
  const signature = signAccessToken(options.secret.trim(), t.appId, channel, boundUid, t.message, crypto, options.prepared);
  if (!crypto.timingSafeEqual(signature, t.signature)) {
    if (!AGORA_HEX32.test(options.secret.trim())) diagnose(out, options, 'secret_wrong_length', 'error', AGORA_TEXT.certificateFormat(options.secret.trim().length));
    diagnose(out, options, 'wrong_certificate', 'error', AGORA_TEXT.wrongCertificate);
    return conclude(out, 'wrong_secret_or_tampered', 'the HMAC-SHA256 signature does not match (wrong App Certificate, or the token was altered)', 'certificate_hmac_mismatch');
  }
  const expectedAppId = options.expect?.appId;
  if (expectedAppId !== undefined && expectedAppId !== t.appId) {
    diagnose(out, options, 'app_id_mismatch', 'error', () => `This token is for App ID ${t.appId}, not ${expectedAppId}.`, { actual: t.appId, expected: expectedAppId });
    return conclude(out, 'app_id_mismatch', `authentic, but for App ID ${t.appId} instead of ${expectedAppId}`, 'app_mismatch', { claim: 'authentic', what: 'App ID', actual: t.appId, expected: expectedAppId });
  }
  const skew = options.skewSeconds ?? DEFAULT_SKEW_SECONDS;
  if (now >= expiresAt) {
    diagnose(out, options, 'expired_by', 'error', () => `Expired ${formatDuration(now - expiresAt)} ago, at ${isoUtc(expiresAt)}.`, { at: expiresAt });
    return conclude(out, 'expired', `authentic, but expired ${formatDuration(now - expiresAt)} ago`, 'expired', { claim: 'authentic', at: expiresAt });
  }
  const issued = t.ts - TS_OFFSET;
  if (issued > now + skew) {
    diagnose(out, options, 'not_yet_valid_by', 'error', () =>
      `Issued ${formatDuration(issued - now)} in the future (inferred from ts − 24 h; more than the ${skew} s allowed): a clock is off.`, { at: issued, skew });
    return conclude(out, 'not_yet_valid', `authentic, but issued ${formatDuration(issued - now)} in the future`, 'issued_in_future', { claim: 'authentic', at: issued });
  }
  if (options.detail !== 'verdict') diagnose(out, options, 'expires_in', 'info', () => `Valid; ${describeExpiry(expiresAt, now)} (${isoUtc(expiresAt)}).`, { at: expiresAt });
  return conclude(out, 'valid', `authentic; ${describeExpiry(expiresAt, now)}`, 'valid', { claim: 'authentic', at: expiresAt });
}
