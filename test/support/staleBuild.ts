/**
 * Runs `electron-vite build` when any output is missing or older than the newest of its
 * sources, so a test file run alone tests the current code and `npm test` (which builds
 * first) does not build twice. Shared by the CLI (hostile) and renderer (e2e) suites.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** `outputs` and `sources` are paths relative to `root`; answers whether it built. */
export function buildIfStale(root: string, outputs: readonly string[], sources: readonly string[]): boolean {
  const newestSource = Math.max(...sources.map((p) => newestMtime(join(root, p))));
  if (outputs.every((out) => existsSync(join(root, out)) && statSync(join(root, out)).mtimeMs >= newestSource)) return false;
  execFileSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return true;
}
