/**
 * Inspect an Agora AccessToken2 (`007`): everything readable without the certificate, then the
 * ordered rules of README-agora.md "agora-accesstoken2" with it.
 */
import type { CryptoPort } from '../../crypto/cryptoPort';
import { decodeBase64Strict } from '../../encoding/base64';
import { toHex } from '../../encoding/bytes';
import { inflateZlibStrict } from '../../encoding/zlib';
import { describeExpiry, formatDuration, isoUtc } from '../../time/humanize';
import { DEFAULT_SKEW_SECONDS, type ValuePart } from '../../tokens/types';
import type { FamilyVerifyOptions } from '../family';
import { AGORA_HEX32, AGORA_TEXT } from '../support/agora';
import { joinParts, part, verbatim } from '../support/valueParts';
import { conclude, diagnose, malformedAt, type WideInspection, type WideSegment } from '../support/wideInspection';
import { PRIVILEGE_NAMES, SERVICE_NAMES, parseAccessToken2, signAccessToken2, type ParsedAccessToken2, type Service } from './format';

export const ACCESS_TOKEN2_ID = 'agora-accesstoken2';
const PREFIX = '007';

export interface ExpiredPrivilege {
  serviceIndex: number;
  type: number;
  privilege: number;
  expiresAt: number;
}

function serviceFields(s: Service, issueTs: number): Record<string, unknown> {
  const privileges: Record<string, number> = {};
  const privilegeExpiresAt: Record<string, number | null> = {};
  for (const [id, seconds] of s.privileges) {
    privileges[String(id)] = seconds;
    privilegeExpiresAt[String(id)] = seconds === 0 ? null : issueTs + seconds;
  }
  const out: Record<string, unknown> = { type: s.type, name: SERVICE_NAMES[s.type], privileges, privilegeExpiresAt };
  for (const key of ['channel', 'uid', 'account', 'userId', 'roomUuid', 'userUuid', 'role', 'permissions'] as const) {
    if (s[key] !== undefined) out[key] = s[key];
  }
  return out;
}

export function expiredPrivileges(t: ParsedAccessToken2, now: number): ExpiredPrivilege[] {
  const out: ExpiredPrivilege[] = [];
  t.services.forEach((s, serviceIndex) => {
    for (const [privilege, seconds] of s.privileges) {
      if (seconds !== 0 && now >= t.issueTs + seconds) out.push({ serviceIndex, type: s.type, privilege, expiresAt: t.issueTs + seconds });
    }
  });
  return out;
}

export function accessToken2Fields(t: ParsedAccessToken2, now: number): Record<string, unknown> {
  return {
    appId: t.appId,
    issueTs: t.issueTs,
    expire: t.expire,
    expiresAt: t.issueTs + t.expire,
    salt: t.salt,
    signature: toHex(t.signature),
    services: t.services.map((s) => serviceFields(s, t.issueTs)),
    unknownServiceType: t.unknownServiceType,
    privilegesExpiredAtNow: expiredPrivileges(t, now),
  };
}

const privilegeName = (type: number, id: number) => PRIVILEGE_NAMES[type]?.[id] ?? `privilege ${id}`;

/** A service's value in catalogue pieces (support/valueParts.ts); in English "rtc channel "c", uid 0 (any user); joinChannel 600 s (until …)". */
function serviceParts(s: Service, issueTs: number): ValuePart[] {
  const name = SERVICE_NAMES[s.type];
  const who: ValuePart[][] = [];
  if (s.channel !== undefined) who.push([part('channel', { channel: s.channel })]);
  if (s.uid !== undefined) who.push([s.uid === '' ? part('uidAny') : part('uid', { uid: s.uid })]);
  if (s.account !== undefined) who.push([s.account === '' ? part('accountAny') : part('account', { account: s.account })]);
  if (s.userId !== undefined) who.push([s.userId === '' ? part('appNoUser') : part('user', { user: s.userId })]);
  if (s.userUuid !== undefined) who.push([part('room', { room: s.roomUuid ?? '', user: s.userUuid, role: s.role ?? '' })]);
  const privileges = s.privileges.map(([id, seconds]) => {
    const known = PRIVILEGE_NAMES[s.type]?.[id];
    return [
      known !== undefined ? verbatim(known) : part('privilegeNumber', { id }),
      part('space'),
      seconds === 0 ? part('untilTokenExpires') : part('secondsUntil', { seconds, at: isoUtc(issueTs + seconds) }),
    ];
  });
  return [
    name !== undefined ? verbatim(name) : part('serviceType', { type: s.type }),
    ...(who.length ? [part('space'), ...joinParts(who, part('comma'))] : []),
    part('semicolon'),
    ...(privileges.length ? joinParts(privileges, part('comma')) : [part('noPrivileges')]),
  ];
}

