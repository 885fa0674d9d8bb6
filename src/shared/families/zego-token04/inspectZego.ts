/**
 * Inspect a ZEGO Token04: the byte map and outer expiry without a secret; with one, decrypt
 * and judge by the ordered rules of ../shared/vectors/README.md.
 */
import type { CryptoPort } from '../../crypto/cryptoPort';
import { base64CharRange, decodeBase64Strict } from '../../encoding/base64';
import { asciiOrNull, toHex, utf8DecodeStrict } from '../../encoding/bytes';
import { utf8EncodeShort } from '../../encoding/shortText';
import { decodeTokenBase64 } from '../../encoding/tokenBytes';
import { jsonMembersInByteRange } from '../../encoding/jsonMembers';
import { describeExpiry, formatDuration, isoUtc } from '../../time/humanize';
import { conclude, diagnose, malformedAt } from '../../tokens/inspection';
import type { FamilyVerifyOptions } from '../family';
import type { Inspection, Segment, SegmentName, ZegoFields } from '../../tokens/types';
import { DEFAULT_SKEW_SECONDS } from '../../tokens/types';
import { GCM_TAG_LENGTH, parseZegoEnvelope, type ZegoEnvelope } from './envelope';
import { officialFirstBlockFields, readOfficialPlaintext } from './plaintext';
import { parseRoomPrivilege } from './privilege';

const PREFIX = '04';
export const ZEGO_FAMILY_ID = 'zego-token04';

function wrongVersion(out: Inspection, options: FamilyVerifyOptions): Inspection {
  const version = out.token.slice(0, 2);
  diagnose(out, options, 'wrong_version', 'error', () =>
      version === '03'
        ? 'This is a ZEGO token03, an older format that TokenLab does not decode; current servers issue Token04.'
        : `Version prefix "${version}" is not a known ZEGO token version (expected "04").`);
  return malformedAt(out, 0, 'text', `unknown version prefix '${version}' (expected '04')`, 'wrong_prefix', { prefix: version, expected: '04' });
}

function segment(name: SegmentName, label: string, offset: number, length: number, value: string): Segment {
  const { start, end } = base64CharRange(offset, length);
  return { name, label, offset, length, charStart: PREFIX.length + start, charEnd: PREFIX.length + end, value };
}

function byteMap(env: ZegoEnvelope): Segment[] {
  const o = env.offsets;
  const ivName = env.layout === 'gcm' ? 'nonce' : 'iv';
  const ivText = asciiOrNull(env.iv);
  const segments: Segment[] = [
    { name: 'version', label: 'Version', offset: 0, length: 2, charStart: 0, charEnd: 2, value: '04' },
    segment('expire', 'Expiry (outer, unauthenticated)', 0, 8, `${env.expire} (${isoUtc(env.expire)})`),
    segment(
      env.layout === 'gcm' ? 'nonceLength' : 'ivLength',
      env.layout === 'gcm' ? 'Nonce length' : 'IV length',
      o.ivLength,
      2,
      String(env.iv.length),
    ),
    segment(ivName, env.layout === 'gcm' ? 'GCM nonce' : 'CBC IV', o.iv, env.iv.length, ivText ? `"${ivText}"` : toHex(env.iv)),
    segment('ciphertextLength', 'Ciphertext length', o.ciphertextLength, 2, String(env.ciphertext.length)),
  ];
  if (env.layout === 'gcm') {
    const ctLength = env.ciphertext.length - GCM_TAG_LENGTH;
    segments.push(segment('ciphertext', 'Ciphertext', o.ciphertext, ctLength, `${ctLength} bytes`));
    segments.push(
      segment('tag', 'GCM tag', o.ciphertext + ctLength, GCM_TAG_LENGTH, toHex(env.ciphertext.subarray(ctLength))),
    );
  } else {
    segments.push(segment('ciphertext', 'Ciphertext', o.ciphertext, env.ciphertext.length, `${env.ciphertext.length} bytes`));
  }
  if (o.mode !== null) {
    segments.push(segment('mode', 'Mode', o.mode, 1, env.mode === 1 ? '1 (GCM)' : '0 (CBC)'));
  }
  return segments;
}

