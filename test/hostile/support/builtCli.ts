/**
 * The real `tokenlab` executable (bin/tokenlab.cjs → out/main/cli.js), built first when any
 * source it is made of is newer than the build — so these tests never run yesterday's CLI.
 * (`npm test` builds before it runs the tests, so there this does nothing.)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../../..');
export const TOKENLAB_BIN = join(REPO_ROOT, 'bin/tokenlab.cjs');

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

export function ensureCliBuilt(): void {
  const cli = join(REPO_ROOT, 'out/main/cli.js');
  const sources = Math.max(...['src/main', 'src/cli', 'src/shared', 'electron.vite.config.ts', 'package.json'].map((p) => newestMtime(join(REPO_ROOT, p))));
  if (existsSync(cli) && statSync(cli).mtimeMs >= sources) return;
  execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