function describeService(s: Service, issueTs: number): string {
  const name = SERVICE_NAMES[s.type] ?? `type ${s.type}`;
  const who: string[] = [];
  if (s.channel !== undefined) who.push(`channel "${s.channel}"`);
  if (s.uid !== undefined) who.push(s.uid === '' ? 'uid 0 (any user)' : `uid "${s.uid}"`);
  if (s.account !== undefined) who.push(s.account === '' ? 'account 0 (any)' : `account "${s.account}"`);
  if (s.userId !== undefined) who.push(s.userId === '' ? 'app (no user)' : `user "${s.userId}"`);
  if (s.userUuid !== undefined) who.push(`room "${s.roomUuid ?? ''}", user "${s.userUuid}", role ${s.role ?? ''}`);
  const privileges = s.privileges.map(([id, seconds]) => `${privilegeName(s.type, id)} ${seconds === 0 ? '0 (until the token expires)' : `${seconds} s (until ${isoUtc(issueTs + seconds)})`}`);
  return `${name}${who.length ? ` ${who.join(', ')}` : ''}; ${privileges.length ? privileges.join(', ') : 'no privileges'}`;
}

/** The byte map of the inflated payload; every segment spans the whole compressed text. */
function byteMap(t: ParsedAccessToken2, tokenLength: number): WideSegment[] {
  const inflated = ' (in the inflated bytes; the text is zlib-compressed)';
  const seg = (name: string, label: string, offset: number, length: number, value: string): WideSegment => ({
    name,
    label: label + inflated,
    offset,
    length,
    charStart: PREFIX.length,
    charEnd: tokenLength,
    value,
  });
  const o = t.signingInfoOffset;
  const appIdEnd = o + 2 + t.appId.length;
  const segments: WideSegment[] = [
    { name: 'version', label: 'Version', offset: 0, length: 3, charStart: 0, charEnd: 3, value: '007' },
    seg('signature', 'HMAC-SHA256 signature', 0, 34, toHex(t.signature)),
    seg('appId', 'App ID', o, 2 + t.appId.length, t.appId),
    { ...seg('issueTs', 'Issued at', appIdEnd, 4, `${t.issueTs} (${isoUtc(t.issueTs)})`), valueParts: [part('timeAt', { ts: t.issueTs, at: isoUtc(t.issueTs) })] },
    {
      ...seg('expire', 'Lifetime (seconds from issue)', appIdEnd + 4, 4, `${t.expire} s (until ${isoUtc(t.issueTs + t.expire)})`),
      valueParts: [part('secondsUntil', { seconds: t.expire, at: isoUtc(t.issueTs + t.expire) })],
    },
    seg('salt', 'Salt', appIdEnd + 8, 4, String(t.salt)),
    seg('serviceCount', 'Service count', appIdEnd + 12, 2, String(t.serviceCount)),
  ];
  t.services.forEach((s, i) => {
    segments.push({ ...seg('service', `Service ${i + 1}`, s.offset ?? 0, s.length ?? 0, describeService(s, t.issueTs)), labelParams: { n: i + 1 }, valueParts: serviceParts(s, t.issueTs) });
  });
  return segments;
}

/** Non-empty user fields, by README rule 9. */
function boundUsers(t: ParsedAccessToken2): { service: string; value: string }[] {
  const out: { service: string; value: string }[] = [];
  for (const s of t.services) {
    const name = SERVICE_NAMES[s.type] ?? String(s.type);
    for (const v of [s.uid, s.userId, s.account, s.userUuid]) if (v !== undefined && v !== '') out.push({ service: name, value: v });
  }
  return out;
}

function privilegeDiagnoses(out: WideInspection, t: ParsedAccessToken2, options: FamilyVerifyOptions): void {
  const tokenEnd = t.issueTs + t.expire;
  t.services.forEach((s) => {
    for (const [id, seconds] of s.privileges) {
      const name = `${SERVICE_NAMES[s.type] ?? s.type} ${privilegeName(s.type, id)}`;
      const at = t.issueTs + seconds;
      diagnose(out, options, 'privilege_expiry', 'info', () =>
        seconds === 0
          ? `${name}: no separate limit (0), bounded by the token: ${isoUtc(tokenEnd)} (${describeExpiry(tokenEnd, options.now)}).`
          : `${name}: until ${isoUtc(at)} (${describeExpiry(at, options.now)}).`,
        // `context` picks the catalogue's variant (privilege_expiry_unbounded) for the screens.
        seconds === 0 ? { privilege: name, at: tokenEnd, context: 'unbounded' } : { privilege: name, at });
      if (seconds === 0) continue;
      if (at < tokenEnd) {
        const joinNote = s.type === 1 && id === 1
          ? ' When the join privilege expires the SDK warns 30 s before (onTokenPrivilegeWillExpire) and then removes the user from the channel, even though the other privileges last longer.'
          : '';
        diagnose(out, options, 'privilege_expires_before_token', 'warning', () =>
          `The ${name} privilege ends at ${isoUtc(at)} (${describeExpiry(at, options.now)}), ${formatDuration(tokenEnd - at)} before the token itself.${joinNote}`,
          joinNote === '' ? { privilege: name, at } : { privilege: name, at, context: 'join' });
      } else if (at > tokenEnd) {
        diagnose(out, options, 'privilege_outlives_token', 'info', () =>
          `The ${name} privilege runs to ${isoUtc(at)}, after the token; the token's own expiry (${isoUtc(tokenEnd)}) ends it first.`, { privilege: name, at });
      }
    }
  });
}

