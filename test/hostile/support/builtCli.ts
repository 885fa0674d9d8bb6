/**
 * The real `tokenlab` executable (bin/tokenlab.cjs → out/main/cli.js), built first when any
 * source it is made of is newer than the build — so these tests never run yesterday's CLI.
 * (`npm test` builds before it runs the tests, so there this does nothing.)
 */
import { join, resolve } from 'node:path';
import { buildIfStale } from '../../support/staleBuild';

export const REPO_ROOT = resolve(__dirname, '../../..');
export const TOKENLAB_BIN = join(REPO_ROOT, 'bin/tokenlab.cjs');

export function ensureCliBuilt(): void {
  buildIfStale(REPO_ROOT, ['out/main/cli.js'], ['src/main', 'src/cli', 'src/shared', 'electron.vite.config.ts', 'package.json']);
}
