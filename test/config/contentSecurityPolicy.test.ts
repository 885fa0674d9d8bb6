/**
 * The renderer's CSP in both worlds. The packaged app's page carries the production policy
 * verbatim; the page Vite's dev server serves for `npm run dev` carries the development
 * policy, without which React Refresh's inline preamble is refused and the dev app stays blank.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, developmentContentSecurityPolicy } from '../../src/shared/security/contentSecurityPolicy';
import { buildRendererInto, startRendererDevServer, type RendererDevServer } from '../support/rendererVite';

const metaPolicy = (html: string): string | undefined =>
  /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1];

describe('the production build (electron-vite build)', () => {
  let outDir: string;
  let html: string;
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'tokenlab-renderer-build-'));
    await buildRendererInto(outDir);
    html = await readFile(join(outDir, 'index.html'), 'utf8');
  }, 120_000);
  afterAll(() => rm(outDir, { recursive: true, force: true }));

  it('carries CONTENT_SECURITY_POLICY verbatim, once, and no inline script', () => {
    expect(metaPolicy(html)).toBe(CONTENT_SECURITY_POLICY);
    expect(html.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});

describe('the dev server (npm run dev)', () => {
  let server: RendererDevServer;
  let html: string;
  beforeAll(async () => {
    server = await startRendererDevServer();
    html = await (await fetch(server.url)).text();
  }, 120_000);
  afterAll(() => server?.close());

  it('serves the page with the development policy for its own address', () => {
    expect(metaPolicy(html)).toBe(developmentContentSecurityPolicy(server.url));
    expect(metaPolicy(html)).toContain(`connect-src 'self' ws://${new URL(server.url).host}`);
  });

  it('has the inline React Refresh preamble that policy is for, and serves the app modules', async () => {
    expect(html).toMatch(/<script type="module">[^<]*injectIntoGlobalHook/);
    const entry = await fetch(new URL('src/main.tsx', server.url));
    expect(entry.status).toBe(200);
    expect(await entry.text()).toContain('createAppStores');
  });
});