function userDiagnoses(out: WideInspection, t: ParsedAccessToken2, options: FamilyVerifyOptions): void {
  for (const s of t.services) {
    if (s.type !== 1) continue;
    if (s.uid === '') diagnose(out, options, 'uid_zero', 'info', AGORA_TEXT.uidZero);
    else if (s.uid !== undefined && /^[0-9]+$/.test(s.uid) && Number(s.uid) <= 0xffff_ffff) {
      diagnose(out, options, 'uid_numeric', 'info', () =>
        `Binds uid "${s.uid}": buildTokenWithUid(${s.uid}) and buildTokenWithUserAccount("${s.uid}") make this same token; the client must join with exactly this uid or account.`, { uid: s.uid as string });
    } else if (s.uid !== undefined) {
      diagnose(out, options, 'uid_account', 'info', () =>
        `Binds the string user account "${s.uid}": the client must join with that account (joinChannelWithUserAccount, or a string uid on the Web); joining with an integer uid fails (110 invalid token).`, { account: s.uid as string });
    }
  }
}

function userMismatchText(expected: string, found: { service: string; value: string }): string {
  const zero = expected === '0'
    ? ' Expecting uid 0 means "any user" to the builder, but this token is not a uid-0 token: it binds one user.'
    : '';
  const kind = /^[0-9]+$/.test(expected) && !/^[0-9]+$/.test(found.value)
    ? ' The token was built for a string account while you expect a numeric uid: build it with buildTokenWithUid, or join with the account.'
    : !/^[0-9]+$/.test(expected) && /^[0-9]+$/.test(found.value)
      ? ' The token binds a numeric uid while you expect a string account.'
      : '';
  return `The ${found.service} service binds "${found.value}", not "${expected}".${zero}${kind}`;
}

