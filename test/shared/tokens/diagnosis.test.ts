/**
 * What a QA engineer reads: the byte map, and diagnoses named in plain words.
 */
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { decodeBase64Strict } from '../../../src/shared/encoding/base64';
import { extractTokens } from '../../../src/shared/tokens/extractTokens';
import { inspectToken } from '../../../src/shared/tokens/inspect';
import { loadVectors } from '../../support/vectors';

const negative = loadVectors('negative.json');
const byId = (prefix: string) => negative.find((v) => v.id.startsWith(prefix))!;
const codes = (r: { diagnoses: { code: string }[] }) => r.diagnoses.map((d) => d.code);

describe('byte map', () => {
  for (const file of ['zego-token04-cbc.json', 'zego-token04-gcm.json']) {
    it(`covers every byte of each ${file} envelope, in order, without gaps`, () => {
      for (const v of loadVectors(file)) {
        const r = inspectToken(v.token, { now: v.expect.now });
        const binary = r.segments.filter((s) => s.name !== 'version');
        let next = 0;
        for (const s of binary) {
          expect(s.offset, `${v.id} ${s.name}`).toBe(next);
          next += s.length;
        }
        const decoded = decodeBase64Strict(v.token.slice(2));
        expect(decoded.ok && decoded.bytes.length).toBe(next);
        expect(r.segments[0]).toMatchObject({ name: 'version', charStart: 0, charEnd: 2 });
        expect(binary.at(-1)!.charEnd).toBeLessThanOrEqual(v.token.length);
      }
    });
  }
  it('names GCM parts: nonce, tag and mode', () => {
    const v = loadVectors('zego-token04-gcm.json')[0]!;
    const names = inspectToken(v.token, { now: v.expect.now }).segments.map((s) => s.name);
    expect(names).toEqual(['version', 'expire', 'nonceLength', 'nonce', 'ciphertextLength', 'ciphertext', 'tag', 'mode']);
  });
  it('shows an ASCII IV as text, as the official code makes it', () => {
    const v = loadVectors('zego-token04-cbc.json').find((x) => (x.inputs as { ivAscii?: string }).ivAscii)!;
    const iv = inspectToken(v.token, { now: v.expect.now }).segments.find((s) => s.name === 'iv')!;
    expect(iv.value).toBe(`"${(v.inputs as { ivAscii: string }).ivAscii}"`);
  });
  it('locates the CommsEase JSON fields inside the base64 text', () => {
    for (const v of loadVectors('commsease-dynamic.json')) {
      const r = inspectToken(v.token, { now: v.expect.now });
      expect(r.segments.map((s) => s.name).sort()).toEqual(['curTime', 'signature', 'ttl']);
      const json = new TextDecoder().decode((decodeBase64Strict(v.token) as { bytes: Uint8Array }).bytes);
      for (const s of r.segments) {
        expect(json.slice(s.offset, s.offset + s.length), v.id).toBe(s.value);
        expect(s.charEnd).toBeLessThanOrEqual(v.token.length);
      }
    }
  });
});

describe('diagnoses', () => {
  it('names a base64url token and where it breaks', () => {
    const v = byId('neg-pub-010');
    const r = inspectToken(v.token, { now: v.expect.now, secret: v.inputs.secret }, nodeCryptoPort);
    expect(r.verdict).toBe('malformed');
    expect(codes(r)).toContain('base64url_alphabet');
    expect(v.token[r.offset!]).toMatch(/[-_]/);
  });
  it('says by how much a token expired', () => {
    const v = byId('neg-pub-025');
    const r = inspectToken(v.token, { now: v.expect.now, secret: v.inputs.secret }, nodeCryptoPort);
    expect(r.verdict).toBe('expired');
    expect(r.reason).toContain('expired 2 h ago');
  });
  it('names an outer expiry that disagrees with the encrypted one', () => {
    const v = byId('neg-pub-018');
    const r = inspectToken(v.token, { now: v.expect.now, secret: v.inputs.secret }, nodeCryptoPort);
    expect(codes(r)).toContain('expire_mismatch');
    expect(r.diagnoses.find((d) => d.code === 'expire_mismatch')!.message).toMatch(/1 d/);
  });
  it('names a CommsEase curTime in seconds', () => {
    const v = byId('neg-pub-030');
    const r = inspectToken(v.token, { now: v.expect.now });
    expect(r.diagnoses.find((d) => d.code === 'curtime_in_seconds')!.message).toMatch(/milliseconds/);
  });
  it('names a secret of the wrong length', () => {
    const v = loadVectors('zego-token04-gcm.json')[0]!;
    const r = inspectToken(v.token, { now: v.expect.now, secret: 'too-short' }, nodeCryptoPort);
    expect(r.verdict).toBe('wrong_secret_or_tampered');
    expect(r.diagnoses.find((d) => d.code === 'secret_wrong_length')!.message).toMatch(/9 bytes.*32/);
  });
  it('names a ZEGO token03 as an older format', () => {
    const r = inspectToken(byId('neg-pub-009').token, { now: 0 });
    expect(r.verdict).toBe('malformed');
    expect(r.diagnoses[0]!.message).toMatch(/token03/);
  });
  it('asks for the appKey and accid when only the AppSecret is given', () => {
    const v = loadVectors('commsease-dynamic.json')[0]!;
    const r = inspectToken(v.token, { now: v.expect.now, secret: v.inputs.appSecret }, nodeCryptoPort);
    expect(r.verdict).toBe('unverified');
    expect(codes(r)).toContain('needs_commsease_inputs');
  });
  it('treats whitespace-only input as malformed', () => {
    expect(inspectToken(' \n\t ', { now: 0 }).verdict).toBe('malformed');
  });
});

describe('extractTokens', () => {
  const zego = loadVectors('zego-token04-gcm.json')[0]!.token;
  const ce = loadVectors('commsease-dynamic.json')[0]!.token;
  it('finds tokens inside log lines and several per line', () => {
    const text = `2024-01-01 INFO login token=${zego} user=bob\n\n  {"token":"${ce}"} and ${zego}\r\n`;
    expect(extractTokens(text)).toEqual([zego, ce, zego]);
  });
  it('keeps an unrecognisable line whole so it shows as malformed', () => {
    expect(extractTokens('hello world')).toEqual(['hello world']);
  });
});

describe('constant-time text comparison', () => {
  it('is equality, whatever the lengths', async () => {
    const { constantTimeEqualText } = await import('../../../src/shared/encoding/bytes');
    expect(constantTimeEqualText('abc', 'abc')).toBe(true);
    expect(constantTimeEqualText('abc', 'abd')).toBe(false);
    expect(constantTimeEqualText('abc', 'abcd')).toBe(false);
    expect(constantTimeEqualText('', '')).toBe(true);
    expect(constantTimeEqualText('a', '')).toBe(false);
  });
});
