import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Entry points sit where electron-vite expects them (src/main/index.ts, src/preload/index.ts,
// src/renderer/index.html); the only additions are the CLI entry (and its verify worker), built with main so both
// share one engine bundle, and a CommonJS preload because sandboxed preloads cannot load ESM.
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          cli: resolve(__dirname, 'src/cli/main.ts'),
          // Worker threads of a large `tokenlab verify` batch, loaded next to cli.js under plain Node.
          verifyWorker: resolve(__dirname, 'src/cli/batch/verifyWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    plugins: [react()],
    // electron-vite leaves the renderer unminified; it is parsed at every start, so minify it.
    build: { minify: true },
  },
});
