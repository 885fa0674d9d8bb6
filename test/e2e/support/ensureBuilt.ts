/**
 * Build the app with `electron-vite build` unless out/renderer and out/preload are newer than
 * every source they are made of — so `npm run test:e2e` alone tests the current code, and
 * `npm test` (which builds first) does not build twice.
 */
import { buildIfStale } from '../../support/staleBuild';

export function ensureRendererBuilt(root: string): { built: boolean } {
  const built = buildIfStale(root, ['out/renderer/index.html', 'out/preload/index.js'], ['src/renderer', 'src/preload', 'src/shared', 'electron.vite.config.ts']);
  return { built };
}
