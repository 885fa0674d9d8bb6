/**
 * Build the app with `electron-vite build` unless out/renderer and out/preload are newer than
 * every source they are made of — so `npm run test:e2e` alone tests the current code, and
 * `npm test` (which builds first) does not build twice.
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

export function ensureRendererBuilt(root: string): { built: boolean } {
  const outputs = [join(root, 'out/renderer/index.html'), join(root, 'out/preload/index.js')];
  const sources = Math.max(
    newestMtime(join(root, 'src/renderer')),
    newestMtime(join(root, 'src/preload')),
    newestMtime(join(root, 'src/shared')),
    newestMtime(join(root, 'electron.vite.config.ts')),
  );
  if (outputs.every((out) => existsSync(out) && statSync(out).mtimeMs >= sources)) return { built: false };
  execFileSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { built: true };
}
