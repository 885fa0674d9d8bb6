/**
 * Inspect a CommsEase dynamic token: readable fields without a secret; with the AppSecret,
 * appKey and accid, the signature and the validity window.
 */
import type { CryptoPort } from '../../crypto/cryptoPort';
import { base64CharRange } from '../../encoding/base64';
import { decodeTokenBase64 } from '../../encoding/tokenBytes';
import { constantTimeEqualText, utf8ByteLength, utf8DecodeStrict } from '../../encoding/bytes';
import { describeExpiry, formatDuration, isoUtc } from '../../time/humanize';
import { conclude, diagnose, malformedAt } from '../../tokens/inspection';
import type { FamilyVerifyOptions } from '../family';
import type { CommsEaseFields, Inspection, Segment, SegmentName } from '../../tokens/types';
import { DEFAULT_SKEW_SECONDS } from '../../tokens/types';
import { fixedJsonShape, readFixedJson } from '../support/fixedJson';
import { commsEaseSignature } from './dynamicToken';

/** curTime below this is epoch seconds, not milliseconds (1e11 ms is March 1973). */
const SECONDS_THRESHOLD = 1e11;

const FIELD_PATTERN = /"(signature|curTime|ttl)"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g;

const LABELS: Record<string, string> = { signature: 'Signature (SHA-1)', curTime: 'curTime (ms)', ttl: 'TTL (s)' };

function fieldSegments(json: string): Segment[] {
  const segments: Segment[] = [];
  // Byte offsets are counted on from the previous field, not re-encoded from the start for
  // each one: linear in the token's size (a token of many fields was quadratic).
  let counted = 0;
  let offset = 0;
  for (const match of json.matchAll(FIELD_PATTERN)) {
    const valueText = match[2] as string;
    const valueIndex = (match.index ?? 0) + match[0].length - valueText.length;
    offset += utf8ByteLength(json, counted, valueIndex);
    counted = valueIndex;
    const length = utf8ByteLength(valueText);
    const { start, end } = base64CharRange(offset, length);
    segments.push({
      name: match[1] as SegmentName,
      label: LABELS[match[1] as string] ?? String(match[1]),
      offset,
      length,
      charStart: start,
      charEnd: end,
      value: valueText,
    });
  }
  return segments.sort((a, b) => a.offset - b.offset);
}

/** Why the payload's fields do not read: the engine's English and what words it (reason.detail.<detailCode>). */
interface FieldsProblem {
  message: string;
  detail: Readonly<Record<string, string>>;
}

const problem = (message: string, detailCode: string): FieldsProblem => ({ message, detail: { detailCode } });

function readFields(json: unknown): CommsEaseFields | FieldsProblem {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return problem('the payload is not a JSON object', 'commsease_not_object');
  const r = json as Record<string, unknown>;
  if (typeof r['signature'] !== 'string') return problem('the payload has no "signature" string', 'commsease_no_signature');
  if (typeof r['curTime'] !== 'number' || !Number.isSafeInteger(r['curTime'])) return problem('"curTime" is missing or not a whole number of milliseconds', 'commsease_bad_curtime');
  if (typeof r['ttl'] !== 'number' || !Number.isSafeInteger(r['ttl'])) return problem('"ttl" is missing or not a whole number of seconds', 'commsease_bad_ttl');
  return { signature: r['signature'], curTime: r['curTime'], ttl: r['ttl'] };
}

/**
 * The decoded text of a non-ZEGO string when it is plausibly a CommsEase token (JSON, or
 * fields by name such as a form-encoded mistake), else null.
 */
export function commsEaseCandidateText(bytes: Uint8Array): string | null {
  const text = utf8DecodeStrict(bytes);
  if (text === null) return null;
  return text.trimStart().startsWith('{') || /signature|curTime/.test(text) ? text : null;
}

export const COMMSEASE_FAMILY_ID = 'commsease-dynamic';

/** `{"signature":"…","curTime":N,"ttl":N}` as generateCommsEaseToken (and the official code) writes it. */
const OFFICIAL = fixedJsonShape([
  ['signature', 'string'],
  ['curTime', 'integer'],
  ['ttl', 'integer'],
]);

/** What detection read of a token, for its inspection: the fields when it is the official JSON, else the text. */
interface Candidate {
  /** The official JSON's fields, read without JSON.parse (null: take the general path). */
  fields: CommsEaseFields | null;
  /** The decoded bytes (for the text when the byte map wants it). */
  bytes: Uint8Array;
  /** The decoded text when `fields` is null; made on demand otherwise. */
  text: string | null;
}

// The registry detects, then inspects, the same text: the last answer is kept for the second ask.
let lastToken: string | null = null;
let lastCandidate: Candidate | null = null;

/** What the trimmed token decodes to when it is plausibly a CommsEase token, else null (a pure function of `token`). */
function candidateOf(token: string): Candidate | null {
  if (token === lastToken) return lastCandidate;
  const bytes = decodeTokenBase64(token);
  // What decodeBase64Strict would decode, refusing the rest: no diagnosis is needed here.
  let candidate: Candidate | null = null;
  if (bytes !== null) {
    const v = readFixedJson(bytes, OFFICIAL);
    if (v !== null) candidate = { fields: { signature: v[0] as string, curTime: v[1] as number, ttl: v[2] as number }, bytes, text: null };
    else {
      const text = commsEaseCandidateText(bytes);
      candidate = text === null ? null : { fields: null, bytes, text };
    }
  }
  lastCandidate = candidate;
  lastToken = token;
  return candidate;
}

