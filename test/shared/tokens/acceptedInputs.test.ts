/**
 * Inputs that are genuine tokens although they look odd: what an official generator really
 * writes, and what copy-paste and editors add around a token.
 */
import { createCipheriv } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { inspectToken } from '../../../src/shared/tokens/inspect';
import { loadVectors } from '../../support/vectors';

/** A CBC Token04 packed by hand (int64 expire | uint16 16 | IV | uint16 ctLen | ct), as the official Python code does. */
function officialPythonCbcToken(secret: string, plaintext: string, expire: number): string {
  const iv = Buffer.from('0123456789abcdef');
  const cipher = createCipheriv('aes-256-cbc', Buffer.from(secret), iv);
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const head = Buffer.alloc(10);
  head.writeBigInt64BE(BigInt(expire));
  head.writeUInt16BE(16, 8);
  const ctLength = Buffer.alloc(2);
  ctLength.writeUInt16BE(ct.length);
  return '04' + Buffer.concat([head, iv, ctLength, ct]).toString('base64');
}

describe('"payload": null, as the official Python generator writes for payload=None', () => {
  const secret = '0123456789abcdef0123456789abcdef';
  const token = officialPythonCbcToken(
    secret,
    '{"app_id": 1234567, "user_id": "bob", "nonce": 42, "ctime": 1700000000, "expire": 1700003600, "payload": null}',
    1_700_003_600,
  );

  it('is a valid token read as an empty payload, with a note saying so', () => {
    const r = inspectToken(token, { now: 1_700_000_100, secret }, nodeCryptoPort);
    expect(r.verdict, r.reason).toBe('valid');
    expect(r.fields).toMatchObject({ app_id: 1234567, user_id: 'bob', payload: '' });
    expect(r.privilege).toBeNull();
    expect(r.diagnoses.find((d) => d.code === 'payload_null')?.message).toMatch(/payload=None/);
  });

  it('still refuses a payload of another type', () => {
    const numeric = officialPythonCbcToken(
      secret,
      '{"app_id": 1234567, "user_id": "bob", "nonce": 42, "ctime": 1700000000, "expire": 1700003600, "payload": 7}',
      1_700_003_600,
    );
    expect(inspectToken(numeric, { now: 1_700_000_100, secret }, nodeCryptoPort).verdict).toBe('malformed');
  });
});

describe('characters copy-paste and editors add at the edges', () => {
  const v = loadVectors('zego-token04-gcm.json')[0]!;
  const judge = (text: string) => inspectToken(text, { now: v.expect.now, secret: v.inputs.secret }, nodeCryptoPort);
  const note = (text: string) => judge(text).diagnoses.find((d) => d.code === 'trimmed_whitespace')?.message;

  it.each([
    ['a trailing line separator (U+2028)', `${v.token}\u2028`, /line separator \(U\+2028\) after it/],
    ['a trailing paragraph separator (U+2029)', `${v.token}\u2029`, /paragraph separator \(U\+2029\) after it/],
    ['a UTF-8 byte-order mark at the start', `\uFEFF${v.token}`, /byte-order mark \(U\+FEFF\) before the token/],
    ['no-break spaces around it', `\u00A0${v.token}\u00A0`, /no-break space \(U\+00A0\) before the token; no-break space \(U\+00A0\) after it/],
    ['a zero-width space after it', `${v.token}\u200B`, /zero-width space \(U\+200B\) after it/],
    ['a BOM, spaces and a CRLF together', `\uFEFF  ${v.token}\r\n`, /byte-order mark \(U\+FEFF\), space before the token; line break after it/],
  ])('trims %s, and says what it trimmed', (_label, text, said) => {
    const r = judge(text);
    expect(r.verdict, r.reason).toBe('valid');
    expect(r.trimmed).toBe(true);
    expect(r.token).toBe(v.token);
    expect(note(text)).toMatch(said);
  });

  it('leaves a clean token untouched, and an invisible-only paste is still empty', () => {
    expect(judge(v.token).trimmed).toBe(false);
    expect(inspectToken('\uFEFF\u200B\u2028', { now: 0 }).verdict).toBe('malformed');
  });

  it('does not trim inside the token', () => {
    const broken = `${v.token.slice(0, 20)}\u200B${v.token.slice(20)}`;
    expect(judge(broken).verdict).toBe('malformed');
  });
});