export function inspectAccessToken2(out: WideInspection, options: FamilyVerifyOptions, crypto: CryptoPort | undefined): WideInspection {
  out.format = ACCESS_TOKEN2_ID;
  const token = out.token;
  if (token === '') return malformedAt(out, 0, 'text', 'empty token', 'empty_token');
  if (!token.startsWith(PREFIX)) {
    if (token.startsWith('006')) {
      diagnose(out, options, 'agora_006_not_007', 'error',
        'This starts with "006": that is the legacy Agora AccessToken, not AccessToken2 (007). Inspect it as an AccessToken (006), which also needs the channel and uid to verify.');
    }
    return malformedAt(out, 0, 'text', `version prefix "${token.slice(0, 3)}" is not 007`, 'wrong_prefix', { prefix: token.slice(0, 3), expected: '007' });
  }
  const decoded = decodeBase64Strict(token.slice(PREFIX.length));
  if (!decoded.ok) {
    if (decoded.problem === 'base64url_alphabet') {
      diagnose(out, options, 'base64url_alphabet', 'error', 'This token uses the base64url alphabet ("-", "_"); Agora tokens use standard base64 ("+", "/", "=" padding). A URL encoder or copy step changed it.');
    } else if (decoded.problem === 'bad_length') {
      diagnose(out, options, 'missing_base64_padding', 'error', 'The base64 length is not a multiple of 4: the "=" padding is missing or the copy was cut short.');
    }
    return malformedAt(out, PREFIX.length + decoded.offset, 'text', `bad base64: ${decoded.message}`, 'bad_base64', { detail: decoded.message, ...decoded.detail });
  }
  const inflated = inflateZlibStrict(decoded.bytes);
  if (!inflated.ok) {
    if (inflated.problem === 'trailing') diagnose(out, options, 'trailing_bytes', 'error', 'Bytes follow the end of the zlib stream: the token was altered or two tokens were joined.');
    return malformedAt(out, inflated.offset, 'envelope', `not one complete zlib stream: ${inflated.message}`, 'bad_zlib', { detail: inflated.message, ...inflated.detail });
  }
  const parsed = parseAccessToken2(inflated.bytes);
  if (!parsed.ok) return malformedAt(out, parsed.offset, 'envelope', `bad AccessToken2 layout: ${parsed.reason}`, 'bad_layout', { detail: parsed.reason, ...parsed.detail });
  const t = parsed.token;
  const now = options.now;
  const expiresAt = t.issueTs + t.expire;
  out.fields = accessToken2Fields(t, now);
  out.expiresAt = expiresAt;
  out.issuedAt = t.issueTs;
  if (options.detail !== 'verdict') {
    out.segments = byteMap(t, token.length);
    userDiagnoses(out, t, options);
  }
  privilegeDiagnoses(out, t, options);
  if (t.unknownServiceType !== null) {
    diagnose(out, options, 'unknown_service_type', 'warning', () =>
      `Service type ${t.unknownServiceType} is not one TokenLab knows (1–10); the services after it are not shown. The signature still covers every byte.`);
  }

  if (options.secret === undefined || crypto === undefined) {
    diagnose(out, options, 'needs_secret', 'info', () => `Token expiry: ${describeExpiry(expiresAt, now)} (${isoUtc(expiresAt)}); give the App Certificate to verify.`, { at: expiresAt });
    return conclude(out, 'unverified', `no App Certificate given: the token says it ${describeExpiry(expiresAt, now)}, unauthenticated`, 'no_certificate', { at: expiresAt });
  }
  const certificate = options.secret.trim();
  const signature = signAccessToken2(certificate, t.issueTs, t.salt, t.signingInfo, crypto);
  if (!crypto.timingSafeEqual(signature, t.signature)) {
    if (!AGORA_HEX32.test(certificate)) diagnose(out, options, 'secret_wrong_length', 'error', AGORA_TEXT.certificateFormat(certificate.length));
    diagnose(out, options, 'wrong_certificate', 'error', AGORA_TEXT.wrongCertificate);
    return conclude(out, 'wrong_secret_or_tampered', 'the HMAC-SHA256 signature does not match (wrong App Certificate, or the token was altered)', 'certificate_hmac_mismatch');
  }
  const expectedAppId = options.expect?.appId;
  if (expectedAppId !== undefined && expectedAppId !== t.appId) {
    diagnose(out, options, 'app_id_mismatch', 'error', () =>
      expectedAppId.toLowerCase() === t.appId.toLowerCase()
        ? `The App IDs differ only in letter case ("${t.appId}" vs "${expectedAppId}"); Agora compares them exactly.`
        : `This token is for App ID ${t.appId}, not ${expectedAppId}: it was built with another project's credentials.`,
      { actual: t.appId, expected: expectedAppId });
    return conclude(out, 'app_id_mismatch', `authentic, but for App ID ${t.appId} instead of ${expectedAppId}`, 'app_mismatch', { claim: 'authentic', what: 'App ID', actual: t.appId, expected: expectedAppId });
  }
  const expectedUser = options.expect?.userId;
  if (expectedUser !== undefined) {
    const other = boundUsers(t).find((u) => u.value !== expectedUser);
    if (other) {
      diagnose(out, options, 'user_id_mismatch', 'error', () => userMismatchText(expectedUser, other), { actual: other.value, expected: expectedUser });
      return conclude(out, 'user_id_mismatch', `authentic, but the ${other.service} service binds "${other.value}", not "${expectedUser}"`, 'service_user_mismatch', {
        service: other.service,
        actual: other.value,
        expected: expectedUser,
      });
    }
  }
  const skew = options.skewSeconds ?? DEFAULT_SKEW_SECONDS;
  if (now >= expiresAt) {
    diagnose(out, options, 'expired_by', 'error', () => `Expired ${formatDuration(now - expiresAt)} ago, at ${isoUtc(expiresAt)}.`, { at: expiresAt });
    return conclude(out, 'expired', `authentic, but expired ${formatDuration(now - expiresAt)} ago`, 'expired', { claim: 'authentic', at: expiresAt });
  }
  if (t.issueTs > now + skew) {
    diagnose(out, options, 'not_yet_valid_by', 'error', () =>
      `Issued ${formatDuration(t.issueTs - now)} in the future (more than the ${skew} s allowed): the generating server's clock is ahead, or this machine's is behind.`, { at: t.issueTs, skew });
    return conclude(out, 'not_yet_valid', `authentic, but issued ${formatDuration(t.issueTs - now)} in the future`, 'issued_in_future', { claim: 'authentic', at: t.issueTs });
  }
  diagnose(out, options, 'expires_in', 'info', () => `Valid; ${describeExpiry(expiresAt, now)} (${isoUtc(expiresAt)}).`, { at: expiresAt });
  return conclude(out, 'valid', `authentic; ${describeExpiry(expiresAt, now)}`, 'valid', { claim: 'authentic', at: expiresAt });
}
