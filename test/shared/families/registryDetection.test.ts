/**
 * Every golden vector, pasted into the shipped registry, is claimed by its own family — the
 * detection order in DEFAULT_FAMILIES must never let one family steal another's tokens (a
 * LiveKit JWT read as a generic JWT, an Agora 006 read as 007, …). Malformed vectors may be
 * claimed by nobody, but never by another family.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../../src/shared/families/registry';
import { trimTokenText } from '../../../src/shared/tokens/inspection';
import { loadFamilyVectors } from '../../support/familyVectors';
import { VECTORS_DIR } from '../../support/vectors';

/** A vector's `format` names its family, except ZEGO's, which also names the layout. */
const familyOf = (format: string): string => (format.startsWith('zego-token04') ? 'zego-token04' : format);

const files = readdirSync(VECTORS_DIR).filter((f) => f.endsWith('.json'));
const vectors = files.flatMap((file) => loadFamilyVectors(file).map((v) => ({ file, v })));

describe('registry detection over every vector file', () => {
  it('reads every vector file in test/vectors', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    expect(vectors.length).toBeGreaterThan(100);
  });

  it.each(vectors.map(({ file, v }) => [`${file} ${v.id}`, v] as const))('%s detects as its own family', (_name, v) => {
    const found = defaultRegistry.detect(trimTokenText(v.token));
    const own = familyOf(v.format);
    if (v.expect.verdict === 'malformed') {
      if (found !== null) expect(found.family.id).toBe(own);
    } else {
      expect(found?.family.id).toBe(own);
    }
  });
});
