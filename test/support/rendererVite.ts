/**
 * The renderer exactly as electron.vite.config.ts describes it — resolved through
 * electron-vite, plugins included — for tests of what `npm run dev` serves and what
 * `electron-vite build` writes. The dev server listens on 127.0.0.1 and a free port; Vite's
 * dependency cache goes to a temp folder, not the (shared) node_modules/.vite.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { resolveConfig } from 'electron-vite';
import { build, createServer, mergeConfig, type InlineConfig, type Plugin } from 'vite';
import { REPO_ROOT } from './vectors';

/** A port nobody listens on now. Vite's HMR client needs the real port, not 0, in its config. */
async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((done) => probe.close(() => done()));
  return port;
}

/** Adds the header main's session hook adds to every response in the app (lockdown.ts). */
function sessionHeader(header: () => string | undefined): Plugin {
  return {
    name: 'test:session-csp-header',
    configureServer(server) {
      server.middlewares.use((_req, res, next) => {
        const policy = header();
        if (policy !== undefined) res.setHeader('Content-Security-Policy', policy);
        next();
      });
    },
  };
}

async function rendererConfig(command: 'serve' | 'build'): Promise<InlineConfig> {
  const resolved = await resolveConfig({ root: REPO_ROOT, logLevel: 'silent' }, command, command === 'serve' ? 'development' : 'production');
  const renderer = resolved.config?.renderer;
  if (!renderer) throw new Error('electron.vite.config.ts has no renderer section');
  return mergeConfig(renderer, { root: resolve(REPO_ROOT, 'src/renderer'), configFile: false, logLevel: 'silent' } satisfies InlineConfig);
}

export interface RendererDevServer {
  /** Where the page is, e.g. http://127.0.0.1:41234/ */
  url: string;
  close(): Promise<void>;
}

export interface RendererDevServerOptions {
  /** A CSP header for every response, read per response (as main's session hook sends one). */
  contentSecurityPolicyHeader?: () => string | undefined;
}

export async function startRendererDevServer(options: RendererDevServerOptions = {}): Promise<RendererDevServer> {
  const cacheDir = await mkdtemp(join(tmpdir(), 'tokenlab-vite-cache-'));
  const port = await freePort();
  const extra: InlineConfig = { cacheDir, server: { host: '127.0.0.1', port, strictPort: true } };
  if (options.contentSecurityPolicyHeader) extra.plugins = [sessionHeader(options.contentSecurityPolicyHeader)];
  const server = await createServer(mergeConfig(await rendererConfig('serve'), extra));
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the renderer dev server did not report its address');
  return {
    url,
    close: async () => {
      await server.close();
      await rm(cacheDir, { recursive: true, force: true });
    },
  };
}

/** `electron-vite build`'s renderer half, written to `outDir` instead of out/renderer. */
export async function buildRendererInto(outDir: string): Promise<void> {
  await build(mergeConfig(await rendererConfig('build'), { build: { outDir, emptyOutDir: true } } satisfies InlineConfig));
}
