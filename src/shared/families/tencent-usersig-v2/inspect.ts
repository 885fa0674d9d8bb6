/**
 * Inspect a Tencent TRTC / IM UserSig (TLSSigAPIv2): the JSON is readable without the secret
 * (it is signed, not encrypted); the ordered rules are README-tencent.md "Decision rules".
 */
import type { CryptoPort } from '../../crypto/cryptoPort';
import { utf8DecodeStrict, utf8Encode } from '../../encoding/bytes';
import { JsonNonInteger, parseStrictJsonObject, type JsonMemberSpan } from '../../encoding/strictJson';
import { inflateZlibStrict } from '../../encoding/zlib';
import { describeExpiry, formatDuration, isoUtc } from '../../time/humanize';
import { DEFAULT_SKEW_SECONDS } from '../../tokens/types';
import type { FamilyVerifyOptions } from '../family';
import { conclude, diagnose, malformedAt, type WideInspection, type WideSegment } from '../support/wideInspection';
import { decodeCanonicalBase64, decodeUserSigText, parsePrivateMapKey, userSigHmac, type PrivateMapKey } from './format';

export const USERSIG_ID = 'tencent-usersig-v2';

interface UserSigFields {
  ver: string;
  identifier: string;
  sdkappid: number;
  time: number;
  expire: number;
  userbuf: string | null;
  userbufBytes: Uint8Array | null;
  sig: string;
  sigBytes: Uint8Array;
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);

/** Why the JSON is not a UserSig: the engine's English and what words it in the catalogue (reason.detail.<detailCode>). */
interface FieldsProblem {
  message: string;
  detail: Readonly<Record<string, string | number>>;
}

const problem = (message: string, detailCode: string, key: string, extra?: Readonly<Record<string, string | number>>): FieldsProblem => ({ message, detail: { detailCode, field: key, ...extra } });

/** README rule 5: the fields, or why the JSON is not a UserSig. */
function readFields(json: Record<string, unknown>): UserSigFields | FieldsProblem {
  const has = (k: string) => Object.prototype.hasOwnProperty.call(json, k);
  const missing = (key: string) => problem(`missing ${key}`, 'usersig_field_missing', key);
  const notString = (key: string) => problem(`${key} is not a string`, 'usersig_field_not_string', key);
  const notBase64 = (key: string) => problem(`${key} is not canonical standard base64`, 'usersig_field_not_base64', key);
  const ver = json['TLS.ver'];
  if (ver !== '2.0') {
    if (!has('TLS.ver')) return missing('TLS.ver');
    const value = JSON.stringify(ver instanceof JsonNonInteger ? ver.value : ver);
    return problem(`unsupported TLS.ver ${value} (only "2.0")`, 'usersig_unsupported_ver', 'TLS.ver', { value });
  }
  const identifier = json['TLS.identifier'];
  if (typeof identifier !== 'string') return has('TLS.identifier') ? notString('TLS.identifier') : missing('TLS.identifier');
  for (const key of ['TLS.sdkappid', 'TLS.time', 'TLS.expire']) {
    const v = json[key];
    if (!has(key)) return missing(key);
    if (!isInt(v)) return problem(`${key} is not an integer`, 'usersig_field_not_integer', key);
    if (key !== 'TLS.expire' && v < 0) return problem(`${key} is negative`, 'usersig_field_negative', key);
  }
  const sig = json['TLS.sig'];
  if (typeof sig !== 'string') return has('TLS.sig') ? notString('TLS.sig') : missing('TLS.sig');
  const sigBytes = decodeCanonicalBase64(sig);
  if (sigBytes === null) return notBase64('TLS.sig');
  let userbuf: string | null = null;
  let userbufBytes: Uint8Array | null = null;
  if (has('TLS.userbuf')) {
    const u = json['TLS.userbuf'];
    if (typeof u !== 'string') return notString('TLS.userbuf');
    userbufBytes = decodeCanonicalBase64(u);
    if (userbufBytes === null) return notBase64('TLS.userbuf');
    userbuf = u;
  }
  return {
    ver,
    identifier,
    sdkappid: json['TLS.sdkappid'] as number,
    time: json['TLS.time'] as number,
    expire: json['TLS.expire'] as number,
    userbuf,
    userbufBytes,
    sig,
    sigBytes,
  };
}

