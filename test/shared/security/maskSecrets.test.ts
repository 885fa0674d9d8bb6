import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskSecrets, SECRET_MASK } from '../../../src/shared/security/maskSecrets';
import { controlCharacterProblem } from '../../../src/shared/security/secretText';

/** The ways a server might echo a secret back, written with Node's own encoders (not ours). */
function echoes(secret: string): Record<string, string> {
  const bytes = Buffer.from(secret, 'utf8');
  const json = JSON.stringify(secret).slice(1, -1);
  const out: Record<string, string> = {
    raw: secret,
    uri: encodeURIComponent(secret),
    form: new URLSearchParams({ t: secret }).toString().slice(2),
    json,
    jsonSlash: json.replace(/\//g, '\\/'),
    jsonAscii: json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
    unicode: Array.from({ length: secret.length }, (_, i) => `\\u${secret.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''),
    hex: bytes.toString('hex'),
    base64: bytes.toString('base64'),
    base64url: bytes.toString('base64url'),
  };
  return out;
}

/** Secrets as entry accepts them: no control characters (refused at entry), valid UTF-16. */
const secretArb = fc
  .string({ minLength: 8, maxLength: 48, unit: 'binary' })
  .filter((s) => !s.includes('•') && controlCharacterProblem(s, 'it') === null && Buffer.from(s, 'utf8').toString('utf8') === s);
/** Fixed seeds: the same cases on every run (set FC_SEED to explore others). */
const SEED = Number(process.env['FC_SEED'] ?? 20261202);
const noiseArb = fc.string({ maxLength: 30 }).filter((s) => !s.includes('•'));

describe('maskSecrets', () => {
  it('blanks every encoded echo of a secret, wherever it sits in the answer', () => {
    fc.assert(
      fc.property(secretArb, noiseArb, noiseArb, (secret, before, after) => {
        for (const [form, echoed] of Object.entries(echoes(secret))) {
          const masked = maskSecrets(`${before}${echoed}${after}`, [secret]);
          expect(masked.includes(echoed), `${form} form survived`).toBe(false);
          expect(masked).toContain(SECRET_MASK);
        }
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it('blanks the base64 of a secret inside a larger base64 blob, at each of the 3 byte alignments', () => {
    fc.assert(
      fc.property(secretArb, fc.uint8Array({ maxLength: 20 }), fc.uint8Array({ maxLength: 20 }), (secret, before, after) => {
        const secretBytes = Buffer.from(secret, 'utf8');
        const blob = Buffer.concat([before, secretBytes, after]).toString('base64');
        const masked = maskSecrets(blob, [secret]);
        // What is left must not decode back to the secret's bytes at any alignment.
        for (let drop = 0; drop < 4; drop++) {
          const rest = masked.split(SECRET_MASK).map((part) => Buffer.from(part.slice(drop), 'base64'));
          for (const part of rest) expect(part.includes(secretBytes)).toBe(false);
        }
        expect(masked).toContain(SECRET_MASK);
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it('leaves text without a secret unchanged, and ignores secrets too short to tell from words', () => {
    fc.assert(
      fc.property(noiseArb, (text) => {
        expect(maskSecrets(text, [])).toBe(text);
        expect(maskSecrets(text, ['ab', null, undefined])).toBe(text);
      }),
      { seed: SEED },
    );
  });

  it('masks each of several secrets', () => {
    const masked = maskSecrets('{"echo":"TOPSECRET-1 and VE9QU0VDUkVULTI="}', ['TOPSECRET-1', 'TOPSECRET-2']);
    expect(masked).toBe(`{"echo":"${SECRET_MASK} and ${SECRET_MASK}"}`);
  });
});
