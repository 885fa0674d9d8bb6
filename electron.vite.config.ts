import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY, developmentContentSecurityPolicy } from './src/shared/security/contentSecurityPolicy';

/**
 * `npm run dev` only: the page's CSP meta tag gets the development policy, which lets Vite's
 * dev server run (React Refresh's inline preamble, injected styles, the HMR socket) — main
 * sends the same policy as a header in development. `apply: 'serve'` keeps it out of every
 * build, so the production page carries CONTENT_SECURITY_POLICY byte for byte.
 */
function devServerContentSecurityPolicy(): Plugin {
  const production = `content="${CONTENT_SECURITY_POLICY}"`;
  return {
    name: 'tokenlab:dev-server-csp',
    apply: 'serve',
    transformIndexHtml(html, ctx) {
      if (!html.includes(production)) {
        throw new Error('src/renderer/index.html no longer carries CONTENT_SECURITY_POLICY in its CSP meta tag');
      }
      const server = ctx.server;
      const url = server?.resolvedUrls?.local[0] ?? `http://localhost:${server?.config.server.port ?? 5173}`;
      return html.replace(production, `content="${developmentContentSecurityPolicy(url)}"`);
    },
  };
}

// Entry points sit where electron-vite expects them (src/main/index.ts, src/preload/index.ts,
// src/renderer/index.html); the only additions are the CLI entry (and its verify worker), built with main so both
// share one engine bundle, a CommonJS preload because sandboxed preloads cannot load ESM, and
// the dev server's own CSP.
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          cli: resolve(__dirname, 'src/cli/main.ts'),
          // Worker threads of a large `tokenlab verify` batch, loaded next to cli.js under plain Node.
          verifyWorker: resolve(__dirname, 'src/cli/batch/verifyWorker.ts'),
          generateWorker: resolve(__dirname, 'src/cli/batch/generateWorker.ts'),
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
    plugins: [react(), devServerContentSecurityPolicy()],
    // electron-vite leaves the renderer unminified; it is parsed at every start, so minify it.
    build: { minify: true },
  },
});