/** Strict PKCS#7: every pad byte must equal the pad length. */
function stripPkcs7(block: Uint8Array): Uint8Array | null {
  const pad = block[block.length - 1] ?? 0;
  if (pad < 1 || pad > 16 || pad > block.length) return null;
  for (let i = block.length - pad; i < block.length; i++) if (block[i] !== pad) return null;
  return block.subarray(0, block.length - pad);
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

const WHOLE = ['a whole number', 'zego_plaintext_not_integer'] as const;
const STRING = ['a string', 'zego_plaintext_not_string'] as const;
const FIELD_CHECKS: readonly (readonly [keyof ZegoFields, (v: unknown) => boolean, typeof WHOLE | typeof STRING])[] = [
  ['app_id', isInt, WHOLE],
  ['user_id', (v) => typeof v === 'string', STRING],
  ['nonce', isInt, WHOLE],
  ['ctime', isInt, WHOLE],
  ['expire', isInt, WHOLE],
  // The official Python generator writes null when called with payload=None.
  ['payload', (v) => typeof v === 'string' || v === null, STRING],
];

/** Why the plaintext's fields do not read: the engine's English and what words it (reason.detail.<detailCode>). */
interface FieldsProblem {
  message: string;
  detail: Readonly<Record<string, string | number>>;
}

/** The plaintext's six fields, or why the first one missing or mistyped is. */
function readFields(json: unknown): ZegoFields | FieldsProblem {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { message: 'the plaintext is not a JSON object', detail: { detailCode: 'zego_plaintext_not_object' } };
  const r = json as Record<string, unknown>;
  for (const [key, ok, [what, detailCode]] of FIELD_CHECKS) {
    if (!(key in r)) return { message: `the plaintext has no "${key}"`, detail: { detailCode: 'zego_plaintext_missing', field: key } };
    if (!ok(r[key])) return { message: `"${key}" in the plaintext is not ${what}`, detail: { detailCode, field: key } };
  }
  return {
    app_id: r['app_id'] as number,
    user_id: r['user_id'] as string,
    nonce: r['nonce'] as number,
    ctime: r['ctime'] as number,
    expire: r['expire'] as number,
    payload: (r['payload'] as string | null) ?? '',
  };
}

function secretLengthOk(keyLength: number): boolean {
  return keyLength === 16 || keyLength === 24 || keyLength === 32;
}

/** The `04` prefix: certain; another `0<digit>` prefix is an old or unknown ZEGO version (explained, malformed). */
export function detectZego(token: string): number {
  if (token.startsWith(PREFIX)) return 1;
  // Another version ("03…") is ours with a wrong version — but weakly: Agora's "006"/"007"
  // tokens start the same way, and their families claim them more surely.
  return /^0[0-9]/.test(token) ? 0.3 : 0;
}

export function inspectZego(out: Inspection, options: FamilyVerifyOptions, crypto: CryptoPort | undefined): Inspection {
  if (!out.token.startsWith(PREFIX)) return wrongVersion(out, options);
  out.format = ZEGO_FAMILY_ID;
  if (out.token.length === PREFIX.length) return malformedAt(out, PREFIX.length, 'text', 'no data after the version prefix "04"', 'nothing_after_prefix', { prefix: PREFIX });
  const fast = decodeTokenBase64(out.token, PREFIX.length);
  const decoded = fast !== null ? ({ ok: true, bytes: fast } as const) : decodeBase64Strict(out.token.slice(PREFIX.length));
  if (!decoded.ok) {
    if (decoded.problem === 'base64url_alphabet') {
      diagnose(
        out,
        options,
        'base64url_alphabet',
        'error',
        'This token uses the base64url alphabet ("-" and "_", no "=" padding). ZEGO servers emit standard base64: ' +
          'something (a URL encoder, a JWT library) converted it on the way.',
      );
    } else if (decoded.problem === 'bad_length') {
      diagnose(out, options, 'missing_base64_padding', 'error', 'The base64 length is not a multiple of 4: the "=" padding is missing or the copy was cut short.');
    }
    return malformedAt(out, PREFIX.length + decoded.offset, 'text', `bad base64: ${decoded.message}`, 'bad_base64', { detail: decoded.message, ...decoded.detail });
  }
  const parsed = parseZegoEnvelope(decoded.bytes);
  if (!parsed.ok) {
    if (parsed.partial.expire !== undefined) out.expiresAt = parsed.partial.expire;
    return malformedAt(out, parsed.offset, 'envelope', parsed.reason, 'bad_layout', { detail: parsed.reason, ...parsed.detail });
  }
  const env = parsed.envelope;
  out.layout = env.layout;
  out.expiresAt = env.expire;
  if (options.detail !== 'verdict') out.segments = byteMap(env);
  if (env.layout === 'cbc') {
    diagnose(out, options, 'cbc_unauthenticated', 'info', 'CBC tokens carry no MAC: the first 16 plaintext bytes can be changed through the IV without the secret, and other tampering is caught only when it breaks the padding or the JSON.');
  }

  if (options.secret === undefined || crypto === undefined) {
    const when = describeExpiry(env.expire, options.now);
    diagnose(out, options, 'needs_secret', 'info', () => `Outer expiry: ${when} (${isoUtc(env.expire)}); give the ServerSecret to verify.`, { at: env.expire });
    return conclude(out, 'unverified', `no secret given: the outer expiry says it ${when}, unauthenticated`, 'no_secret_outer_expiry', { at: env.expire });
  }

  const secret = options.secret;
  const key = options.prepared ? options.prepared.keyBytes(secret, () => utf8EncodeShort(secret)) : utf8EncodeShort(secret);
  if (!secretLengthOk(key.length)) {
    diagnose(out, options, 'secret_wrong_length', 'error', () =>
        `The secret is ${key.length} bytes; a ZEGO ServerSecret is 32 characters. Check for a missing or extra character, or a secret of another product.`);
    return conclude(out, 'wrong_secret_or_tampered', `the secret is ${key.length} bytes, not 32: it cannot be this token's key`, 'secret_not_32_bytes', { bytes: key.length });
  }
  if (key.length !== 32) {
    diagnose(out, options, 'secret_wrong_length', 'warning', () =>
        `The secret is ${key.length} bytes (AES-${key.length * 8}); ZEGO ServerSecrets are 32 characters. Only the official Node code accepts this.`);
  }

  let plaintextBytes: Uint8Array | null;
  if (env.layout === 'gcm') {
    plaintextBytes = crypto.aesGcmDecrypt(key, env.iv, env.ciphertext);
    if (plaintextBytes === null) return conclude(out, 'wrong_secret_or_tampered', 'could not decrypt or authenticate: the GCM tag does not match (wrong secret, or the token was altered)', 'gcm_tag_mismatch');
  } else {
    const prepared = options.prepared?.aesCbc(key, crypto);
    plaintextBytes = stripPkcs7(prepared ? prepared.decryptNoPadding(env.iv, env.ciphertext) : crypto.aesCbcDecryptNoPadding(key, env.iv, env.ciphertext));
    if (plaintextBytes === null) return conclude(out, 'wrong_secret_or_tampered', 'could not decrypt: the padding is invalid (wrong secret, or the token was altered)', 'cbc_bad_padding');
  }

  // What the official generators write is read without the JSON parser; anything else takes it.
  const official = readOfficialPlaintext(plaintextBytes);
  let fields: ZegoFields;
  if (official !== null) fields = official;
  else {
    // CBC has no MAC: noise that survives the padding check is still a wrong key or tampering.
    const noJson = env.layout === 'cbc' ? 'wrong_secret_or_tampered' : 'malformed';
    const text = utf8DecodeStrict(plaintextBytes);
    let json: unknown;
    try {
      if (text === null) throw new Error('not UTF-8');
      json = JSON.parse(text);
    } catch {
      return conclude(out, noJson, 'the decrypted plaintext is not JSON (wrong secret, or the token was altered)', 'plaintext_not_json');
    }
    const read = readFields(json);
    if ('message' in read) return malformedAt(out, env.offsets.ciphertext, 'envelope', read.message, 'bad_fields', { detail: read.message, ...read.detail });
    fields = read;
    if ((json as Record<string, unknown>)['payload'] === null) {
      diagnose(out, options, 'payload_null', 'info', 'The plaintext says "payload": null (the official Python generator writes this when called with payload=None); read as an empty payload.');
    }
  }
  out.fields = fields;
  out.issuedAt = fields.ctime;
  out.privilege = fields.payload === '' ? null : parseRoomPrivilege(fields.payload);
  const unprotected =
    env.layout !== 'cbc' ? null : official !== null ? officialFirstBlockFields(official, CBC_FIRST_BLOCK) : firstBlockFields(plaintextBytes);
  if (unprotected !== null) {
    diagnose(out, options, 'cbc_first_block_unprotected', 'warning', () =>
        `This token decrypts with this secret, but CBC leaves plaintext bytes 0–15 unprotected: anyone holding the token can rewrite them through the IV, without the secret, and it still decrypts. In this token they hold ${unprotected}. Do not rely on those values; GCM tokens do not have this weakness.`);
  }

  if (fields.expire !== env.expire) {
    diagnose(out, options, 'expire_mismatch', 'error', () =>
        `The outer expiry (${isoUtc(env.expire)}) differs from the encrypted one (${isoUtc(fields.expire)}) by ${formatDuration(env.expire - fields.expire)}: the unauthenticated header was edited.`);
    out.expiresAt = fields.expire;
    return conclude(out, 'wrong_secret_or_tampered', 'the outer expiry differs from the encrypted expiry: the header was altered', 'outer_expiry_altered');
  }
  return judgeTimes(out, fields, options, unprotected);
}

/** The expected appId as the user gave it (a decimal string); a non-number can match no token. */
function expectedAppId(options: FamilyVerifyOptions): number | string | undefined {
  const raw = options.expect?.appId;
  if (raw === undefined) return undefined;
  return /^\s*[0-9]+\s*$/.test(raw) ? Number(raw) : raw;
}

/** CBC's first block (plaintext bytes 0–15) can be rewritten through the IV without the key. */
const CBC_FIRST_BLOCK = 16;

/** The fields whose values lie in the first CBC block, as words: "user_id (partly)". */
function firstBlockFields(plaintext: Uint8Array): string {
  const members = jsonMembersInByteRange(plaintext, 0, CBC_FIRST_BLOCK);
  if (members.length === 0) return 'no field value';
  return members.map((m) => `${m.key} (${m.whole ? 'in full' : 'partly'})`).join(', ');
}

/**
 * `unprotected` names the CBC first-block fields (null for GCM): a CBC token that decrypts is
 * not thereby authentic, so its reasons say "decrypts with this secret" instead.
 */
function judgeTimes(out: Inspection, fields: ZegoFields, options: FamilyVerifyOptions, unprotected: string | null): Inspection {
  const claim = unprotected === null ? 'authentic' : 'decrypts with this secret';
  const claimCode = unprotected === null ? 'authentic' : 'decrypts';
  const expected = expectedAppId(options);
  if (expected !== undefined && expected !== fields.app_id) {
    diagnose(out, options, 'app_id_mismatch', 'error', () =>
        `This token is for app ${fields.app_id}, not ${expected}: it was minted with another project's credentials.`, {
      actual: fields.app_id,
      expected: String(expected),
    });
    return conclude(out, 'app_id_mismatch', `${claim}, but for app ${fields.app_id} instead of ${expected}`, 'app_mismatch', { claim: claimCode, what: 'app', actual: fields.app_id, expected: String(expected) });
  }
  const now = options.now;
  const skew = options.skewSeconds ?? DEFAULT_SKEW_SECONDS;
  if (now >= fields.expire) {
    diagnose(out, options, 'expired_by', 'error', () =>
        `Expired ${formatDuration(now - fields.expire)} ago, at ${isoUtc(fields.expire)}.`, { at: fields.expire });
    return conclude(out, 'expired', `${claim}, but expired ${formatDuration(now - fields.expire)} ago`, 'expired', { claim: claimCode, at: fields.expire });
  }
  if (fields.ctime > now + skew) {
    diagnose(out, options, 'not_yet_valid_by', 'error', () =>
        `Created ${formatDuration(fields.ctime - now)} in the future (more than the ${skew} s allowed): the generating server's clock is ahead, or this machine's is behind.`, { at: fields.ctime, skew });
    return conclude(out, 'not_yet_valid', `${claim}, but created ${formatDuration(fields.ctime - now)} in the future`, 'created_in_future', { claim: claimCode, at: fields.ctime });
  }
  diagnose(out, options, 'expires_in', 'info', () =>
        `Valid; ${describeExpiry(fields.expire, now)} (${isoUtc(fields.expire)}).`, { at: fields.expire });
  const caveat = unprotected === null ? '' : `; not protected by CBC: bytes 0–15, holding ${unprotected}`;
  return conclude(out, 'valid', `${claim}; ${describeExpiry(fields.expire, now)}${caveat}`, unprotected === null ? 'valid' : 'valid_cbc_first_block', {
    claim: claimCode,
    at: fields.expire,
    ...(unprotected === null ? {} : { fields: unprotected }),
  });
}