function fieldsOf(f: UserSigFields, pmk: { ok: true; pmk: PrivateMapKey } | { ok: false; error: string } | null): Record<string, unknown> {
  const out: Record<string, unknown> = {
    'TLS.ver': f.ver,
    'TLS.identifier': f.identifier,
    'TLS.sdkappid': f.sdkappid,
    'TLS.time': f.time,
    'TLS.expire': f.expire,
    expiresAt: f.time + f.expire,
    'TLS.userbuf': f.userbuf,
    'TLS.sig': f.sig,
    privateMapKey: pmk?.ok ? pmk.pmk : null,
  };
  if (pmk && !pmk.ok) out['userbufParseError'] = pmk.error;
  return out;
}

function byteMap(text: string, members: JsonMemberSpan[], tokenLength: number): WideSegment[] {
  const bytesBefore = (i: number) => utf8Encode(text.slice(0, i)).length;
  return members.map((m) => {
    const offset = bytesBefore(m.start);
    return {
      name: m.key,
      label: `${m.key} (in the inflated JSON; the text is zlib-compressed)`,
      offset,
      length: bytesBefore(m.end) - offset,
      charStart: 0,
      charEnd: tokenLength,
      value: text.slice(m.start, m.end),
    };
  });
}

const PRIVILEGE_WORDS: Record<string, string> = {
  create: 'create the room',
  enter: 'enter',
  sendAudio: 'send audio',
  recvAudio: 'receive audio',
  sendVideo: 'send video',
  recvVideo: 'receive video',
  sendSubVideo: 'send screen share',
  recvSubVideo: 'receive screen share',
};

function pmkDiagnoses(out: WideInspection, f: UserSigFields, pmk: PrivateMapKey, options: FamilyVerifyOptions): void {
  const room = pmk.version === 1 ? `string room "${pmk.strRoomId ?? pmk.strRoomIdHex}"` : `room ${pmk.roomId}`;
  const roomParam = pmk.version === 1 ? `"${pmk.strRoomId ?? pmk.strRoomIdHex}"` : String(pmk.roomId);
  diagnose(out, options, 'private_map_key', 'info', () => {
    const allowed = Object.entries(pmk.privileges).filter(([, on]) => on).map(([k]) => PRIVILEGE_WORDS[k] ?? k);
    return `PrivateMapKey for ${room}, until ${isoUtc(pmk.expireAt)} (${describeExpiry(pmk.expireAt, options.now)}): ${allowed.length ? allowed.join(', ') : 'no privileges'}.`;
  }, { room: roomParam, at: pmk.expireAt, bits: pmk.privilegeMap });
  if (!pmk.accountMatchesIdentifier) {
    diagnose(out, options, 'private_map_key_other_user', 'warning', () =>
      `The PrivateMapKey names account ${pmk.account === null ? `bytes ${pmk.accountHex}` : `"${pmk.account}"`}, not the UserSig's identifier "${f.identifier}": it was made for another user (or by the Node/Python code, which mangles non-ASCII user ids). TRTC refuses it (-100006).`,
      { account: pmk.account ?? pmk.accountHex, identifier: f.identifier });
  }
  if (pmk.sdkappid !== (f.sdkappid >>> 0)) {
    diagnose(out, options, 'private_map_key_other_app', 'warning', () => `The PrivateMapKey is for SDKAppID ${pmk.sdkappid}, the UserSig for ${f.sdkappid}: TRTC refuses it (-100006).`, { actual: pmk.sdkappid, expected: f.sdkappid });
  }
  const expectedRoom = options.expect?.channel;
  if (expectedRoom !== undefined) {
    const matches = pmk.version === 1 ? pmk.strRoomId === expectedRoom : String(pmk.roomId) === expectedRoom;
    if (!matches) diagnose(out, options, 'private_map_key_other_room', 'warning', () => `The PrivateMapKey is for ${room}, not room "${expectedRoom}": entering that room is refused (-100006).`, { room: roomParam, expected: expectedRoom });
  }
  const sigEnd = f.time + f.expire;
  if (pmk.expireAt < sigEnd) {
    diagnose(out, options, 'private_map_key_expires_first', 'info', () =>
      `The PrivateMapKey ends ${formatDuration(sigEnd - pmk.expireAt)} before the UserSig. TRTC re-checks it (e.g. on switchRole): fetch a new one and call updatePrivateMapKey before it ends, or the user can be removed from the room.`, { at: pmk.expireAt });
  }
}

