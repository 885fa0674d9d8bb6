/**
 * The repo carries the public vectors verbatim (test/vectors) so a fresh clone tests itself;
 * whenever the public set sits beside the checkout (../shared/vectors), the copy must be
 * byte-identical to it — a changed, added or removed vector upstream fails here, not silently.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_VECTORS_DIR, SHARED_VECTORS_DIR, VECTOR_FILES } from '../support/vectors';

const filesIn = (dir: string): string[] => readdirSync(dir).sort();
const sharedPresent = existsSync(SHARED_VECTORS_DIR);
const ABSENT = '../shared/vectors is not beside this checkout: nothing to compare the copy with';

describe('the vendored vectors (test/vectors)', () => {
  it('hold every file the tests read, with its decision-rule README', () => {
    const names = filesIn(REPO_VECTORS_DIR);
    expect(names).toEqual(expect.arrayContaining([...VECTOR_FILES, 'README.md']));
  });

  it('list the same files as ../shared/vectors', (ctx) => {
    ctx.skip(!sharedPresent, ABSENT);
    expect(filesIn(REPO_VECTORS_DIR)).toEqual(filesIn(SHARED_VECTORS_DIR));
  });

  it('are byte-identical to ../shared/vectors, file by file', (ctx) => {
    ctx.skip(!sharedPresent, ABSENT);
    const drifted = filesIn(SHARED_VECTORS_DIR).filter((name) => {
      const copy = join(REPO_VECTORS_DIR, name);
      return !existsSync(copy) || !readFileSync(copy).equals(readFileSync(join(SHARED_VECTORS_DIR, name)));
    });
    expect(drifted, 'copy them again with `cp -p ../shared/vectors/* test/vectors/`').toEqual([]);
  });
});
