import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The golden vectors: the repo's copy in test/vectors, or where TOKENLAB_VECTORS_DIR says (as
// test/support/vectors.ts reads them): the renderer tests import them as JSON through this alias.
const VECTORS_DIR = process.env['TOKENLAB_VECTORS_DIR'] ?? fileURLToPath(new URL('./test/vectors', import.meta.url));

// Three projects, one per runtime: plain Node (engine, main-process services, CLI),
// happy-dom (renderer components and stores), and real Chromium against the built renderer.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/shared/**/*.test.ts', 'test/main/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/arch/**/*.test.ts', 'test/config/**/*.test.ts', 'test/hostile/**/*.test.ts'],
          testTimeout: 20_000,
          setupFiles: ['test/support/deterministicFastCheck.ts'],
        },
      },
      {
        plugins: [react()],
        resolve: { alias: [{ find: /^(?:\.\.\/)+vectors\//, replacement: `${VECTORS_DIR}/` }] },
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/support/deterministicFastCheck.ts', 'test/renderer/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // The page's clock is paused and moved by the tests; what is left is how long the
          // machine takes to render, so expect.poll waits as long as Playwright's own actions.
          expect: { poll: { timeout: 30_000 } },
        },
      },
    ],
  },
});