function alphabetDiagnosis(out: WideInspection, options: FamilyVerifyOptions, problem: string): void {
  if (problem === 'standard_alphabet') {
    diagnose(out, options, 'usersig_standard_alphabet', 'error',
      'This is standard base64 ("+", "/", "="), but a UserSig uses Tencent\'s changed alphabet: "*" for "+", "-" for "/", "_" for "=". Something decoded and re-encoded it; pass the UserSig through unchanged.');
  } else if (problem === 'base64url') {
    diagnose(out, options, 'usersig_base64url', 'error',
      'An "_" sits inside the text: in base64url "_" is "/", but in a UserSig "_" is only padding. The token was re-encoded as base64url.');
  } else if (problem === 'bad_length') {
    diagnose(out, options, 'missing_base64_padding', 'error', 'The length is not a multiple of 4: the "_" padding is missing or the copy was cut short (IM reports a truncated UserSig as 70003).');
  }
}

/**
 * `inflatedText`: the token's inflated JSON as detection read it (detectUserSigCarrying), so
 * its decoding and inflating are not done twice; without it they are done here.
 */
export function inspectUserSig(out: WideInspection, options: FamilyVerifyOptions, crypto: CryptoPort | undefined, inflatedText?: string): WideInspection {
  out.format = USERSIG_ID;
  const token = out.token;
  if (token === '') return malformedAt(out, 0, 'text', 'empty token', 'empty_token');
  const text = inflatedText ?? readText(out, options);
  if (typeof text !== 'string') return text;
  return inspectJson(out, options, crypto, text);
}

/** Rules 1–4: the UserSig text → its inflated UTF-8 JSON text, or the malformed inspection. */
function readText(out: WideInspection, options: FamilyVerifyOptions): string | WideInspection {
  const decoded = decodeUserSigText(out.token);
  if (!decoded.ok) {
    alphabetDiagnosis(out, options, decoded.problem);
    return malformedAt(out, decoded.offset, 'text', `not UserSig base64: ${decoded.message}`, 'bad_base64', { detail: decoded.message, ...decoded.detail });
  }
  const inflated = inflateZlibStrict(decoded.bytes);
  if (!inflated.ok) {
    if (inflated.problem === 'trailing') diagnose(out, options, 'trailing_bytes', 'error', 'Bytes follow the end of the zlib stream (the official Go and Python decoders ignore them; TokenLab does not).');
    return malformedAt(out, inflated.offset, 'envelope', `not one complete zlib stream: ${inflated.message}`, 'bad_zlib', { detail: inflated.message, ...inflated.detail });
  }
  const text = utf8DecodeStrict(inflated.bytes);
  if (text === null) return malformedAt(out, 0, 'envelope', 'the inflated payload is not UTF-8', 'payload_not_utf8');
  return text;
}

