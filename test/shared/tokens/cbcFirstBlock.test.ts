/**
 * CBC tokens are malleable: the IV rewrites plaintext bytes 0–15 without the secret, and no
 * CBC decoder can notice. So a CBC token that decrypts is reported as "decrypts with this
 * secret", never "authentic", with a warning naming the fields in those bytes. GCM tokens,
 * whose tag covers everything, stay "authentic".
 */
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { decodeBase64Strict, encodeBase64 } from '../../../src/shared/encoding/base64';
import { inspectToken } from '../../../src/shared/tokens/inspect';
import type { Inspection } from '../../../src/shared/tokens/types';
import { loadVectors, type Vector } from '../../support/vectors';

const cbc = loadVectors('zego-token04-cbc.json');
const gcm = loadVectors('zego-token04-gcm.json');
const negative = loadVectors('negative.json');
const IV_AT = 10; // int64 expire, uint16 IV length, then the IV

const judge = (v: Vector, token = v.token, detail: 'full' | 'verdict' = 'full') =>
  inspectToken(token, { now: v.expect.now, skewSeconds: v.expect.clockSkewSeconds, secret: v.inputs.secret, expectedAppId: v.expect.expectedAppId, detail }, nodeCryptoPort);
const warning = (r: Inspection) => r.diagnoses.find((d) => d.code === 'cbc_first_block_unprotected');

/** What an attacker without the secret does: XOR the IV so that plaintext byte `at` becomes `to`. */
function rewriteThroughIv(v: Vector, at: number, to: string): string {
  const decoded = decodeBase64Strict(v.token.slice(2));
  if (!decoded.ok) throw new Error('vector is not base64');
  const bytes = Uint8Array.from(decoded.bytes);
  const from = (v.plaintext as string).charCodeAt(at);
  bytes[IV_AT + at] = (bytes[IV_AT + at] as number) ^ from ^ to.charCodeAt(0);
  return '04' + encodeBase64(bytes);
}

describe('a CBC token whose IV was edited', () => {
  // Official Java key order: user_id comes first, so its value starts at plaintext byte 12.
  const java = cbc.find((v) => v.id === 'cbc-pub-020-java-priv_two_streams')!;
  const forged = rewriteThroughIv(java, 13, 'K'); // "player-7" → "pKayer-7"

  it('differs from the genuine token only inside the IV characters', () => {
    const changed = [...forged].flatMap((c, i) => (c === java.token[i] ? [] : [i]));
    expect(changed.length).toBeGreaterThan(0);
    // Base64 characters 13–34 after "04" are the ones holding envelope bytes 10–25, the IV.
    expect(changed.every((i) => i - 2 >= 13 && i - 2 <= 34), String(changed)).toBe(true);
  });

  it('still decrypts to a well-formed token with the altered user_id, and the verdict stays valid', () => {
    const r = judge(java, forged);
    expect(r.verdict).toBe('valid'); // as the vectors define: a CBC decoder cannot tell
    expect(r.fields).toMatchObject({ user_id: 'pKayer-7' });
  });

  it('is not called authentic: the reason says what is true and names the unprotected field', () => {
    const r = judge(java, forged);
    expect(r.reason).not.toMatch(/authentic/);
    expect(r.reason).toMatch(/^decrypts with this secret; expires in .*bytes 0–15, holding user_id \(partly\)$/);
  });

  it('carries a warning naming the fields in plaintext bytes 0–15, also in batch (verdict-only) mode', () => {
    for (const detail of ['full', 'verdict'] as const) {
      const w = warning(judge(java, forged, detail));
      expect(w?.severity, detail).toBe('warning');
      expect(w?.message, detail).toMatch(/bytes 0–15/);
      expect(w?.message, detail).toMatch(/user_id \(partly\)\./);
    }
  });
});

describe('the first-block warning follows each token’s own key order', () => {
  it('names app_id for the Go/Node/Python order and user_id for the Java order', () => {
    const expected: Record<string, string> = {
      'cbc-pub-001-go-identity': 'app_id (partly)', // {"app_id":395129|5516,…
      'cbc-pub-007-node-identity': 'app_id (partly)',
      'cbc-pub-019-java-identity': 'user_id (partly)', // {"user_id":"alic|e_01",…
      'cbc-pub-021-java-unicode_user': 'user_id (partly)',
    };
    for (const [id, fields] of Object.entries(expected)) {
      const v = cbc.find((x) => x.id === id)!;
      expect(warning(judge(v))?.message, id).toContain(`they hold ${fields}.`);
    }
  });

  it('applies to every positive CBC vector, whose verdict is unchanged', () => {
    for (const v of cbc) {
      const r = judge(v);
      expect(r.verdict, v.id).toBe(v.expect.verdict);
      expect(r.reason, v.id).not.toMatch(/authentic/);
      expect(warning(r), v.id).toBeDefined();
      // The field named first is the one the plaintext starts with.
      const firstKey = /^\{"([a-z_]+)"/.exec(v.plaintext as string)![1]!;
      expect(warning(r)!.message, v.id).toContain(`they hold ${firstKey} (`);
    }
  });

  it('says "decrypts with this secret" for an IV-edited app_id too (neg-pub-004)', () => {
    const v = negative.find((x) => x.id.startsWith('neg-pub-004'))!;
    const r = judge(v);
    expect(r.verdict).toBe('app_id_mismatch');
    expect(r.reason).toMatch(/^decrypts with this secret, but for app/);
    expect(warning(r)?.message).toContain('app_id (partly)');
  });
});

describe('GCM tokens', () => {
  it('stay authentic, without the CBC warning', () => {
    for (const v of gcm) {
      const r = judge(v);
      expect(r.reason, v.id).toMatch(/^authentic; /);
      expect(warning(r), v.id).toBeUndefined();
    }
  });
});