/** The candidate's text: the official JSON is ASCII, so its text is its bytes' character codes. */
function textOf(candidate: Candidate): string {
  candidate.text ??= utf8DecodeStrict(candidate.bytes) as string;
  return candidate.text;
}

/**
 * Base64 of JSON (or of text naming its fields): likely, though a JSON-in-base64 of another
 * kind could look alike — and certain (1) when it is a JSON object naming "signature",
 * "curTime" and "ttl", so the registry asks no later family.
 */
export function detectCommsEase(token: string): number {
  const candidate = candidateOf(token);
  if (candidate === null) return 0;
  // The official JSON names all three members in an object: certain.
  if (candidate.fields !== null) return 1;
  const text = candidate.text as string;
  // No other family's token decodes to a JSON object naming all three members (substring checks: a regex cost more than the rest of detection).
  const certain = text.includes('"signature"') && text.includes('"curTime"') && text.includes('"ttl"') && text.trimStart().startsWith('{') && text.trimEnd().endsWith('}');
  return certain ? 1 : 0.8;
}

export function inspectCommsEase(out: Inspection, options: FamilyVerifyOptions, crypto: CryptoPort | undefined): Inspection {
  const candidate = candidateOf(out.token);
  if (candidate === null) return malformedAt(out, 0, 'text', 'not a CommsEase token: the text is not base64 of JSON', 'commsease_not_base64_json');
  out.format = COMMSEASE_FAMILY_ID;
  let fields: CommsEaseFields;
  if (candidate.fields !== null) fields = { ...candidate.fields }; // the caller owns its inspection's fields
  else {
    let json: unknown;
    try {
      json = JSON.parse(candidate.text as string);
    } catch {
      return malformedAt(out, 0, 'envelope', 'the base64 payload is not JSON', 'payload_not_json');
    }
    const read = readFields(json);
    if ('message' in read) return malformedAt(out, 0, 'envelope', read.message, 'bad_fields', { detail: read.message, ...read.detail });
    fields = read;
  }
  out.fields = fields;
  if (options.detail !== 'verdict') out.segments = fieldSegments(textOf(candidate));
  const expiresAtMs = fields.curTime + fields.ttl * 1000;
  // Whole seconds (see `Inspection` in ../types.ts): the second it was issued in, and the first
  // second at which it is no longer valid, so `valid` ⟺ `now < expiresAt` for a whole `now`.
  out.issuedAt = Math.floor(fields.curTime / 1000);
  out.expiresAt = Math.ceil(expiresAtMs / 1000);

  if (fields.curTime < SECONDS_THRESHOLD) {
    diagnose(out, options, 'curtime_in_seconds', 'error', () =>
        `curTime ${fields.curTime} looks like epoch seconds; CommsEase expects milliseconds (read as ms it is ${isoUtc(fields.curTime / 1000)}). Multiply by 1000 when generating.`, { value: fields.curTime });
  }
  if (fields.ttl === 0) {
    diagnose(out, options, 'ttl_zero', 'error', 'ttl is 0: the token expires at the instant it is created.');
  }

  if (options.secret === undefined || crypto === undefined) {
    return conclude(out, 'unverified', `no AppSecret given: readable fields say it ${describeExpiry(out.expiresAt, options.now)}`, 'no_appsecret', { at: out.expiresAt });
  }
  const appKey = options.expect?.appId;
  const accid = options.expect?.userId;
  if (appKey === undefined || accid === undefined) {
    diagnose(out, options, 'needs_commsease_inputs', 'warning', 'The signature binds the appKey and accid, which are not in the token: give both to verify.');
    return conclude(out, 'unverified', 'the appKey and accid are needed to check the signature', 'needs_appkey_accid');
  }
  const expected = commsEaseSignature(
    { appKey, accid, appSecret: options.secret, curTimeMs: fields.curTime, ttlSeconds: fields.ttl },
    crypto,
  );
  if (!constantTimeEqualText(expected, fields.signature)) {
    return conclude(out, 'wrong_secret_or_tampered', 'signature mismatch: wrong AppSecret, appKey or accid, or the token was altered', 'commsease_signature_mismatch');
  }

  const nowMs = options.now * 1000;
  const skew = options.skewSeconds ?? DEFAULT_SKEW_SECONDS;
  if (nowMs >= expiresAtMs) {
    const ago = formatDuration((nowMs - expiresAtMs) / 1000);
    diagnose(out, options, 'expired_by', 'error', () =>
        `Expired ${ago} ago, at ${isoUtc(expiresAtMs / 1000)}.`, { at: expiresAtMs / 1000 });
    return conclude(out, 'expired', `authentic, but expired ${ago} ago`, 'expired', { claim: 'authentic', at: expiresAtMs / 1000 });
  }
  if (fields.curTime > (options.now + skew) * 1000) {
    const ahead = formatDuration((fields.curTime - nowMs) / 1000);
    diagnose(out, options, 'not_yet_valid_by', 'error', () =>
        `Created ${ahead} in the future (more than the ${skew} s allowed): a clock is off.`, { at: fields.curTime / 1000, skew });
    return conclude(out, 'not_yet_valid', `authentic, but created ${ahead} in the future`, 'created_in_future', { claim: 'authentic', at: fields.curTime / 1000 });
  }
  diagnose(out, options, 'expires_in', 'info', () =>
        `Valid; ${describeExpiry(expiresAtMs / 1000, options.now)}.`, { at: expiresAtMs / 1000 });
  return conclude(out, 'valid', `authentic; ${describeExpiry(expiresAtMs / 1000, options.now)}`, 'valid', { claim: 'authentic', at: expiresAtMs / 1000 });
}
