/**
 * Every family's tokens are pulled out of the text people paste as they arrive: bare, after
 * `token=`, quoted, inside a JSON log line, next to other words — and the registry then
 * detects the vector's own family. Before, an Agora 006 token gave its inner "ey…" as a
 * token, and 007 and UserSig tokens inside a log line were not found at all.
 */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../../src/shared/families/registry';
import { extractTokens, lineTokens } from '../../../src/shared/tokens/extractTokens';
import { trimTokenText } from '../../../src/shared/tokens/trimming';
import { loadFamilyVectors } from '../../support/familyVectors';
import { VECTORS_DIR } from '../../support/vectors';

const familyOf = (format: string): string => (format.startsWith('zego-token04') ? 'zego-token04' : format);

/** The well-formed vectors of every file (a malformed one may legitimately be cut short by extraction). */
const vectors = readdirSync(VECTORS_DIR)
  .filter((f) => f.endsWith('.json'))
  .flatMap((file) => loadFamilyVectors(file))
  .filter((v) => v.expect.verdict !== 'malformed' && v.token !== '' && trimTokenText(v.token) === v.token);

const LOG_SHAPES: ReadonlyArray<[string, (t: string) => string]> = [
  ['bare', (t) => t],
  ['token=…', (t) => `2026-12-02T10:00:00Z INFO join token=${t} user=alice room=7`],
  ['quoted', (t) => `joinChannel("${t}", 'lobby')`],
  ['inside JSON', (t) => JSON.stringify({ level: 'info', msg: 'renew', token: t, uid: 42 })],
  ['after a colon', (t) => `[rtc] onTokenPrivilegeWillExpire: ${t}`],
];

describe('tokens of every family are extracted from log lines and detected as their family', () => {
  it('covers every family', () => {
    expect(new Set(vectors.map((v) => familyOf(v.format)))).toEqual(new Set(defaultRegistry.families.map((f) => f.id)));
  });

  for (const [shape, wrap] of LOG_SHAPES) {
    it.each(vectors.map((v) => [v.id, v] as const))(`${shape}: %s`, (_id, v) => {
      const found = lineTokens(wrap(v.token));
      expect(found).toEqual([v.token]);
      expect(defaultRegistry.detect(found[0] as string)?.family.id).toBe(familyOf(v.format));
    });
  }

  it('a pasted log with one token of each family on its lines gives each token once, in order', () => {
    const oneEach = [...new Map(vectors.map((v) => [familyOf(v.format), v.token])).values()];
    const text = oneEach.map((t, i) => LOG_SHAPES[i % LOG_SHAPES.length]![1](t)).join('\n');
    expect(extractTokens(text)).toEqual(oneEach);
  });

  it('words that merely start like a zlib stream are not taken for a UserSig', () => {
    expect(lineTokens('eAsy does it, user_id-42 eJected')).toEqual(['eAsy does it, user_id-42 eJected']);
  });
});

describe('extraction of pasted text never throws and only returns pieces of the line', () => {
  const pieces = ['007eJ', '006', '0123456789abcdef0123456789abcdef', 'eJw', 'eA', 'eyJ', 'ew', '04', 'token=', '"', '*', '-', '_', '.', '=', '+', '/', ' ', 'AAAA', 'xyz'];
  it('random mixes of token prefixes and log punctuation', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 })), { maxLength: 60 }), (parts) => {
        const line = parts.join('');
        const found = lineTokens(line);
        expect(found.length).toBeGreaterThan(0);
        for (const token of found) expect(line.trim().includes(token)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