function inspectJson(out: WideInspection, options: FamilyVerifyOptions, crypto: CryptoPort | undefined, text: string): WideInspection {
  const token = out.token;
  const json = parseStrictJsonObject(text);
  if (!json.ok) {
    return malformedAt(out, utf8Encode(text.slice(0, json.offset)).length, 'envelope', `the inflated payload is not one strict JSON object: ${json.message}`, 'payload_not_json');
  }
  const f = readFields(json.value);
  if ('message' in f) {
    if (f.message === 'missing TLS.sdkappid') diagnose(out, options, 'go_omitted_sdkappid', 'warning', 'No TLS.sdkappid: the official Go code omits it when the SDKAppID is 0 (omitempty). No real app has SDKAppID 0.');
    return malformedAt(out, 0, 'envelope', f.message, 'bad_fields', { detail: f.message, ...f.detail });
  }
  const now = options.now;
  const pmk = f.userbufBytes === null ? null : parsePrivateMapKey(f.userbufBytes, f.identifier);
  const expiresAt = f.time + f.expire;
  out.fields = fieldsOf(f, pmk);
  if (pmk && !pmk.ok) out.fieldParams = { userbufParseError: { detail: pmk.error, ...pmk.detail } };
  out.expiresAt = expiresAt;
  out.issuedAt = f.time;
  if (options.detail !== 'verdict') out.segments = byteMap(text, json.members, token.length);
  if (pmk?.ok) pmkDiagnoses(out, f, pmk.pmk, options);
  else if (pmk && !pmk.ok) diagnose(out, options, 'userbuf_not_private_map_key', 'info', () => `The signed userbuf is not a PrivateMapKey (${pmk.error}); it does not change the verdict.`, { detail: pmk.error, ...pmk.detail });
  if (f.expire <= 0) diagnose(out, options, 'usersig_expire_nonpositive', 'warning', `TLS.expire is ${f.expire}: the UserSig is expired as soon as it is made.`);

  if (options.secret === undefined || crypto === undefined) {
    diagnose(out, options, 'needs_secret', 'info', () => `Expiry: ${describeExpiry(expiresAt, now)} (${isoUtc(expiresAt)}); give the SDK secret key to verify.`, { at: expiresAt });
    return conclude(out, 'unverified', `no secret given: the UserSig says it ${describeExpiry(expiresAt, now)}, unauthenticated`, 'no_secret_usersig', { at: expiresAt });
  }
  const secret = options.secret.trim();
  const expected = userSigHmac(secret, f, crypto, options.prepared);
  if (!crypto.timingSafeEqual(expected, f.sigBytes)) {
    if (!/^[0-9a-fA-F]{64}$/.test(secret)) diagnose(out, options, 'secret_wrong_length', 'error', `The secret given is ${secret.length} characters; a TLSSigAPIv2 SDK secret key is 64 hex characters, used as text.`);
    diagnose(out, options, 'wrong_secret', 'error', 'TLS.sig does not verify with this secret key: it is another app\'s key, or the UserSig was altered (IM: 70009; TRTC: -100018).');
    return conclude(out, 'wrong_secret_or_tampered', 'TLS.sig does not match the HMAC-SHA256 under this secret (wrong key, or the UserSig was altered)', 'usersig_hmac_mismatch');
  }
  const expectedApp = options.expect?.appId;
  if (expectedApp !== undefined && expectedApp.trim() !== String(f.sdkappid)) {
    diagnose(out, options, 'app_id_mismatch', 'error', () => `This UserSig is for SDKAppID ${f.sdkappid}, not ${expectedApp} (IM: 70014; TRTC: -100018).`, { actual: f.sdkappid, expected: expectedApp });
    return conclude(out, 'app_id_mismatch', `authentic, but for SDKAppID ${f.sdkappid} instead of ${expectedApp}`, 'app_mismatch', { claim: 'authentic', what: 'SDKAppID', actual: f.sdkappid, expected: expectedApp });
  }
  const expectedUser = options.expect?.userId;
  if (expectedUser !== undefined && expectedUser !== f.identifier) {
    diagnose(out, options, 'user_id_mismatch', 'error', () =>
      expectedUser.toLowerCase() === f.identifier.toLowerCase()
        ? `The identifiers differ only in letter case ("${f.identifier}" vs "${expectedUser}"); Tencent compares them exactly (IM: 70013).`
        : `This UserSig is for "${f.identifier}", not "${expectedUser}" (IM: 70013).`,
      { actual: f.identifier, expected: expectedUser });
    return conclude(out, 'user_id_mismatch', `authentic, but for user "${f.identifier}" instead of "${expectedUser}"`, 'user_mismatch', { actual: f.identifier, expected: expectedUser });
  }
  const skew = options.skewSeconds ?? DEFAULT_SKEW_SECONDS;
  if (now >= expiresAt) {
    diagnose(out, options, 'expired_by', 'error', () => `Expired ${formatDuration(now - expiresAt)} ago, at ${isoUtc(expiresAt)} (IM: 6206 / 70001).`, { at: expiresAt });
    return conclude(out, 'expired', `authentic, but expired ${formatDuration(now - expiresAt)} ago`, 'expired', { claim: 'authentic', at: expiresAt });
  }
  if (pmk?.ok && pmk.pmk.expireAt <= now) {
    diagnose(out, options, 'private_map_key_expired', 'error', () =>
      `The PrivateMapKey expired ${formatDuration(now - pmk.pmk.expireAt)} ago (${isoUtc(pmk.pmk.expireAt)}), while the UserSig still runs: room entry fails (-100006).`, { at: pmk.pmk.expireAt });
    return conclude(out, 'expired', `privateMapKey expired ${formatDuration(now - pmk.pmk.expireAt)} ago; the UserSig itself ${describeExpiry(expiresAt, now)}`, 'private_map_key_expired', {
      at: pmk.pmk.expireAt,
      userSigAt: expiresAt,
    });
  }
  if (f.time > now + skew) {
    diagnose(out, options, 'not_yet_valid_by', 'error', () => `Signed ${formatDuration(f.time - now)} in the future (more than the ${skew} s allowed): a clock is off.`, { at: f.time, skew });
    return conclude(out, 'not_yet_valid', `authentic, but signed ${formatDuration(f.time - now)} in the future`, 'signed_in_future', { claim: 'authentic', at: f.time });
  }
  diagnose(out, options, 'expires_in', 'info', () => `Valid; ${describeExpiry(expiresAt, now)} (${isoUtc(expiresAt)}).`, { at: expiresAt });
  return conclude(out, 'valid', `authentic; ${describeExpiry(expiresAt, now)}`, 'valid', { claim: 'authentic', at: expiresAt });
}
